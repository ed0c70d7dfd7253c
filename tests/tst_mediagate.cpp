// twilio::InboundMediaGate: what a Media Streams socket may deliver as caller audio
// (issue 16 §3, reference/twilio.md §1.2), with an injected clock.
#include "twilio/MediaGate.h"

#include <QTest>

using namespace patchline;
using V = twilio::InboundMediaGate::Verdict;

class TestMediaGate : public QObject
{
    Q_OBJECT
private slots:
    void realTimeFramesPass()
    {
        twilio::InboundMediaGate g;
        for (int i = 0; i < 3000; ++i) // one minute, one frame every 20 ms
            QCOMPARE(g.check(1000 + i * 20, true, 160), V::Accept);
        QCOMPARE(g.dropped(), qint64(0));
        QVERIFY(g.aheadMs(1000 + 3000 * 20) <= 20);
    }

    void badFramesAreDropped()
    {
        twilio::InboundMediaGate g;
        QCOMPARE(g.check(0, false, 0), V::BadBase64);
        QCOMPARE(g.check(0, true, 159), V::WrongSize);
        QCOMPARE(g.check(0, true, 320), V::WrongSize);
        QCOMPARE(g.check(0, true, 0), V::WrongSize);
        QCOMPARE(g.check(0, true, 160), V::Accept);
        QCOMPARE(g.dropped(), qint64(4));
    }

    void burstsWithinTwoSecondsPass()
    {
        // Frames held back by the network arrive in a burst: behind, then caught up.
        twilio::InboundMediaGate g;
        QCOMPARE(g.check(0, true, 160), V::Accept);
        for (int i = 0; i < 100; ++i) // 2 s of audio at once, 1 s later
            QCOMPARE(g.check(1000, true, 160), V::Accept);
        QCOMPARE(g.dropped(), qint64(0));
    }

    void fasterThanRealTimeIsDropped()
    {
        twilio::InboundMediaGate g;
        int accepted = 0, ahead = 0;
        for (int i = 0; i < 500; ++i) // 10 s of audio in one instant
            (g.check(5000, true, 160) == V::Accept ? accepted : ahead)++;
        QCOMPARE(accepted, 100); // 2 s ahead is the limit
        QCOMPARE(ahead, 400);
        QCOMPARE(g.aheadMs(5000), qint64(2000));
        // Time passes: frames are accepted again at real-time pace.
        QCOMPARE(g.check(5020, true, 160), V::Accept);
        QCOMPARE(g.check(5020, true, 160), V::AheadOfClock);
    }
};

QTEST_GUILESS_MAIN(TestMediaGate)
#include "tst_mediagate.moc"
