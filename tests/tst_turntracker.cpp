#include "bridge/OutboundPacing.h"
#include "bridge/TurnTracker.h"

#include <QTest>

using namespace patchline;

namespace {
audio::LevelPair caller(float db)
{
    audio::LevelPair l;
    l.caller.rmsDb = l.caller.peakDb = db;
    return l;
}
} // namespace

class TestTurnTracker : public QObject
{
    Q_OBJECT
private slots:
    void latencyFromLastVoicedFrame()
    {
        bridge::TurnTracker t;
        qint64 now = 0;
        QVERIFY(!t.onAgentAudioSent(0)); // a greeting answers no turn
        for (int i = 0; i < 50; ++i)     // 1 s of speech, ends at 1000 ms
            t.onFrame(now += 20, caller(-20));
        for (int i = 0; i < 40; ++i) // 800 ms of quiet: the turn ends
            t.onFrame(now += 20, caller(-80));
        const auto l = t.onAgentAudioSent(now + 200); // answer at 2000 ms
        QVERIFY(l);
        QCOMPARE(*l, qint64(1000));
        QVERIFY(!t.onAgentAudioSent(now + 400)); // the rest of the answer is not a new turn
        QCOMPARE(t.turns(), std::size_t(1));
    }

    void fastAnswerBeforeTurnEndIsConfirmed()
    {
        bridge::TurnTracker t;
        qint64 now = 0;
        for (int i = 0; i < 25; ++i)
            t.onFrame(now += 20, caller(-20)); // speech ends at 500 ms
        for (int i = 0; i < 10; ++i)
            t.onFrame(now += 20, caller(-80)); // only 200 ms quiet so far
        QCOMPARE(t.onAgentAudioSent(now).value_or(-1), qint64(200));
    }

    void percentiles()
    {
        bridge::TurnTracker t;
        qint64 now = 0;
        for (const int gap : {300, 700, 500, 900, 1100}) {
            for (int i = 0; i < 10; ++i)
                t.onFrame(now += 20, caller(-20));
            const qint64 spoke = now;
            for (int i = 0; i < 36; ++i)
                t.onFrame(now += 20, caller(-80));
            QVERIFY(t.onAgentAudioSent(spoke + gap + 720));
        }
        QCOMPARE(t.turns(), std::size_t(5));
        QCOMPARE(t.percentile(50), qint64(1420));
        QCOMPARE(t.percentile(0), qint64(1020));
        QCOMPARE(t.percentile(100), qint64(1820));
        QCOMPARE(bridge::TurnTracker().percentile(50), qint64(-1));
    }

    /// Outbound pacing: lead over the caller's ear, underruns inside an utterance only.
    void outboundPacing()
    {
        bridge::OutboundPacing p;
        QCOMPARE(p.leadMs(0), qint64(0));
        // Utterance 1 at 2× real time: 200 ms chunks every 100 ms.
        for (int i = 0; i < 5; ++i)
            p.onSent(1000 + i * 100, 1, 200);
        QCOMPARE(p.leadMs(1400), qint64(600)); // 1000 ms sent by 1400, playing till 2000
        QCOMPARE(p.maxLeadMs(), qint64(600));
        QCOMPARE(p.underruns(), 0);
        // Next chunk of the same utterance 300 ms after the audio ran out: a gap heard.
        p.onSent(2300, 1, 200);
        QCOMPARE(p.underruns(), 1);
        QCOMPARE(p.underrunMs(), qint64(300));
        // Late by no more than a frame: jitter, not an underrun.
        p.onSent(2500 + bridge::OutboundPacing::kToleranceMs, 1, 200);
        QCOMPARE(p.underruns(), 1);
        // A new utterance after a pause is turn-taking.
        p.onSent(9000, 2, 200);
        QCOMPARE(p.underruns(), 1);
        // A clear empties the queue; the next chunk starts a new stretch.
        p.onClear(9050);
        QCOMPARE(p.leadMs(9050), qint64(0));
        p.onSent(9900, 2, 100);
        QCOMPARE(p.underruns(), 1);
        QCOMPARE(p.leadMs(9900), qint64(100));
    }
};

QTEST_GUILESS_MAIN(TestTurnTracker)
#include "tst_turntracker.moc"
