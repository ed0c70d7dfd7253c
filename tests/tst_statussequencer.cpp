// twilio::StatusSequencer and StatusBacklog: the order rules for status callbacks
// (reference/twilio.md §3.8), without sockets.
#include "twilio/StatusSequencer.h"

#include <QTest>

using namespace patchline;
using V = twilio::StatusSequencer::Verdict;

namespace {
twilio::StatusCallback cb(const QString &sid, const QString &status, int seq)
{
    twilio::StatusCallback c;
    c.callSid = sid;
    c.status = status;
    c.sequence = seq;
    return c;
}
} // namespace

class TestStatusSequencer : public QObject
{
    Q_OBJECT
private slots:
    void inOrderAppliesAll()
    {
        twilio::StatusSequencer s;
        QCOMPARE(s.newest(), -1);
        QCOMPARE(s.accept(cb("CA1", "initiated", 0)), V::Apply);
        QCOMPARE(s.accept(cb("CA1", "ringing", 1)), V::Apply);
        QCOMPARE(s.accept(cb("CA1", "in-progress", 2)), V::Apply);
        QCOMPARE(s.accept(cb("CA1", "completed", 3)), V::Apply);
        QCOMPARE(s.newest(), 3);
    }

    void retriesAreDuplicates()
    {
        twilio::StatusSequencer s;
        QCOMPARE(s.accept(cb("CA1", "ringing", 1)), V::Apply);
        QCOMPARE(s.accept(cb("CA1", "ringing", 1)), V::Duplicate);
        QCOMPARE(s.accept(cb("CA1", "completed", 3)), V::Apply);
        QCOMPARE(s.accept(cb("CA1", "completed", 3)), V::Duplicate);
    }

    void lateOnesDoNotMoveBack()
    {
        twilio::StatusSequencer s;
        QCOMPARE(s.accept(cb("CA1", "in-progress", 2)), V::Apply);
        QCOMPARE(s.accept(cb("CA1", "ringing", 1)), V::Late);
        QCOMPARE(s.newest(), 2);
        // A late one is still remembered: its retry is a duplicate.
        QCOMPARE(s.accept(cb("CA1", "ringing", 1)), V::Duplicate);
        // A terminal status is applied even when it is out of order.
        QCOMPARE(s.accept(cb("CA1", "completed", 5)), V::Apply);
        QCOMPARE(s.accept(cb("CA1", "busy", 4)), V::Apply);
        QCOMPARE(s.newest(), 5);
    }

    void unnumberedAlwaysApply()
    {
        twilio::StatusSequencer s;
        QCOMPARE(s.accept(cb("CA1", "in-progress", 3)), V::Apply);
        QCOMPARE(s.accept(cb("CA1", "ringing", -1)), V::Apply);
        QCOMPARE(s.accept(cb("CA1", "ringing", -1)), V::Apply);
        QCOMPARE(s.newest(), 3);
    }

    void memoryIsBounded()
    {
        twilio::StatusSequencer s;
        for (int i = 0; i < 1000; ++i)
            QCOMPARE(s.accept(cb("CA1", "ringing", i)), V::Apply);
        QCOMPARE(s.accept(cb("CA1", "ringing", 999)), V::Duplicate); // recent ones remembered
        QCOMPARE(s.accept(cb("CA1", "ringing", 0)), V::Late); // forgotten, but older than newest
    }

    void backlogHandsOverInOrder()
    {
        twilio::StatusBacklog b;
        QCOMPARE(b.add(cb("CA1", "ringing", 1)), 1);
        QCOMPARE(b.add(cb("CA2", "initiated", 0)), 1);
        QCOMPARE(b.add(cb("CA1", "initiated", 0)), 2);
        QCOMPARE(b.calls(), 2);
        const auto list = b.take(QStringLiteral("CA1"));
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].status, QStringLiteral("initiated"));
        QCOMPARE(list[1].status, QStringLiteral("ringing"));
        QVERIFY(b.take(QStringLiteral("CA1")).isEmpty()); // taken once
        QCOMPARE(b.calls(), 1);
        QVERIFY(b.take(QStringLiteral("CA9")).isEmpty());
    }

    void backlogIsBounded()
    {
        twilio::StatusBacklog b(3);
        for (int i = 0; i < 5; ++i)
            b.add(cb(QStringLiteral("CA%1").arg(i), "ringing", 1));
        QCOMPARE(b.calls(), 3);
        QVERIFY(b.take(QStringLiteral("CA0")).isEmpty()); // the oldest were forgotten
        QVERIFY(b.take(QStringLiteral("CA1")).isEmpty());
        QCOMPARE(b.take(QStringLiteral("CA4")).size(), 1);
        for (int i = 0; i < 100; ++i)
            b.add(cb(QStringLiteral("CAx"), "ringing", i));
        QCOMPARE(b.take(QStringLiteral("CAx")).size(), twilio::StatusBacklog::kMaxPerCall);
    }
};

QTEST_GUILESS_MAIN(TestStatusSequencer)
#include "tst_statussequencer.moc"
