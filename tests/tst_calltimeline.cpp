#include "audio/CallTimeline.h"
#include "audio/Mulaw.h"

#include <QTest>

#include <vector>

using namespace patchline::audio;

namespace {
std::vector<std::uint8_t> tone(size_t n, std::int16_t amplitude)
{
    std::vector<std::uint8_t> v(n);
    for (size_t i = 0; i < n; ++i)
        v[i] = mulawEncode(i % 2 ? amplitude : std::int16_t(-amplitude));
    return v;
}
const std::vector<std::uint8_t> kSilence(160, kMulawSilence);
} // namespace

class TestCallTimeline : public QObject
{
    Q_OBJECT
private slots:
    void callerAdvancesClock()
    {
        CallTimeline t;
        for (int i = 0; i < 5; ++i)
            t.pushCaller(kSilence);
        QCOMPARE(t.now(), std::int64_t(800));
        QVERIFY(!t.agentPlaying());
    }

    void agentChunksPlayBackToBack()
    {
        CallTimeline t;
        t.pushCaller(kSilence); // now = 160
        const auto loud = tone(400, 8000);
        QCOMPARE(t.pushAgent(loud), std::int64_t(160)); // starts now
        QCOMPARE(t.pushAgent(loud), std::int64_t(560)); // after the previous one
        QCOMPARE(t.agentEnd(), std::int64_t(960));
        QVERIFY(t.agentPlaying());
        // The next caller frame hears the agent: its agent level is loud.
        const LevelPair l = t.pushCaller(kSilence);
        QVERIFY(l.agent.rmsDb > -20.0f);
        QCOMPARE(l.caller.rmsDb, kFloorDb);
    }

    void agentAfterGapStartsNow()
    {
        CallTimeline t;
        t.pushAgent(tone(160, 8000)); // plays [0,160)
        for (int i = 0; i < 10; ++i)
            t.pushCaller(kSilence); // now = 1600, agent long finished
        QCOMPARE(t.pushAgent(tone(160, 8000)), std::int64_t(1600));
    }

    void clearCutsUnplayedAudio()
    {
        CallTimeline t;
        t.pushCaller(kSilence);
        t.pushAgent(tone(8000, 8000)); // 1 s queued from 160
        t.pushCaller(kSilence);        // now = 320
        QCOMPARE(t.clearAgent(), std::int64_t(8000 + 160 - 320));
        QVERIFY(!t.agentPlaying());
        QCOMPARE(t.clearAgent(), std::int64_t(0));
        // After the clear the agent lane is silent.
        const LevelPair l = t.pushCaller(kSilence);
        QCOMPARE(l.agent.rmsDb, kFloorDb);
        // New audio starts at now, not after the cut audio.
        QCOMPARE(t.pushAgent(tone(160, 8000)), std::int64_t(480));
    }

    void stereoIsAlignedCallerLeftAgentRight()
    {
        CallTimeline t;
        t.pushCaller(tone(160, 4000)); // caller speaks in [0,160)
        t.pushAgent(tone(160, 12000)); // agent plays [160,320)
        t.pushCaller(kSilence);
        t.pushCaller(kSilence);
        std::vector<std::int16_t> out;
        QCOMPARE(t.takeStereo(out), std::int64_t(480));
        QCOMPARE(out.size(), size_t(960));
        QVERIFY(std::abs(out[2 * 10]) > 3000);       // caller L during [0,160)
        QCOMPARE(out[2 * 10 + 1], std::int16_t(0));  // agent R silent then
        QCOMPARE(out[2 * 200], std::int16_t(0));     // caller silent later
        QVERIFY(std::abs(out[2 * 200 + 1]) > 10000); // agent R in [160,320)
        QCOMPARE(out[2 * 400 + 1], std::int16_t(0));
        QCOMPARE(t.written(), std::int64_t(480));
        QCOMPARE(t.takeStereo(out), std::int64_t(0));
    }

    void longCallKeepsAlignmentAcrossCompaction()
    {
        CallTimeline t;
        std::vector<std::int16_t> out;
        std::int64_t total = 0;
        for (int i = 0; i < 500; ++i) { // 10 s, forces compaction
            t.pushCaller(kSilence);
            if (i % 50 == 0)
                t.pushAgent(tone(800, 8000));
            if (i % 10 == 9)
                total += t.takeStereo(out);
        }
        QCOMPARE(total, std::int64_t(500 * 160));
        // The agent burst pushed at i = 450 started at 450·160 and lasts 800 samples.
        const LevelPair l = t.pushCaller(kSilence); // [80000, 80160): past that burst
        QCOMPARE(l.agent.rmsDb, kFloorDb);
        // After compaction a new burst still lands on the current frame.
        QCOMPARE(t.pushAgent(tone(160, 8000)), std::int64_t(80160));
        QVERIFY(t.pushCaller(kSilence).agent.rmsDb > -20.0f);
        QCOMPARE(t.takeStereo(out), std::int64_t(320));
        QCOMPARE(out[2 * 10 + 1], std::int16_t(0)); // frame [80000,80160): silent
        QVERIFY(std::abs(out[2 * 170 + 1]) > 5000); // frame [80160,80320): the burst
    }
};

QTEST_GUILESS_MAIN(TestCallTimeline)
#include "tst_calltimeline.moc"
