#include "audio/Mulaw.h"

#include <QTest>

using namespace patchline::audio;

class TestMulaw : public QObject
{
    Q_OBJECT
private slots:
    void decodeMatchesG711Table()
    {
        // Reference values of the ITU-T G.711 μ-law decoding table (16-bit scaling).
        QCOMPARE(mulawDecode(0x00), std::int16_t(-32124));
        QCOMPARE(mulawDecode(0x80), std::int16_t(32124));
        QCOMPARE(mulawDecode(0x0F), std::int16_t(-16764));
        QCOMPARE(mulawDecode(0x8F), std::int16_t(16764));
        QCOMPARE(mulawDecode(0x70), std::int16_t(-120));
        QCOMPARE(mulawDecode(0x7E), std::int16_t(-8));
        QCOMPARE(mulawDecode(0x7F), std::int16_t(0));
        QCOMPARE(mulawDecode(0xFE), std::int16_t(8));
        QCOMPARE(mulawDecode(0xFF), std::int16_t(0));
    }

    void encodeKnownValues()
    {
        QCOMPARE(mulawEncode(0), kMulawSilence);
        QCOMPARE(mulawEncode(32767), std::uint8_t(0x80));
        QCOMPARE(mulawEncode(-32768), std::uint8_t(0x00));
        QCOMPARE(mulawEncode(8), std::uint8_t(0xFE));
        QCOMPARE(mulawEncode(-8), std::uint8_t(0x7E));
    }

    void roundTripAll256()
    {
        for (int c = 0; c < 256; ++c) {
            const auto code = static_cast<std::uint8_t>(c);
            const std::uint8_t back = mulawEncode(mulawDecode(code));
            if (code == 0x7F) // "negative zero" decodes to 0, which encodes as 0xFF
                QCOMPARE(back, std::uint8_t(0xFF));
            else
                QCOMPARE(back, code);
        }
    }

    void encodeIsMonotonic()
    {
        int previous = mulawDecode(mulawEncode(-32768));
        for (int s = -32768; s <= 32767; s += 7) {
            const int d = mulawDecode(mulawEncode(std::int16_t(s)));
            QVERIFY2(d >= previous, qPrintable(QString::number(s)));
            previous = d;
        }
    }

    void bufferFunctionsMatchScalar()
    {
        std::array<std::uint8_t, 256> codes{};
        for (int i = 0; i < 256; ++i)
            codes[size_t(i)] = std::uint8_t(i);
        std::array<std::int16_t, 256> pcm{};
        mulawDecode(codes, pcm.data());
        std::array<std::uint8_t, 256> again{};
        mulawEncode(pcm, again.data());
        for (int i = 0; i < 256; ++i) {
            QCOMPARE(pcm[size_t(i)], mulawDecode(std::uint8_t(i)));
            QCOMPARE(again[size_t(i)], mulawEncode(pcm[size_t(i)]));
        }
    }
};

QTEST_GUILESS_MAIN(TestMulaw)
#include "tst_mulaw.moc"
