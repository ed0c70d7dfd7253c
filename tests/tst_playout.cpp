// bridge::PlayoutTracker: what the caller heard of the agent, from mark echoes
// (reference/twilio.md §1.2, §1.3), without sockets.
#include "bridge/PlayoutTracker.h"

#include <QTest>

using namespace patchline;

class TestPlayout : public QObject
{
    Q_OBJECT
private slots:
    void echoesConfirmWhatWasHeard()
    {
        bridge::PlayoutTracker p;
        QCOMPARE(p.utteranceId(), qint64(-1));
        const QString m1 = p.onSent(7, 800); // 100 ms
        const QString m2 = p.onSent(7, 800);
        const QString m3 = p.onSent(7, 800);
        QCOMPARE(m1, QStringLiteral("7:0"));
        QCOMPARE(m3, QStringLiteral("7:2"));
        QCOMPARE(p.pendingMarks(), 3);
        QCOMPARE(p.sentBytes(7), qint64(2400));
        QCOMPARE(p.heardBytes(7), qint64(0));
        p.onEcho(m1);
        QCOMPARE(p.heardBytes(7), qint64(800));
        p.onEcho(m2);
        QCOMPARE(p.heardBytes(7), qint64(1600));
        QCOMPARE(p.pendingMarks(), 1);
        QCOMPARE(p.heardBytes(6), qint64(-1)); // not the current utterance
        QCOMPARE(p.sentBytes(6), qint64(-1));
    }

    void newUtteranceStartsOver()
    {
        bridge::PlayoutTracker p;
        const QString a = p.onSent(1, 800);
        p.onEcho(a);
        const QString b = p.onSent(2, 400);
        QCOMPARE(b, QStringLiteral("2:1")); // the count runs over the whole call
        QCOMPARE(p.utteranceId(), qint64(2));
        QCOMPARE(p.sentBytes(2), qint64(400));
        QCOMPARE(p.heardBytes(2), qint64(0));
        QCOMPARE(p.marksSent(), qint64(2));
    }

    void echoesAfterClearProveNothing()
    {
        bridge::PlayoutTracker p;
        const QString m1 = p.onSent(3, 800);
        p.onEcho(m1); // 100 ms played
        const QString m2 = p.onSent(3, 800);
        const QString m3 = p.onSent(3, 800);
        p.onClear(); // barge-in: Twilio echoes m2 and m3 at once
        p.onEcho(m2);
        p.onEcho(m3);
        QCOMPARE(p.heardBytes(3), qint64(800));
        QCOMPARE(p.sentBytes(3), qint64(2400));
        QCOMPARE(p.pendingMarks(), 0);
        // After the clear, new audio's echoes count again.
        const QString m4 = p.onSent(4, 160);
        p.onEcho(m4);
        QCOMPARE(p.heardBytes(4), qint64(160));
    }

    void lostEchoesAreSkipped()
    {
        bridge::PlayoutTracker p;
        p.onSent(5, 100);
        p.onSent(5, 100);
        const QString m3 = p.onSent(5, 100);
        p.onEcho(m3); // the first two echoes never came
        QCOMPARE(p.heardBytes(5), qint64(300));
        QCOMPARE(p.pendingMarks(), 0);
        p.onEcho(QStringLiteral("unknown")); // nothing pending: no effect
        QCOMPARE(p.heardBytes(5), qint64(300));
    }

    void pendingMarksAreBounded()
    {
        bridge::PlayoutTracker p;
        for (int i = 0; i < bridge::PlayoutTracker::kMaxPending + 100; ++i)
            p.onSent(1, 160);
        QCOMPARE(p.pendingMarks(), bridge::PlayoutTracker::kMaxPending);
    }
};

QTEST_GUILESS_MAIN(TestPlayout)
#include "tst_playout.moc"
