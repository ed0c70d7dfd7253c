#pragma once

#include "bridge/Bridge.h"
#include "call/CallTypes.h"
#include "elevenlabs/RestClient.h"
#include "preflight/Preflight.h"
#include "settings/Config.h"
#include "sim/Scenario.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QThread>

#include <vector>

#include <functional>
#include <memory>
#include <optional>

namespace patchline::store {
class Storage;
}
namespace patchline::sim {
class Sandbox;
}
namespace patchline::cluster {
class ClusterWatch;
class MonitorHub;
} // namespace patchline::cluster

namespace patchline::bridge {
class ShardRegistry;
class WebhookFront;
} // namespace patchline::bridge

namespace patchline::engine {

/// The composition root (issue 15 §4: outside bridge/, which it builds on). Puts Patchline's
/// threads together (design.md "Threads", issue 15): K bridge shard threads
/// (Bridge; each call entirely on one), the HTTP front's thread (WebhookFront: webhooks,
/// limits, signatures, upgrades handed to the shards), the storage thread (SQLite and WAV),
/// and in sandbox mode the sandbox thread (simulated carrier and agent, measured apart).
/// The GUI or the headless runner talks to it from the thread that created it; updates
/// from every shard arrive there queued, at ≤ 30 Hz.
class Engine : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        settings::BridgeConfig config;
        bool sandbox = false;
        bool keepSandboxAudio = false; ///< tests: keep all audio the sim parties exchanged
        int sandboxPingIntervalMs = 2000;
        /// Audio formats the sandbox agent announces (reference/elevenlabs.md §4).
        QString sandboxAgentInputFormat = QStringLiteral("ulaw_8000");
        QString sandboxAgentOutputFormat = QStringLiteral("ulaw_8000");
        QStringList sandboxAgentRequiredVariables; ///< {{vars}} the sandbox agent needs
        /// What the sandbox's REST-created calls follow (tests: short calls); demo when unset.
        std::optional<sim::Scenario> sandboxOutboundScenario;
        /// Creates the "Test agent" line's audio device, on the bridge thread. Null = the
        /// configured microphone and speakers (audio::QtAudioDevice). Tests pass a fake.
        std::function<audio::AudioDevice *()> audioDevice;
        /// A console (issue 20 §3): on a PostgreSQL store with a monitor token, the live
        /// calls of every other node are shown too (cluster::ClusterWatch).
        bool watchCluster = false;
    };

    explicit Engine(const Options &options, QObject *parent = nullptr);
    ~Engine() override; ///< ends calls, stops threads

    /// Starts the threads and the server. Blocks briefly (thread start-up only); call it
    /// before entering the event loop. Returns false with `error` naming the problem.
    bool start(QString *error);

    quint16 port() const { return m_port; }
    /// After start() failed: the settings section that can mend it ("database" when the
    /// call database refused us, else "server").
    QString startErrorSection() const { return m_startErrorSection; }
    /// Why the call database could not be used at start (empty when it opened).
    QString storeError() const { return m_storeError; }
    const settings::BridgeConfig &config() const { return m_options.config; }
    bool isSandbox() const { return m_options.sandbox; }
    store::Storage *storage() const { return m_storage.get(); }
    /// The sandbox (lives on the sandbox thread; use it with queued/blocking invokes).
    sim::Sandbox *sandbox() const { return m_sandbox; }

    /// Places a sandbox call (sandbox mode only). The CallSid arrives via sandboxCallPlaced.
    void placeSandboxCall(const sim::Scenario &scenario = sim::Scenario::demo());
    /// Ends a call as the operator (a call on another node too: its node ends it).
    void hangup(quint64 callId);
    /// The calls the console shows in full now (selected, on the wall): calls on other
    /// nodes among them get 30 Hz updates with levels, the rest summaries (issue 20 §3).
    void watchCalls(const QSet<quint64> &callIds);
    /// Other nodes whose live calls this console shows now (0 when not watching a cluster).
    /// Never blocks.
    int watchedNodes() const;
    /// The recording of a call held by another node (store::HistoryRow::node; `path` on that
    /// node's disk): copied into `<dataDir>/cluster-recordings/` over the node's
    /// authenticated `/recordings` route (cluster::ClusterWatch::fetchRecording). `done(local
    /// path, error)` runs on `context`'s thread; a `path` that exists here is answered at once.
    void fetchRecording(const QString &node, const QString &path, QObject *context,
                        std::function<void(const QString &local, const QString &error)> done);
    /// True when this console watches a cluster (PostgreSQL store and a monitor token).
    bool watchesCluster() const { return m_watch != nullptr; }
    /// Operator action: the caller stops (true) or starts again (false) hearing the agent
    /// of call `callId`; the agent keeps listening (CallSession::setAgentMuted). The
    /// snapshot's agentMuted confirms it.
    void setAgentMuted(quint64 callId, bool muted);
    /// Listen-in (issue 4 §4): plays call `callId` (0 = stop) on the configured speakers:
    /// `mix` 0 both sides, 1 caller, 2 agent; `volume` 0–1. The outcome arrives through
    /// listenInChanged().
    void listenIn(quint64 callId, int mix = 0, double volume = 0.8);
    /// Bytes listen-in has played (blocks until the bridge thread answers; tests).
    qint64 listenInBytes() const;
    /// Starts a "Test agent" call: the operator's microphone and speakers straight to the
    /// agent through the bridge (Bridge::startTestLine). The outcome arrives through
    /// testAgentStarted().
    void startTestAgent(const phone::TestLineRequest &request);
    /// Starts a replay call (reference/operators.md §4 row 38): the caller track (left
    /// channel) of the recording at `recordingPath` is played at real-time pace to `agentId`
    /// (empty = the default agent) through the bridge, as a Test agent call with no phone;
    /// the call hangs up when the track ends. `label` names the original (its CallSid) in
    /// the call's From. The file is read on a worker thread. The outcome arrives through
    /// replayStarted(); a missing or unreadable file is an error there, not a call.
    void startReplay(const QString &recordingPath, const QString &agentId, const QString &label);
    /// The same, with the outcome to `done(callId, error)` on `context`'s thread instead of
    /// replayStarted() (not called when `context` is gone). Regression suites start their
    /// cases this way (engine::SuiteRunner).
    void startReplay(const QString &recordingPath, const QString &agentId, const QString &label,
                     QObject *context,
                     std::function<void(quint64 callId, const QString &error)> done);

    /// Lists the ElevenLabs agents this key can reach (REST, on the bridge thread); the
    /// answer arrives through agentsListed().
    void requestAgents();
    /// Fetches one agent's telephony details; the answer arrives through agentDetails(), whose
    /// `details.agentId` is `agentId` even on errors.
    void requestAgentDetails(const QString &agentId);
    /// Lists the newest conversations of `agentId` (ElevenLabs' own records); the answer
    /// arrives through conversationsListed().
    void requestConversations(const QString &agentId);
    /// Fetches one conversation record (transcript, analysis, cost): conversationFetched().
    void requestConversation(const QString &conversationId);
    /// Downloads a conversation's audio into `path` (written on the storage thread); the
    /// outcome arrives through conversationAudioSaved().
    void saveConversationAudio(const QString &conversationId, const QString &path);
    /// Bridges new calls to `agentId` (does not affect calls already live).
    void setDefaultAgent(const QString &agentId);
    /// Calls the shards hold now, ending ones included (Bridge::sessionCounter()); any
    /// thread, never blocks.
    int sessions() const;
    /// While `on`, new inbound calls are answered with a short message and hung up; live
    /// calls go on (WebhookFront::setDraining). Blocks until the front thread has applied it,
    /// so a webhook after the return sees it. GUI/main thread.
    void setDraining(bool on);

    /// Places an outbound call through Twilio's REST API (the sandbox carrier's in sandbox
    /// mode). The outcome arrives through dialed().
    void dial(const bridge::DialRequest &request);
    /// The same, with the outcome to `done` on `context`'s thread (not called when `context`
    /// is gone): CallSid, or the error, whether it may hide a created call, a 429's
    /// Retry-After (bridge::DialOutcome). The campaign runner dials this way.
    void dial(const bridge::DialRequest &request, QObject *context,
              std::function<void(const bridge::DialOutcome &)> done);
    /// Twilio's newest calls from `from` to `to` (twilio::RestClient::listCalls); `done` on
    /// `context`'s thread.
    void listTwilioCalls(
        const QString &to, const QString &from, QObject *context,
        std::function<void(const twilio::TwilioResult<QList<twilio::CallResource>> &)> done);
    /// One call's record from Twilio (twilio::RestClient::fetchCall); `done` on `context`'s
    /// thread.
    void
    fetchTwilioCall(const QString &callSid, QObject *context,
                    std::function<void(const twilio::TwilioResult<twilio::CallResource> &)> done);

    /// Reads the Twilio account (type Trial/Full) and its voice numbers; the answers arrive
    /// through accountRead() and numbersListed().
    void requestTwilioAccount();

    /// A pre-flight request for the running configuration (sandbox credentials in sandbox
    /// mode; the public URL is required only with real accounts).
    preflight::Request preflightRequest() const;
    /// Runs the pre-flight check on the bridge thread with `request` (a candidate
    /// configuration is fine). The self-test always targets this running process: its port
    /// and instance key replace the request's. Returns the run's id; the answer arrives
    /// through preflightFinished() with that id. Runs are independent of each other.
    quint64 runPreflight(preflight::Request request);

    /// Sandbox mode: the base URL of the simulated Twilio REST API (empty otherwise). Its
    /// account is AC000…0 and its Auth Token the one the bridge verifies webhooks with.
    QString sandboxTwilioApiBase() const;

    /// Figures of the bridge shards, summed (blocks until each shard thread answers).
    bridge::BridgeStats bridgeStats() const;
    /// Number of bridge shard threads running.
    int shardCount() const { return int(m_shards.size()); }
    /// CPU time of the sandbox thread, ns (blocks until it answers).
    qint64 sandboxCpuNs() const;
    /// Sandbox mode: starts hostile HTTP clients against our own port (isolation benchmark,
    /// sim::Abuser), on the sandbox thread.
    void startAbuse();
    /// What those clients saw ("abuse k=v …"; blocks until the sandbox thread answers).
    QString abuseFigures() const;

signals:
    void updates(const QList<patchline::bridge::CallUpdate> &batch);
    void log(const QString &line);
    void sandboxCallPlaced(const QString &callSid);
    void sandboxCallFinished(const QString &callSid);
    /// The bridge thread's CPU load, % of one core, about once a second.
    void bridgeCpuLoad(double percent);
    /// Listen-in now plays `callId` (0: stopped); `error` says why it could not start.
    void listenInChanged(quint64 callId, const QString &error);
    /// startTestAgent() finished: the new call's id, or 0 and why (no microphone, …).
    void testAgentStarted(quint64 callId, const QString &error);
    /// startReplay() finished for `label` (as given to it): the replay call's id, or 0 and
    /// why (file missing, …).
    void replayStarted(quint64 callId, const QString &label, const QString &error);
    /// A dial() finished: `callSid` on success, else `error` explains (Twilio code, fix).
    void dialed(const QString &callSid, const QString &error);
    void accountRead(const QString &friendlyName, const QString &type, const QString &error);
    void numbersListed(const QStringList &numbers, const QString &error);
    void agentsListed(const QList<patchline::elevenlabs::AgentSummary> &agents,
                      const QString &error);
    void agentDetails(const patchline::elevenlabs::AgentDetails &details, const QString &error);
    /// A Twilio request failed its signature check (Bridge::signatureRefused).
    void signatureRefused(const QString &path, const QString &reason);
    void conversationsListed(const QString &agentId,
                             const QList<patchline::elevenlabs::ConversationSummary> &list,
                             const QString &error);
    void conversationFetched(const patchline::elevenlabs::ConversationDetails &details,
                             const QString &error);
    void conversationAudioSaved(const QString &path, const QString &error);
    void preflightFinished(quint64 runId, const QList<patchline::preflight::CheckLine> &lines);

private:
    Options m_options;
    QString m_startErrorSection = QStringLiteral("server");
    QString m_storeError;
    QTimer *m_heartbeat = nullptr; ///< child; named nodes only (issue 20 §2)
    bool m_draining = false;
    bool m_heartbeatFailing = false; ///< said once until it works again
    /// Heartbeats written without a break since (invalid after a failed one). The janitor
    /// runs only after a whole lease of them: after a database outage every node's heartbeat
    /// is old, and the first node back must not close the others' calls.
    QElapsedTimer m_beatingSince;
    /// A named node's heartbeat and lease janitor round (on the storage thread); `state`
    /// overrides "up"/"draining" ("stopped" at the end).
    void heartbeat(const QString &state = {});
    std::unique_ptr<store::Storage> m_storage;
    /// The shard owning call `id` (Bridge::configureShard): (id − 1) mod K.
    bridge::Bridge *shardOf(quint64 callId) const;
    /// A shard for a call the Engine starts itself (Test agent, replay): round robin.
    bridge::Bridge *nextShard();

    std::vector<std::unique_ptr<QThread>> m_shardThreads;
    QList<bridge::Bridge *> m_shards;                  ///< one per shard thread
    std::unique_ptr<bridge::ShardRegistry> m_registry; ///< CallSid → shard, shared with the front
    QList<double> m_shardLoad;                         ///< last CPU % each shard reported
    QThread m_frontThread;
    QThread m_sandboxThread;
    bridge::Bridge *m_bridge = nullptr;      ///< shard 0: REST clients, dial, pre-flight
    bridge::WebhookFront *m_front = nullptr; ///< lives on m_frontThread
    int m_nextShard = 0;
    quint64 m_listenInCall = 0;               ///< the call listen-in plays (0 none)
    sim::Sandbox *m_sandbox = nullptr;        ///< lives on m_sandboxThread
    cluster::MonitorHub *m_hub = nullptr;     ///< child of m_front (monitor token set)
    cluster::ClusterWatch *m_watch = nullptr; ///< lives on m_clusterThread (watchCluster)
    QThread m_clusterThread;
    QTimer *m_nodesPoll = nullptr; ///< child: lists the nodes for m_watch
    /// The cluster watch (issue 20 §3), after the front listens.
    void startClusterWatch();
    /// What the monitor hub may do to this node's calls (thread-safe; shard invokes).
    void wireMonitorRoutes();
    quint64 m_nextPreflight = 1;
    quint16 m_port = 0;
};

} // namespace patchline::engine
