#pragma once

#include "bridge/CallSession.h"
#include "bridge/ListenIn.h"
#include "bridge/WebhookDecisions.h"
#include "call/CallTypes.h"
#include "call/Stats.h"
#include "phone/TestLine.h"
#include "server/HttpServer.h"
#include "settings/Config.h"
#include "twilio/RestClient.h"
#include "twilio/StatusCallback.h"
#include "twilio/StatusSequencer.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QThread>
#include <QTimer>

#include <atomic>

#include <functional>

class QNetworkAccessManager;

namespace patchline::server {
class MessageSocket;
struct WebSocketHandoff;
} // namespace patchline::server

namespace patchline::elevenlabs {
class RestClient;
}
namespace patchline::twilio {
class RestClient;
}
namespace patchline::store {
class Storage;
}

namespace patchline::bridge {

class CallEnricher;
class ShardRegistry;
class WebhookFront;

/// Figures of the bridge thread, for the load benchmark and the status bar.
struct BridgeStats
{
    LatencyHistogram callerToAgent;
    LatencyHistogram agentToCaller;
    qint64 threadCpuNs = 0;
    int liveCalls = 0;
    int endedCalls = 0;
    qint64 callerFrames = 0;
    qint64 agentChunks = 0;
    qint64 agentChunksDropped = 0;
};

/// One bridge shard (design.md "frame path", issue 15 §1): owns the CallSessions of its
/// calls — both sockets, converters, timers — decides the voice webhook's TwiML
/// `<Connect><Stream>` (reference/twilio.md §3.7, §2.3), applies status callbacks (§3.8),
/// adopts upgraded Media Streams connections, and publishes CallUpdate batches (≤ 30 Hz with a
/// console, 4 Hz headless). What reaches it has been bounded and signature-checked by WebhookFront
/// on the HTTP thread; what an ended call learns later (price, termination reason, a late status)
/// is CallEnricher's. The Engine runs K of these (startShard()); start() runs one standalone with a
/// front of its own (tests, tools).
///
/// Lives on its shard thread: construct it anywhere, move it there, then call start() or
/// startShard() on that thread. hangup() and setAgentMuted() may be called from any thread.
class Bridge : public QObject
{
    Q_OBJECT
public:
    Bridge(const settings::BridgeConfig &config, store::Storage *storage,
           QObject *parent = nullptr);
    ~Bridge() override;

    /// Standalone: starts the sessions' services and its own HTTP front (WebhookFront on a
    /// thread of its own) for this bridge alone. Returns the port, or 0 with errorString().
    quint16 start();
    /// As one of K shards (issue 15 §1): starts the sessions' services and timers only; the
    /// Engine's WebhookFront hands this shard its calls. Bridge thread.
    bool startShard();
    /// Shard `index` of `count`: call ids of this shard are index+1, index+1+count, … (so
    /// (id − 1) mod count names the shard), and its TwiML points streams at
    /// /twilio/media/<index>. Call before starting.
    void configureShard(int index, int count);
    /// The CallSid → shard registry shared with the front (null when standalone).
    void setRegistry(ShardRegistry *registry);
    /// The port the front listens on, for the URLs this shard builds (TwiML, dial).
    void setListeningPort(quint16 port);
    /// Live calls now (updated by publish(), ≤ 30 Hz), readable from any thread.
    const std::atomic<int> *liveCallCounter() const { return &m_liveCalls; }
    /// Sessions that exist now, ending ones included (sockets and recording still closing),
    /// updated as they are created and dropped; readable from any thread. 0 = nothing left
    /// to finish (a drain, issue 17 §4).
    const std::atomic<int> *sessionCounter() const { return &m_sessionCount; }
    QString errorString() const { return m_error; }
    const settings::BridgeConfig &config() const { return m_config; }

    /// Ends a call as the operator (thread-safe; queued to the bridge thread).
    void hangup(quint64 callId, const QString &reason);
    /// Mutes or unmutes the agent towards the caller (CallSession::setAgentMuted;
    /// thread-safe, queued to the bridge thread).
    void setAgentMuted(quint64 callId, bool muted);
    /// Ends every call (shutdown). Bridge thread only.
    void endAll(const QString &reason);

    /// The ElevenLabs REST client of the bridge thread (agents, conversations).
    elevenlabs::RestClient *rest() const { return m_rest; }
    /// Places an outbound call through Twilio's REST API (bridge thread). `done` gets the
    /// CallSid or an error in operator words (error code explained), whether the error may
    /// hide a created call, and a 429's Retry-After (DialOutcome).
    void dial(const DialRequest &request, std::function<void(const DialOutcome &)> done);
    /// Twilio's newest calls from `from` to `to` (a campaign resolving an unsure create,
    /// issue 19); bridge thread. `done` runs on the bridge thread.
    void listTwilioCalls(
        const QString &to, const QString &from,
        std::function<void(const twilio::TwilioResult<QList<twilio::CallResource>> &)> done);
    /// One call's record from Twilio (a campaign settling a call after a restart).
    void
    fetchTwilioCall(const QString &callSid,
                    std::function<void(const twilio::TwilioResult<twilio::CallResource> &)> done);
    /// The network access manager of the bridge thread (REST calls, pre-flight).
    QNetworkAccessManager *nam() const { return m_nam; }
    /// The Twilio REST client of the bridge thread.
    twilio::RestClient *twilio() const { return m_twilio; }
    /// Points the Twilio REST client elsewhere (the sandbox carrier).
    void setTwilioApi(const QUrl &base, const QString &accountSid, const QByteArray &secret);
    /// Sets the agent new calls are bridged to (bridge thread).
    void setDefaultAgent(const QString &agentId);

    /// Starts a "Test agent" call (issue 6 §9): the operator's microphone and speakers on a
    /// phone::TestLine connected to a new CallSession in this process, no Twilio involved.
    /// `makeDevice` creates the audio device on the bridge thread. `done(callId, error)` runs
    /// on the bridge thread: the new call's id, or 0 and why no call started (no microphone…).
    void startTestLine(const phone::TestLineRequest &request,
                       const std::function<audio::AudioDevice *()> &makeDevice,
                       const std::function<void(quint64 callId, const QString &error)> &done);

    /// Listen-in (issue 4 §4): plays call `callId` (0 = stop) on the output device
    /// `deviceId` (empty = default). `mix` 0 both, 1 caller, 2 agent; `volume` 0–1. Returns
    /// an error (no speaker…) or empty. Bridge thread.
    QString listenIn(quint64 callId, int mix, const QByteArray &deviceId, double volume);
    /// Bytes played by listen-in since it started (tests). Bridge thread.
    qint64 listenInBytes() const;
    /// Feeds call `callId`'s audio blocks (stereo PCM16, 8 kHz, ~200 ms) to `tap` on this
    /// thread (null stops): a console listening in through the monitor socket (issue 20 §3).
    /// A call not live here gets no tap. Bridge thread.
    void tapAudio(quint64 callId, ListenIn::Tap tap);
    /// Removes every tap (before their owner goes away). Bridge thread.
    void clearTaps() { m_listenIn->clearTaps(); }
    /// Keeps levels and 30 Hz updates for a console (true) or the headless 4 Hz (false);
    /// calls live now follow at once. Bridge thread.
    void setLiveView(bool on);

    /// Current figures. Bridge thread only (use a blocking queued call from elsewhere).
    BridgeStats stats() const;

    /// The voice webhook's decision (WebhookFront verified it): TwiML `<Connect><Stream>`
    /// for the call, creating its session (reference/twilio.md §3.7, §2.3). `rawQuery` is
    /// our own webhook URL's query (agent_id, var_*). Bridge thread.
    server::HttpResponse answerVoiceWebhook(const twilio::StatusCallback &webhook,
                                            const QByteArray &rawQuery);
    /// Applies a verified status callback (§3.8) to its call, or keeps it until the call
    /// exists. With `mayHandOver` and a database shared with other nodes, a callback of a call
    /// this node does not hold goes to the node that does (issue 20 §2); false once the store
    /// said no other node owns it, or for a callback handed over to us. Bridge thread.
    void applyStatus(const twilio::StatusCallback &cb, bool mayHandOver);
    /// Takes over an upgraded, signature-checked Media Streams connection. Bridge thread.
    void adoptStream(server::WebSocketHandoff &&handoff);

private:
    ListenIn *m_listenIn = nullptr; ///< child
    qint64 m_loadWallNs = 0;        ///< last CPU-load sample (monotonic ns)
    qint64 m_loadCpuNs = 0;

signals:
    /// CPU used by the bridge thread over the last second, % of one core (about 1 Hz).
    void cpuLoad(double percent);
    /// Changes since the previous batch, one entry per call that changed (≤ 30 Hz).
    void updates(const QList<patchline::bridge::CallUpdate> &batch);
    /// A human-readable log line (never contains a secret).
    void log(const QString &line);
    /// A Twilio request failed its X-Twilio-Signature check (403). `reason` names the URL
    /// that was signed: a wrong public URL is the usual cause (reference/twilio.md §4.2).
    void signatureRefused(const QString &path, const QString &reason);

private:
    void publish();
    void startTimers();
    quint64 nextId();
    QString streamPath() const;
    void onIdentified(quint64 id, const QString &callSid);
    void onEnded(quint64 id);
    void onFinished(quint64 id);
    CallSession *addSession(CallSession *s);
    /// Feeds status callbacks that arrived before the call's session existed, in order.
    void replayEarlyStatus(CallSession *s);

    settings::BridgeConfig m_config;
    store::Storage *m_storage;
    QThread m_httpThread;
    WebhookFront *m_front = nullptr;    ///< lives on m_httpThread
    std::atomic<int> m_liveCalls{0};    ///< for the front's shard choice, written by publish()
    std::atomic<int> m_sessionCount{0}; ///< m_sessions.size(), for sessionCounter()
    QNetworkAccessManager *m_nam = nullptr;
    elevenlabs::RestClient *m_rest = nullptr;
    twilio::RestClient *m_twilio = nullptr;
    SessionContext m_ctx;
    QHash<quint64, CallSession *> m_sessions;
    QHash<QString, quint64> m_bySid;
    QList<CallSession *> m_finished;
    CallEnricher *m_enricher = nullptr;  ///< child: price, termination reason, late status
    twilio::StatusBacklog m_earlyStatus; ///< callbacks that came before their session
    WebhookDecisions m_decisions;        ///< TwiML answered per CallSid, 24 h (replays)
    QByteArray m_streamKey;              ///< HMAC key of the per-call stream tokens
    QTimer m_tick;
    QTimer m_keepalive;
    quint64 m_nextId = 1;
    int m_shardIndex = 0;
    ShardRegistry *m_registry = nullptr;
    int m_shardCount = 1;
    int m_endedCalls = 0;
    struct Totals
    {
        qint64 callerFrames = 0, agentChunks = 0, agentChunksDropped = 0;
    } m_totals; ///< of ended calls
    LatencyHistogram m_callerToAgent;
    LatencyHistogram m_agentToCaller;
    QString m_error;
};

} // namespace patchline::bridge
