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
};

QTEST_GUILESS_MAIN(TestTurnTracker)
#include "tst_turntracker.moc"
