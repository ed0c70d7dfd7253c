#include "SandboxFixture.h"
#include "TestUtil.h"
#include "audio/Levels.h"
#include "audio/Mulaw.h"
#include "engine/Engine.h"
#include "sim/Sandbox.h"

#include <QSignalSpy>

#include <cmath>
#include <cstring>

using namespace patchline;

namespace {
/// Per-20 ms RMS envelope (dBFS) of PCM16 samples at `rate`.
std::vector<double> envelope(const std::vector<std::int16_t> &s, int rate)
{
    std::vector<double> env;
    const std::size_t frame = std::size_t(rate / 50);
    for (std::size_t off = 0; off + frame <= s.size(); off += frame)
        env.push_back(audio::measureLevel({s.data() + off, frame}).rmsDb);
    return env;
}
double correlation(const std::vector<double> &a, const std::vector<double> &b)
{
    const std::size_t n = std::min(a.size(), b.size());
    double ma = 0, mb = 0;
    for (std::size_t i = 0; i < n; ++i) {
        ma += a[i];
        mb += b[i];
    }
    ma /= double(n);
    mb /= double(n);
    double sab = 0, saa = 0, sbb = 0;
    for (std::size_t i = 0; i < n; ++i) {
        sab += (a[i] - ma) * (b[i] - mb);
        saa += (a[i] - ma) * (a[i] - ma);
        sbb += (b[i] - mb) * (b[i] - mb);
    }
    return sab / std::sqrt(saa * sbb);
}
std::vector<std::int16_t> ulawToPcm(const QByteArray &b)
{
    std::vector<std::int16_t> s(std::size_t(b.size()));
    audio::mulawDecode({reinterpret_cast<const std::uint8_t *>(b.constData()), s.size()}, s.data());
    return s;
}
std::vector<std::int16_t> pcm(const QByteArray &b)
{
    std::vector<std::int16_t> s(std::size_t(b.size() / 2));
    std::memcpy(s.data(), b.constData(), s.size() * 2);
    return s;
}
} // namespace

/// Issue 6 §5: an agent on pcm_16000 in / pcm_44100 out works through the bridge.
class TestConversion : public QObject
{
    Q_OBJECT

    test::SandboxFixture m_box;

private slots:
    void initTestCase()
    {
        const QString error = m_box.start([](engine::Engine::Options &o) {
            o.keepSandboxAudio = true;
            o.sandboxAgentInputFormat = QStringLiteral("pcm_16000");
            o.sandboxAgentOutputFormat = QStringLiteral("pcm_44100");
            o.config.record = false;
        });
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void convertedCall()
    {
        // The caller says one line, the agent answers, the caller hangs up (a `stop` after
        // the last frame, so every frame sent reaches the agent). No barge-in, so every byte
        // the agent sent reaches the caller.
        sim::Scenario s;
        s.agentLines = {QStringLiteral("agent3"), QStringLiteral("agent2")};
        s.caller = {{sim::CallerStep::Kind::SayAfterAgentQuiet, 300, QStringLiteral("caller0")},
                    {sim::CallerStep::Kind::HangupAfterAgentQuiet, 300, {}}};
        s.maxDurationMs = 30000;
        QSignalSpy finished(m_box.engine.get(), &engine::Engine::sandboxCallFinished);
        m_box.engine->placeSandboxCall(s);
        QVERIFY(finished.wait(40000));
        const QString sid = finished.first().first().toString();
        sim::CarrierCallResult carrier;
        sim::AgentConversationResult agent;
        QVERIFY(test::waitFor(
            [&] {
                m_box.results(sid, carrier, agent);
                return agent.finished;
            },
            5000));

        // Caller → agent: intelligible 16 kHz PCM. Same duration, same energy envelope.
        const auto sent = ulawToPcm(carrier.callerSent);
        const auto got = pcm(agent.audioReceived);
        const double sentS = double(sent.size()) / 8000, gotS = double(got.size()) / 16000;
        QVERIFY2(std::abs(sentS - gotS) <= 0.02,
                 qPrintable(QStringLiteral("%1 s vs %2 s").arg(sentS).arg(gotS)));
        const double r = correlation(envelope(sent, 8000), envelope(got, 16000));
        QVERIFY2(r > 0.95, qPrintable(QString::number(r)));
        QCOMPARE(agent.userTranscripts.size(), 1); // the agent's speech gate heard the turn

        // Agent → caller: μ-law 8 kHz of the right duration (±1 frame).
        const double agentS = double(agent.audioSent.size()) / 2 / 44100;
        const double callerS = double(carrier.agentReceived.size()) / 8000;
        QVERIFY(agentS > 5.0);
        QVERIFY2(std::abs(agentS - callerS) <= 0.02,
                 qPrintable(QStringLiteral("%1 s sent, %2 s received").arg(agentS).arg(callerS)));
        const double r2 = correlation(envelope(pcm(agent.audioSent), 44100),
                                      envelope(ulawToPcm(carrier.agentReceived), 8000));
        QVERIFY2(r2 > 0.95, qPrintable(QString::number(r2)));

        // The console is told that conversion is on and what it costs.
        bridge::CallSnapshot last;
        bool toldOperator = false;
        for (const auto &u : m_box.updates) {
            if (u.snapshot.callSid != sid)
                continue;
            last = u.snapshot;
            for (const auto &e : u.events)
                toldOperator |= e.text.startsWith(QStringLiteral("audio conversion active"));
        }
        QVERIFY(toldOperator);
        QVERIFY(last.conversion.contains(QStringLiteral("pcm_44100")));
        QVERIFY(last.conversionUs > 0);
        QCOMPARE(last.agentFormats, QStringLiteral("pcm_16000/pcm_44100"));
    }

    void conversionOffEndsTheCallWithTheFix()
    {
        test::SandboxFixture box; // same agent formats, conversion switched off in settings
        QVERIFY(box.start([](engine::Engine::Options &o) {
                       o.sandboxAgentInputFormat = QStringLiteral("pcm_16000");
                       o.sandboxAgentOutputFormat = QStringLiteral("pcm_44100");
                       o.config.record = false;
                       o.config.convertFormats = false;
                   })
                    .isEmpty());
        QSignalSpy placed(box.engine.get(), &engine::Engine::sandboxCallPlaced);
        box.engine->placeSandboxCall(sim::Scenario::demo());
        QVERIFY(placed.wait(5000));
        const QString sid = placed.first().first().toString();
        QVERIFY(
            test::waitFor([&] { return box.last(sid).state == bridge::CallState::Ended; }, 20000));
        // An alarm (badge on the list, "with alarms" in the history) naming formats and fix.
        const QStringList alarms = box.events(sid, QStringLiteral("alarm"));
        QCOMPARE(alarms.size(), 1);
        QVERIFY2(alarms.first().startsWith(QStringLiteral("audio format mismatch")) &&
                     alarms.first().contains(QStringLiteral("conversion is off")),
                 qPrintable(alarms.first()));
        QVERIFY(alarms.first().contains(QStringLiteral("pcm_44100")));
        QVERIFY(box.last(sid).alarms.contains(QStringLiteral("audio format mismatch")));
        QVERIFY(box.last(sid).failed);
        box.stop();
    }

    void cleanupTestCase() { m_box.stop(); }
};

QTEST_GUILESS_MAIN(TestConversion)
#include "tst_conversion.moc"
