#include "audio/Levels.h"

#include <QTest>

#include <cmath>
#include <vector>

using namespace patchline::audio;

class TestLevels : public QObject
{
    Q_OBJECT
private slots:
    void silenceIsFloor()
    {
        const std::vector<std::int16_t> zeros(160, 0);
        const FrameLevel l = measureLevel(zeros);
        QCOMPARE(l.peakDb, kFloorDb);
        QCOMPARE(l.rmsDb, kFloorDb);
        QVERIFY(!isVoiced(l));
        QCOMPARE(measureLevel({}).rmsDb, kFloorDb);
    }

    void fullScaleSine()
    {
        std::vector<std::int16_t> s(160);
        for (size_t i = 0; i < s.size(); ++i) // 400 Hz at 8 kHz: 8 whole periods in 20 ms
            s[i] = std::int16_t(
                std::lround(32767.0 * std::sin(2 * M_PI * 400.0 * double(i) / 8000.0)));
        const FrameLevel l = measureLevel(s);
        QVERIFY(std::abs(l.peakDb - 0.0f) < 0.05f);
        QVERIFY2(std::abs(l.rmsDb - (-3.01f)) < 0.05f, qPrintable(QString::number(l.rmsDb)));
        QVERIFY(isVoiced(l));
    }

    void halfAmplitudeIsMinusSix()
    {
        const std::vector<std::int16_t> s(160, 16384);
        const FrameLevel l = measureLevel(s);
        QVERIFY(std::abs(l.peakDb + 6.02f) < 0.05f);
        QVERIFY(std::abs(l.rmsDb + 6.02f) < 0.05f);
    }
};

QTEST_GUILESS_MAIN(TestLevels)
#include "tst_levels.moc"
