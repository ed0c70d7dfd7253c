#include "SandboxFixture.h"
#include "TestUtil.h"
#include "audio/Levels.h"
#include "audio/WavFile.h"
#include "elevenlabs/RestClient.h"
#include "engine/Engine.h"
#include "sim/Sandbox.h"
#include "store/CallStore.h"
#include "store/Storage.h"

#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QThread>

using namespace patchline;
using bridge::TranscriptLine;

namespace {
/// RMS level (dBFS) of one channel of an interleaved stereo buffer in [fromMs, toMs).
float channelLevel(const audio::PcmBuffer &pcm, int channel, qint64 fromMs, qint64 toMs)
{
    std::vector<std::int16_t> mono;
    for (qint64 f = fromMs * 8; f < toMs * 8 && f < qint64(pcm.frames()); ++f)
        mono.push_back(pcm.samples[size_t(f) * 2 + size_t(channel)]);
    return audio::measureLevel(mono).rmsDb;
}
} // namespace

/// A whole sandbox call through the real bridge over loopback sockets (issue 3 e2e).
class TestSandboxCall : public QObject
{
    Q_OBJECT

    test::SandboxFixture m_box;

    bridge::CallSnapshot finalSnapshot() const
    {
        for (auto it = m_box.updates.crbegin(); it != m_box.updates.crend(); ++it)
            if (it->snapshot.state == bridge::CallState::Ended)
                return it->snapshot;
        return {};
    }

    void results(const QString &sid, sim::CarrierCallResult &carrier,
                 sim::AgentConversationResult &agent)
    {
        m_box.results(sid, carrier, agent);
    }

    QList<TranscriptLine> lines() const
    {
        QList<TranscriptLine> out;
        for (const auto &u : m_box.updates)
            out += u.lines;
        return out;
    }

private slots:
    void initTestCase()
    {
        const QString error = m_box.start([](engine::Engine::Options &o) {
            o.keepSandboxAudio = true;
            o.sandboxPingIntervalMs = 1000;
        });
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void demoCallEndToEnd()
    {
        QSignalSpy placed(m_box.engine.get(), &engine::Engine::sandboxCallPlaced);
        QSignalSpy finished(m_box.engine.get(), &engine::Engine::sandboxCallFinished);
        QSignalSpy logs(m_box.engine.get(), &engine::Engine::log);
        m_box.engine->placeSandboxCall(sim::Scenario::demo());
        QVERIFY(finished.wait(90000));
        const QString sid = placed.first().first().toString();
        QCOMPARE(finished.first().first().toString(), sid);
        QVERIFY(test::waitFor([this] { return finalSnapshot().id != 0; }, 5000));
        m_box.engine->storage()->flush();

        // What the simulated parties saw.
        sim::CarrierCallResult carrier;
        sim::AgentConversationResult agent;
        results(sid, carrier, agent);

        QVERIFY2(carrier.error.isEmpty(), qPrintable(carrier.error));
        QCOMPARE(carrier.webhookStatus, 200);
        QVERIFY(carrier.twiml.contains(QStringLiteral("<Connect><Stream url=\"ws://127.0.0.1:")));

        // Secret hygiene (issue 7 §3): no secret in the TwiML sent to Twilio, the log, or
        // the events the console shows.
        const settings::BridgeConfig &cfg = m_box.engine->config();
        QStringList text{carrier.twiml};
        for (const auto &l : logs)
            text << l.first().toString();
        for (const auto &u : m_box.updates)
            for (const auto &e : u.events)
                text << e.text;
        QVERIFY(logs.size() > 0);
        for (const QByteArray &secret :
             {cfg.twilioAuthToken, cfg.elevenLabsApiKey, cfg.elevenLabsWebhookSecret}) {
            QVERIFY(secret.size() >= 16);
            for (const QString &t : std::as_const(text))
                QVERIFY2(!t.contains(QString::fromLatin1(secret)), qPrintable(t));
        }

        // Caller audio reaches the agent byte-exact and in order.
        QVERIFY(carrier.callerSent.size() > 8000 * 15);
        QCOMPARE(agent.audioReceived.size(), carrier.callerSent.size());
        QVERIFY(agent.audioReceived == carrier.callerSent);

        // Agent audio reaches the carrier; stale chunks after the interruption do not.
        QCOMPARE(agent.staleChunksSent, 2);
        QVERIFY(carrier.agentReceived.size() > 8000 * 5);
        QVERIFY(carrier.agentReceived == agent.audioSent);

        // Every ping got its pong (one may be in flight when the call ends).
        QVERIFY(agent.pingsSent >= 10);
        QVERIFY(agent.pongsReceived >= agent.pingsSent - 1);
        QCOMPARE(agent.pongsWithWrongId, 0);

        // A barge-in produces a clear, after the caller started talking over the agent.
        QCOMPARE(agent.interruptions, 1);
        QCOMPARE(carrier.clearsReceived, 1);
        QCOMPARE(carrier.bargeInAtMs.size(), 1);
        QVERIFY(carrier.clearAtMs.first() >= carrier.bargeInAtMs.first());
        QVERIFY(carrier.clearAtMs.first() - carrier.bargeInAtMs.first() < 1000);

        // Marks: one after each agent chunk, each echoed.
        const bridge::CallSnapshot s = finalSnapshot();
        QCOMPARE(carrier.marksReceived, int(s.agentChunks));
        QCOMPARE(carrier.marksEchoed, carrier.marksReceived);
        QCOMPARE(s.agentChunksDropped, 2);
        QCOMPARE(s.bargeIns, 1);

        // The barge-in: time-to-yield from the bridge's own speech onset to the clear, and
        // how much of the reply the caller heard according to Twilio's mark echoes. The
        // caller starts talking after 2 s of audible agent speech (Scenario::demo).
        bridge::CallEvent bargeIn;
        for (const auto &u : m_box.updates)
            for (const auto &e : u.events)
                if (e.kind == QStringLiteral("barge-in"))
                    bargeIn = e;
        QVERIFY2(bargeIn.yieldMs >= 0 && bargeIn.yieldMs < 1000, qPrintable(bargeIn.text));
        QVERIFY2(bargeIn.heardMs >= 1500 && bargeIn.heardMs <= 3000, qPrintable(bargeIn.text));
        QCOMPARE(s.lastTimeToYieldMs, bargeIn.yieldMs);
        // Turn latency at the bridge: the sandbox agent answers 700 ms + 300 ms after the
        // caller's last voiced frame (SimAgent), so about a second per turn.
        QCOMPARE(s.turns, 3);
        QVERIFY2(s.turnLatencyP50Ms >= 700 && s.turnLatencyP50Ms <= 2000,
                 qPrintable(QString::number(s.turnLatencyP50Ms)));
        QVERIFY(s.turnLatencyP90Ms >= s.turnLatencyP50Ms);
        QVERIFY(s.inboundJitterP99Ms > 0.0); // measured: any sample yields a bucket edge ≥ 1 µs
        // One "turn" event per answered turn (waveform markers, metrics pane), with its latency.
        QList<qint64> turnLatencies;
        for (const auto &u : m_box.updates)
            for (const auto &e : u.events)
                if (e.kind == QStringLiteral("turn"))
                    turnLatencies << e.latencyMs;
        QCOMPARE(turnLatencies.size(), s.turns);
        QCOMPARE(turnLatencies.last(), s.turnLatencyLastMs);
        // Bytes each way: audio counted exactly, whole messages larger (JSON + base64).
        QCOMPARE(s.callerAudioBytes, qint64(carrier.callerSent.size()));
        QCOMPARE(s.agentAudioBytes, qint64(carrier.agentReceived.size()));
        QVERIFY(s.twilioBytesIn > s.callerAudioBytes * 4 / 3);
        QVERIFY(s.agentBytesOut > s.callerAudioBytes * 4 / 3);
        QVERIFY(s.agentBytesIn > s.agentAudioBytes * 4 / 3);
        QVERIFY(s.twilioBytesOut > s.agentAudioBytes * 4 / 3);
        // Pacing: the sandbox agent sends at 2× real time, so its audio runs ahead of the ear.
        QVERIFY2(s.outboundLeadMaxMs >= 200, qPrintable(QString::number(s.outboundLeadMaxMs)));
        // A healthy call raises no alarm.
        for (const auto &u : m_box.updates)
            for (const auto &e : u.events)
                QVERIFY2(e.kind != QStringLiteral("alarm"), qPrintable(e.text));

        // Transcript lines arrive, exact texts, in order.
        const auto all = lines();
        QStringList caller, agentSaid;
        for (const auto &l : all)
            (l.role == TranscriptLine::Role::Caller ? caller : agentSaid) << l.text;
        QCOMPARE(caller, (QStringList{sim::clip(QStringLiteral("caller0")).text,
                                      sim::clip(QStringLiteral("caller1")).text,
                                      sim::clip(QStringLiteral("caller2")).text}));
        QCOMPARE(agentSaid.size(), 4);
        QCOMPARE(agentSaid.first(), sim::clip(QStringLiteral("agent0")).text);
        QCOMPARE(agent.dynamicVariables.value(QStringLiteral("call_sid")).toString(), sid);
        QCOMPARE(agent.dynamicVariables.value(QStringLiteral("caller_number")).toString(),
                 QStringLiteral("+15550100"));

        // Both sockets closed, the call ended with a reason.
        QVERIFY(agent.finished);
        QCOMPARE(agent.closeCode, 1000);
        QVERIFY(carrier.finished);
        QVERIFY(carrier.stopSent);
        QVERIFY(!carrier.bridgeClosedFirst);
        QCOMPARE(s.state, bridge::CallState::Ended);
        // The caller hung up: Twilio's `stop` and its `completed` callback travel on separate
        // connections, and either may reach the bridge first.
        QVERIFY2(s.endReason.contains(QStringLiteral("stop")) ||
                     s.endReason.contains(QStringLiteral("completed")),
                 qPrintable(s.endReason));
        QCOMPARE(s.callSid, sid);

        // The stereo WAV: caller left, agent right, speech where each party spoke.
        audio::PcmBuffer wav;
        QString error;
        QVERIFY2(audio::readAudioFile(s.recordingPath, wav, &error), qPrintable(error));
        QCOMPARE(wav.channels, 2);
        QCOMPARE(wav.sampleRate, 8000);
        QVERIFY(std::abs(wav.seconds() * 1000 - double(s.durationMs)) < 1000);
        for (const auto &l : all) {
            const int ch = l.role == TranscriptLine::Role::Caller ? 0 : 1;
            const float level = channelLevel(wav, ch, l.offsetMs + 100, l.offsetMs + 1100);
            QVERIFY2(
                level > -35.0f,
                qPrintable(
                    QStringLiteral("%1 at %2 ms: %3 dB").arg(l.text).arg(l.offsetMs).arg(level)));
        }
        // The caller is silent during the greeting; the agent is silent while the caller
        // says their first line.
        QVERIFY(channelLevel(wav, 0, 200, 4000) < -60.0f);
        const qint64 c0 = all.at(1).offsetMs;
        QVERIFY(channelLevel(wav, 1, c0 + 100, c0 + 2500) < -60.0f);

        // What Twilio charged arrives after the end (GET Calls/{Sid}.json) and is kept.
        QVERIFY(test::waitFor([&] { return !m_box.last(sid).price.isEmpty(); }, 10000));
        QCOMPARE(m_box.last(sid).price, QStringLiteral("-0.01300 USD"));
        // The price update starts from the final state, whenever `completed` came in (before
        // the end, while the sockets closed, or after): it does not bring back an older one.
        QCOMPARE(m_box.last(sid).twilioStatus, QStringLiteral("completed"));
        m_box.engine->storage()->flush();

        // The call log has the call and its transcript, the interrupted line marked.
        store::CallStore log;
        QVERIFY(log.open(m_box.engine->storage()->databasePath()));
        const auto rows = log.recentCalls();
        QCOMPARE(rows.size(), 1); // one row per call, whatever order stop/completed came in
        QCOMPARE(rows.first().callSid, sid);
        QCOMPARE(rows.first().state, QStringLiteral("ended"));
        QCOMPARE(rows.first().price, QStringLiteral("-0.01300 USD"));
        const auto stored = log.transcript(rows.first().rowId);
        QCOMPARE(stored.size(), all.size());
        int interrupted = 0;
        for (const auto &l : stored)
            interrupted += l.interrupted ? 1 : 0;
        QCOMPARE(interrupted, 1);
        QVERIFY(stored.at(2).interrupted); // agent1, cut by caller1
        QCOMPARE(stored.at(2).heardMs, bargeIn.heardMs);
    }

    void conversationRecordsFromTheRestApi()
    {
        // The demo call above, as ElevenLabs keeps it: listed, with transcript and audio
        // (reference/elevenlabs.md §7.4).
        const bridge::CallSnapshot call = finalSnapshot();
        QVERIFY(!call.conversationId.isEmpty());
        QNetworkAccessManager nam;
        const settings::BridgeConfig &cfg = m_box.engine->config();
        elevenlabs::RestClient rest(&nam, cfg.elevenLabsApiBase, cfg.elevenLabsApiKey);

        elevenlabs::RestResult<QList<elevenlabs::ConversationSummary>> list;
        bool done = false;
        rest.listConversations(cfg.defaultAgentId, 50, [&](auto r) {
            list = r;
            done = true;
        });
        QVERIFY(test::waitFor([&] { return done; }, 5000));
        QVERIFY2(list.ok(), qPrintable(list.error));
        QVERIFY(std::any_of(list.value.begin(), list.value.end(), [&](const auto &c) {
            return c.conversationId == call.conversationId && c.status == u"done" &&
                   c.durationSecs > 10;
        }));

        elevenlabs::RestResult<elevenlabs::ConversationDetails> details;
        done = false;
        rest.fetchConversation(call.conversationId, [&](auto r) {
            details = r;
            done = true;
        });
        QVERIFY(test::waitFor([&] { return done; }, 5000));
        QVERIFY2(details.ok(), qPrintable(details.error));
        QVERIFY(details.value.transcript.size() >= 3);
        QCOMPARE(details.value.transcript.first().role, QStringLiteral("agent"));
        QVERIFY(details.value.hasAudio);

        QByteArray audioBytes;
        QString type;
        done = false;
        rest.fetchConversationAudio(call.conversationId, [&](auto r, const QString &t) {
            QVERIFY2(r.ok(), qPrintable(r.error));
            audioBytes = r.value;
            type = t;
            done = true;
        });
        QVERIFY(test::waitFor([&] { return done; }, 10000));
        QCOMPARE(type, QStringLiteral("audio/wav"));
        audio::PcmBuffer pcm;
        QString error;
        QVERIFY2(audio::readAudioBytes(audioBytes, pcm, &error), qPrintable(error));
        // The agent's speech as sent: as long as what the agent produced (8000 samples/s).
        sim::CarrierCallResult carrier;
        sim::AgentConversationResult agent;
        results(call.callSid, carrier, agent);
        QCOMPARE(qsizetype(pcm.samples.size()), agent.audioSent.size());

        done = false;
        QString missing;
        rest.fetchConversationAudio(QStringLiteral("conv_unknown"), [&](auto r, const QString &) {
            missing = r.error;
            done = true;
        });
        QVERIFY(test::waitFor([&] { return done; }, 5000));
        QVERIFY(missing.contains(QStringLiteral("no audio")));
    }

    /// Issue 15 §1: concurrent calls spread over the shards (call ids name their shard), each
    /// carried whole on its own: audio both ways, transcript, its status callbacks.
    void callsSpreadOverShards()
    {
        const int k = m_box.engine->shardCount();
        QCOMPARE(k, qEnvironmentVariableIntValue("PATCHLINE_SHARDS") > 0
                        ? qEnvironmentVariableIntValue("PATCHLINE_SHARDS")
                        : QThread::idealThreadCount());
        m_box.updates.clear();
        QSignalSpy placed(m_box.engine.get(), &engine::Engine::sandboxCallPlaced);
        QSignalSpy finished(m_box.engine.get(), &engine::Engine::sandboxCallFinished);
        const int calls = 4;
        for (int i = 0; i < calls; ++i)
            m_box.engine->placeSandboxCall(sim::Scenario::load(3000));
        QVERIFY(test::waitFor([&] { return finished.size() == calls; }, 30000));
        QSet<quint64> shards;
        for (const QList<QVariant> &p : std::as_const(placed)) {
            const QString sid = p.first().toString();
            QVERIFY(test::waitFor(
                [&] {
                    return m_box.last(sid).state == bridge::CallState::Ended &&
                           m_box.last(sid).twilioStatus == u"completed";
                },
                10000));
            const bridge::CallSnapshot s = m_box.last(sid);
            QVERIFY2(!s.failed, qPrintable(s.endReason));
            QVERIFY(s.callerFrames > 100);
            QVERIFY(s.agentChunks > 0);
            shards.insert((s.id - 1) % quint64(k));
        }
        QCOMPARE(int(shards.size()), std::min(k, calls)); // every shard carried calls
    }

    void operatorHangupClosesBothSides()
    {
        m_box.updates.clear();
        QSignalSpy placed(m_box.engine.get(), &engine::Engine::sandboxCallPlaced);
        QSignalSpy finished(m_box.engine.get(), &engine::Engine::sandboxCallFinished);
        m_box.engine->placeSandboxCall(sim::Scenario::demo());
        QVERIFY(placed.wait(5000));
        const QString sid = placed.first().first().toString();
        quint64 id = 0;
        QVERIFY(test::waitFor(
            [&] {
                for (const auto &u : m_box.updates)
                    if (u.snapshot.callSid == sid && u.snapshot.state == bridge::CallState::Live)
                        id = u.snapshot.id;
                return id != 0;
            },
            10000));
        QTest::qWait(1500);
        m_box.engine->hangup(id);
        QVERIFY(finished.wait(10000));
        QVERIFY(test::waitFor([this] { return finalSnapshot().id != 0; }, 5000));
        QCOMPARE(finalSnapshot().endReason, QStringLiteral("operator hung up"));
        sim::CarrierCallResult carrier;
        sim::AgentConversationResult agent;
        QVERIFY(test::waitFor(
            [&] {
                results(sid, carrier, agent);
                return agent.finished;
            },
            5000));
        QVERIFY(carrier.bridgeClosedFirst); // the bridge closed the Twilio stream
        QVERIFY(!carrier.stopSent);
        QCOMPARE(carrier.closeCode, 1000);
        QCOMPARE(agent.closeCode, 1000); // and the agent conversation
    }

    /// Issue 4 §4: the operator mutes the agent: a `clear` stops what was queued, no agent
    /// audio reaches the caller while muted (the agent keeps talking), unmuting lets it
    /// through again; no dead-air alarm for the silence the operator chose.
    void operatorMutesTheAgent()
    {
        m_box.updates.clear();
        QSignalSpy placed(m_box.engine.get(), &engine::Engine::sandboxCallPlaced);
        m_box.engine->placeSandboxCall(sim::Scenario::demo());
        QVERIFY(placed.wait(5000));
        const QString sid = placed.first().first().toString();
        // Mute during the greeting.
        QVERIFY(test::waitFor([&] { return m_box.last(sid).agentChunks >= 3; }, 15000));
        const quint64 id = m_box.last(sid).id;
        m_box.engine->setAgentMuted(id, true);
        QVERIFY(test::waitFor([&] { return m_box.last(sid).agentMuted; }, 5000));
        const qint64 sentBefore = m_box.last(sid).agentChunks;
        sim::CarrierCallResult carrier;
        sim::AgentConversationResult agent;
        QVERIFY(test::waitFor(
            [&] {
                results(sid, carrier, agent);
                return carrier.clearsReceived == 1;
            },
            5000));
        // The agent keeps talking; none of it is sent on.
        QVERIFY(test::waitFor([&] { return m_box.last(sid).agentChunksMuted >= 3; }, 15000));
        QCOMPARE(m_box.last(sid).agentChunks, sentBefore);
        QVERIFY(m_box.events(sid, QStringLiteral("info"))
                    .filter(QStringLiteral("muted the agent"))
                    .size() == 1);
        // Unmuted: the agent's next reply reaches the caller again.
        m_box.engine->setAgentMuted(id, false);
        QVERIFY(test::waitFor([&] { return !m_box.last(sid).agentMuted; }, 5000));
        QVERIFY(test::waitFor([&] { return m_box.last(sid).agentChunks > sentBefore; }, 30000));
        // Alarms while muted are unit-tested in tst_alarms (mutingTheAgentIsNotDeadAir,
        // mutedGreetingIsNotAgentSilent): this mute is far shorter than their thresholds.
        m_box.engine->hangup(id);
        QVERIFY(test::waitFor([&] { return m_box.last(sid).state == bridge::CallState::Ended; },
                              10000));
    }

    /// Issue 18: muting counted as a barge-in. Muted mid-reply, the caller hears silence and
    /// takes its turn; the agent stops the reply nobody heard (an `interruption`). That is
    /// not a barge-in: the count stays, no line is struck, an info event says what happened.
    void muteIsNotABargeIn()
    {
        m_box.updates.clear();
        QSignalSpy placed(m_box.engine.get(), &engine::Engine::sandboxCallPlaced);
        m_box.engine->placeSandboxCall(sim::Scenario::demo());
        QVERIFY(placed.wait(5000));
        const QString sid = placed.first().first().toString();
        // The scripted barge-in, then the agent's answer to it: mute once the caller heard
        // some of that answer (its next step waits for 500 ms of quiet).
        QVERIFY(test::waitFor([&] { return m_box.last(sid).bargeIns == 1; }, 45000));
        const qint64 chunksAtBargeIn = m_box.last(sid).agentChunks;
        QVERIFY(test::waitFor([&] { return m_box.last(sid).agentChunks >= chunksAtBargeIn + 8; },
                              15000));
        const quint64 id = m_box.last(sid).id;
        m_box.engine->setAgentMuted(id, true);
        QVERIFY(test::waitFor(
            [&] {
                return !m_box.events(sid, QStringLiteral("info"))
                            .filter(QStringLiteral("while muted"))
                            .isEmpty();
            },
            20000));
        QCOMPARE(m_box.last(sid).bargeIns, 1);
        QCOMPARE(m_box.events(sid, QStringLiteral("barge-in")).size(), 1);
        m_box.engine->hangup(id);
        QVERIFY(test::waitFor([&] { return m_box.last(sid).state == bridge::CallState::Ended; },
                              10000));
    }

    void cleanupTestCase() { m_box.stop(); }
};

QTEST_GUILESS_MAIN(TestSandboxCall)
#include "tst_sandboxcall.moc"
