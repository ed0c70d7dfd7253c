// bridge::CallEnricher: late updates of ended calls (a status callback that lost the race
// with `stop`, the final snapshot, retention), without REST clients or storage.
#include "bridge/CallEnricher.h"

#include <QSignalSpy>
#include <QTest>

using namespace patchline;

namespace {
bridge::CallSnapshot ended(quint64 id, const QString &sid)
{
    bridge::CallSnapshot s;
    s.id = id;
    s.callSid = sid;
    s.state = bridge::CallState::Ended;
    s.durationMs = 12000;
    s.twilioStatus = QStringLiteral("in-progress");
    return s;
}
} // namespace

class TestCallEnricher : public QObject
{
    Q_OBJECT
private slots:
    void lateStatusCompletesTheEndedCall()
    {
        bridge::CallEnricher e(nullptr);
        QSignalSpy spy(&e, &bridge::CallEnricher::updates);
        e.callEnded(ended(5, QStringLiteral("CA5")), false, false);
        twilio::StatusCallback cb;
        cb.callSid = QStringLiteral("CA5");
        cb.status = QStringLiteral("completed");
        cb.sequence = 3;
        cb.durationSecs = 12;
        QVERIFY(e.applyStatus(cb));
        QCOMPARE(spy.size(), 1);
        const auto batch = spy[0][0].value<QList<bridge::CallUpdate>>();
        QCOMPARE(batch.size(), 1);
        QCOMPARE(batch[0].snapshot.id, quint64(5));
        QCOMPARE(batch[0].snapshot.twilioStatus, QStringLiteral("completed"));
        QCOMPARE(batch[0].snapshot.twilioDurationSecs, 12);
        QCOMPARE(batch[0].events.size(), 1);
        QCOMPARE(batch[0].events[0].offsetMs, qint64(12000));
        QVERIFY(batch[0].events[0].text.contains(QStringLiteral("completed")));
    }

    void unknownCallIsNotApplied()
    {
        bridge::CallEnricher e(nullptr);
        QSignalSpy spy(&e, &bridge::CallEnricher::updates);
        e.callEnded(ended(1, QStringLiteral("CA1")), false, false);
        twilio::StatusCallback cb;
        cb.callSid = QStringLiteral("CA2");
        cb.status = QStringLiteral("completed");
        QVERIFY(!e.applyStatus(cb));
        cb.callSid.clear();
        QVERIFY(!e.applyStatus(cb));
        QCOMPARE(spy.size(), 0);
    }

    void refreshKeepsWhatChangedWhileClosing()
    {
        bridge::CallEnricher e(nullptr);
        QSignalSpy spy(&e, &bridge::CallEnricher::updates);
        auto snap = ended(2, QStringLiteral("CA2"));
        e.callEnded(snap, false, false);
        snap.alarms = {QStringLiteral("unpaired end")}; // raised after end()
        e.refresh(snap);
        twilio::StatusCallback cb;
        cb.callSid = QStringLiteral("CA2");
        cb.status = QStringLiteral("completed");
        QVERIFY(e.applyStatus(cb));
        const auto batch = spy[0][0].value<QList<bridge::CallUpdate>>();
        QCOMPARE(batch[0].snapshot.alarms, QStringList{QStringLiteral("unpaired end")});
    }

    void forgottenAfterRetention()
    {
        bridge::CallEnricher e(nullptr);
        e.setRetentionMs(50);
        e.callEnded(ended(3, QStringLiteral("CA3")), false, false);
        QCOMPARE(e.size(), 1);
        QTRY_COMPARE(e.size(), 0);
        twilio::StatusCallback cb;
        cb.callSid = QStringLiteral("CA3");
        cb.status = QStringLiteral("completed");
        QVERIFY(!e.applyStatus(cb)); // now it would be a new call for the bridge
    }

    void noClientsNoCrash()
    {
        // Priceable and failed, but no REST clients: nothing is asked, nothing breaks.
        bridge::CallEnricher e(nullptr);
        QSignalSpy spy(&e, &bridge::CallEnricher::updates);
        auto snap = ended(4, QStringLiteral("CA4"));
        snap.conversationId = QStringLiteral("conv_4");
        e.callEnded(snap, true, true);
        QTest::qWait(700); // the failure explanation waits 500 ms
        QCOMPARE(spy.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCallEnricher)
#include "tst_callenricher.moc"
