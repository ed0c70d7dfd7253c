#include "audio/AudioConverter.h"
#include "audio/Levels.h"
#include "audio/Mulaw.h"

#include <QTest>

#include <cmath>
#include <vector>

using namespace patchline::audio;

namespace {
std::vector<std::int16_t> sine(int rate, double hz, double seconds, double amp = 12000)
{
    std::vector<std::int16_t> s(std::size_t(rate * seconds));
    for (std::size_t i = 0; i < s.size(); ++i)
        s[i] = std::int16_t(std::lround(amp * std::sin(2 * M_PI * hz * double(i) / rate)));
    return s;
}
QByteArray pcmBytes(const std::vector<std::int16_t> &s)
{
    return QByteArray(reinterpret_cast<const char *>(s.data()), qsizetype(s.size() * 2));
}
QByteArray ulawBytes(const std::vector<std::int16_t> &s)
{
    QByteArray out(qsizetype(s.size()), Qt::Uninitialized);
    mulawEncode(s, reinterpret_cast<std::uint8_t *>(out.data()));
    return out;
}
std::vector<std::int16_t> fromPcm(const QByteArray &b)
{
    std::vector<std::int16_t> s(std::size_t(b.size() / 2));
    std::memcpy(s.data(), b.constData(), s.size() * 2);
    return s;
}
std::vector<std::int16_t> fromUlaw(const QByteArray &b)
{
    std::vector<std::int16_t> s(std::size_t(b.size()));
    mulawDecode({reinterpret_cast<const std::uint8_t *>(b.constData()), s.size()}, s.data());
    return s;
}
/// Zero crossings per second → frequency estimate.
double frequency(const std::vector<std::int16_t> &s, int rate)
{
    int crossings = 0;
    for (std::size_t i = 1; i < s.size(); ++i)
        crossings += (s[i - 1] < 0) != (s[i] < 0) ? 1 : 0;
    return crossings / 2.0 / (double(s.size()) / rate);
}
} // namespace

class TestAudioConverter : public QObject
{
    Q_OBJECT
private slots:
    void formatPlan()
    {
        using O = FormatPlan::Outcome;
        auto p =
            FormatPlan::negotiate(QStringLiteral("ulaw_8000"), QStringLiteral("ulaw_8000"), true);
        QCOMPARE(p.outcome, O::Passthrough);
        QVERIFY(p.ok() && !p.convertToAgent && !p.convertToCaller);
        // Passthrough does not depend on the conversion switch.
        QCOMPARE(
            FormatPlan::negotiate(QStringLiteral("ulaw_8000"), QStringLiteral("ulaw_8000"), false)
                .outcome,
            O::Passthrough);

        p = FormatPlan::negotiate(QStringLiteral("pcm_16000"), QStringLiteral("ulaw_8000"), true);
        QCOMPARE(p.outcome, O::Convert);
        QVERIFY(p.convertToAgent && !p.convertToCaller);
        QCOMPARE(p.agentIn.sampleRate, 16000);

        p = FormatPlan::negotiate(QStringLiteral("ulaw_8000"), QStringLiteral("pcm_44100"), true);
        QVERIFY(!p.convertToAgent && p.convertToCaller);
        QCOMPARE(p.agentOut.name(), QStringLiteral("pcm_44100"));

        p = FormatPlan::negotiate(QStringLiteral("pcm_16000"), QStringLiteral("pcm_16000"), false);
        QCOMPARE(p.outcome, O::ConversionOff);
        QVERIFY(!p.ok());

        p = FormatPlan::negotiate(QStringLiteral("mp3_44100"), QStringLiteral("ulaw_8000"), true);
        QCOMPARE(p.outcome, O::Unsupported);
        QVERIFY(!p.ok());
        QCOMPARE(FormatPlan::negotiate({}, {}, true).outcome, O::Unsupported);
    }

    void parseFormats()
    {
        QCOMPARE(AudioFormat::parse(QStringLiteral("ulaw_8000"))->encoding,
                 AudioFormat::Encoding::Ulaw);
        QCOMPARE(AudioFormat::parse(QStringLiteral("pcm_44100"))->sampleRate, 44100);
        QCOMPARE(AudioFormat::parse(QStringLiteral("pcm_16000"))->name(),
                 QStringLiteral("pcm_16000"));
        QVERIFY(!AudioFormat::parse(QStringLiteral("pcm_12345")));
        QVERIFY(!AudioFormat::parse(QStringLiteral("mp3_44100")));
        QVERIFY(!AudioFormat::parse(QStringLiteral("ulaw_16000")));
        QCOMPARE(AudioFormat::parse(QStringLiteral("pcm_44100"))->bytesPerMs(), 88.2);
    }

    void ulaw8kToPcm16k()
    {
        // Caller → agent: a 440 Hz tone keeps its pitch, length doubles, level holds.
        AudioConverter c(AudioFormat::telephony(),
                         *AudioFormat::parse(QStringLiteral("pcm_16000")));
        QVERIFY(c.resamples());
        const auto tone = sine(8000, 440, 1.0);
        QByteArray all, out;
        for (std::size_t off = 0; off < tone.size(); off += 160) { // 20 ms frames
            c.convert(ulawBytes({tone.begin() + std::ptrdiff_t(off),
                                 tone.begin() + std::ptrdiff_t(off + 160)}),
                      out);
            all += out;
        }
        const auto pcm = fromPcm(all);
        QVERIFY2(std::abs(double(pcm.size()) - 16000.0) <= 320,
                 qPrintable(QString::number(pcm.size())));
        QVERIFY(std::abs(frequency(pcm, 16000) - 440.0) < 5.0);
        QVERIFY(std::abs(measureLevel(pcm).rmsDb - measureLevel(tone).rmsDb) < 1.0f);
    }

    void pcm44kToUlaw8k()
    {
        // Agent → caller: length scales to 8 kHz within one 20 ms frame.
        AudioConverter c(*AudioFormat::parse(QStringLiteral("pcm_44100")),
                         AudioFormat::telephony());
        const auto tone = sine(44100, 300, 2.0);
        QByteArray all, out;
        const QByteArray bytes = pcmBytes(tone);
        for (qsizetype off = 0; off < bytes.size(); off += 17640) { // 200 ms chunks
            c.convert(bytes.mid(off, 17640), out);
            all += out;
        }
        QVERIFY2(std::abs(all.size() - 16000) <= 160, qPrintable(QString::number(all.size())));
        const auto decoded = fromUlaw(all);
        QVERIFY(std::abs(frequency(decoded, 8000) - 300.0) < 5.0);
    }

    void chunkedEqualsContinuous()
    {
        const QByteArray in = pcmBytes(sine(16000, 700, 0.5));
        AudioConverter a(*AudioFormat::parse(QStringLiteral("pcm_16000")),
                         AudioFormat::telephony());
        AudioConverter b(*AudioFormat::parse(QStringLiteral("pcm_16000")),
                         AudioFormat::telephony());
        QByteArray whole, part, joined;
        a.convert(in, whole);
        for (qsizetype off = 0; off < in.size(); off += 1000) {
            b.convert(in.mid(off, 1000), part);
            joined += part;
        }
        QCOMPARE(joined, whole);
    }

    void sameRatePcmIsG711Only()
    {
        AudioConverter c(*AudioFormat::parse(QStringLiteral("pcm_8000")), AudioFormat::telephony());
        QVERIFY(!c.resamples());
        const auto tone = sine(8000, 1000, 0.1);
        QByteArray out;
        c.convert(pcmBytes(tone), out);
        QCOMPARE(out, ulawBytes(tone));
    }

    void resetDropsHistory()
    {
        AudioConverter c(*AudioFormat::parse(QStringLiteral("pcm_24000")),
                         AudioFormat::telephony());
        QByteArray out;
        c.convert(pcmBytes(sine(24000, 500, 0.2, 30000)), out);
        c.reset();
        c.convert(pcmBytes(std::vector<std::int16_t>(2400, 0)), out);
        // Nothing of the loud tone bleeds into the silence after a reset.
        QCOMPARE(measureLevel(fromUlaw(out)).peakDb, kFloorDb);
    }
};

QTEST_GUILESS_MAIN(TestAudioConverter)
#include "tst_audioconverter.moc"
