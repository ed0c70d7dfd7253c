#pragma once

#include "audio/CallTimeline.h"
#include "bridge/Alarms.h"
#include "bridge/CallRecorder.h"
#include "bridge/OutboundPacing.h"
#include "bridge/PlayoutTracker.h"
#include "bridge/ReadWatch.h"
#include "bridge/TurnTracker.h"
#include "call/CallTypes.h"
#include "call/Stats.h"
#include "elevenlabs/AgentClient.h"
#include "server/MessageSocket.h"
#include "twilio/MediaGate.h"
#include "twilio/MediaStream.h"
#include "twilio/StatusCallback.h"
#include "twilio/StatusSequencer.h"

#include <QByteArray>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <deque>
#include <memory>
#include <vector>

class QNetworkAccessManager;

namespace patchline::audio {
class AudioConverter;
}
namespace patchline::store {
class Storage;
}

namespace patchline::bridge {

class ListenIn;

/// What the voice webhook told us about a call before its stream connected
/// (reference/twilio.md §3.7).
struct WebhookInfo
{
    QString callSid;
    QString accountSid;
    QString from;
    QString to;
    QString direction;
    QString agentId;
    QString answeredBy; ///< AMD result when the call was placed with MachineDetection
    /// The <Parameter>s our TwiML gave the stream (agent_id, from, to, direction, variables):
    /// what the call runs with, whatever the stream's `start` claims (issue 16 §1).
    QList<QPair<QString, QString>> parameters;
};

/// Shared, bridge-thread-wide services a session uses. Owned by Bridge.
struct SessionContext
{
    QNetworkAccessManager *nam = nullptr;
    store::Storage *storage = nullptr; ///< may be null (no recording, no call log)
    elevenlabs::AgentEndpoint agent;   ///< default agent and credentials
    bool record = true;
    bool convertFormats = true; ///< convert when the agent is not ulaw_8000 (else end the call)
    LatencyHistogram *callerToAgent = nullptr; ///< per-frame time inside the bridge
    LatencyHistogram *agentToCaller = nullptr;
    AlarmThresholds alarms;
    ListenIn *listenIn = nullptr; ///< the operator's listen-in, fed 200 ms blocks
    bool liveView = true;         ///< keep levels and wire rows for a console (else drop them)
};

/// One bridged call: a Twilio Media Streams socket on one side, an ElevenLabs ConvAI
/// conversation on the other (design.md "frame path"). Explicit states (CallState) and a
/// reason for ending. Every end signal — Twilio `stop`, either socket closing, a terminal
/// status callback, an agent close, an operator hang-up — goes through end(), which is
/// idempotent and closes the other side (reference/twilio.md §1.5, elevenlabs.md §1.4).
///
/// Caller → agent: each 20 ms `media` payload is forwarded as `user_audio_chunk` without
/// re-encoding (`ulaw_8000`, elevenlabs.md §2.2). Agent → caller: each `audio` event is
/// sent as Twilio `media` followed by a `mark`; on `interruption` a `clear` goes out at once
/// and later audio with `event_id` ≤ the interrupted id is dropped (elevenlabs.md §5).
///
/// The rules it applies live in pure parts with their own tests: TurnTracker (turn
/// latency), OutboundPacing (playout lead, underruns), PlayoutTracker (mark echoes: what
/// the caller heard), AlarmMonitor, twilio::StatusSequencer (callback order),
/// audio::FormatPlan (format negotiation), CallRecorder (recording, wire log, listen-in).
///
/// Lives on the bridge thread. The steady path reuses its buffers.
class CallSession : public QObject, private server::MessageSocket::TextSink, private RecordingSink
{
    Q_OBJECT
public:
    /// A session created by the voice webhook, waiting for its stream.
    CallSession(quint64 id, const WebhookInfo &info, const SessionContext &ctx,
                QObject *parent = nullptr);
    /// A session created by a Media Streams connection; takes ownership of `twilio`.
    CallSession(quint64 id, server::MessageSocket *twilio, const SessionContext &ctx,
                QObject *parent = nullptr);
    ~CallSession() override;

    /// Where the session's stream parameters come from (issue 16 §1).
    enum class Origin {
        Webhook,     ///< our voice webhook decided agent and variables (trusted)
        Unsolicited, ///< a stream no webhook announced: default agent, parameters ignored
        Local,       ///< a Test agent or replay line inside this process (trusted)
    };
    Origin origin() const { return m_origin; }
    /// Marks a session whose stream is ours (TestLine, replay): its `start` parameters count.
    void markLocal() { m_origin = Origin::Local; }
    /// The `token` parameter of the stream's `start` (empty before `start`).
    QString streamToken() const;
    /// Refuses this stream (issue 16 §1): closes the Twilio socket with 1008 before any
    /// agent is contacted and ends the session as failed with `why`. The CallSid the stream
    /// claimed is not kept (the row must not pose as that call).
    void refuseStream(const QString &why);

    /// Takes over a stream session's socket and state for this (webhook) session's call:
    /// used when `start` names a CallSid we answered a webhook for.
    void adoptStream(CallSession *streamSession);

    /// Ends the call (idempotent). `reason` is shown to the operator and stored. Closes
    /// both sockets; the session then waits for each to report its end (finished()), up to
    /// AlarmThresholds::unpairedCloseMs, after which "unpaired end" is raised and the
    /// socket dropped (reference/operators.md C8).
    void end(const QString &reason);
    /// Operator action (issue 4 §4): while muted, agent audio is not sent to the caller
    /// (counted in agentChunksMuted); muting sends a `clear` so queued agent speech stops at
    /// once (reference/twilio.md §1.3). The agent keeps listening and talking.
    void setAgentMuted(bool muted);
    /// Keeps waveform levels for the updates (a console watches) or drops them (headless).
    void setLiveView(bool on) { m_ctx.liveView = on; }

    quint64 id() const { return m_snap.id; }
    /// True when the agent side closed with a code other than 1000 (or failed to start).
    bool agentFailed() const { return m_agentFailed; }
    CallState state() const { return m_snap.state; }
    const CallSnapshot &snapshot() const { return m_snap; }
    /// Moves what changed since the last call into `out`; false when nothing changed.
    bool takeUpdate(CallUpdate &out);
    /// Keepalive (called about once a second by the bridge, `nowNs` monotonic). Each open
    /// side gets a WebSocket ping about every `idleMs`/2 while none is outstanding
    /// (ReadWatch). A side silent for `deadMs` (no message, no pong) is dead: the call ends;
    /// a dead peer is found within seconds, not at TCP timeout. A side whose ping stays
    /// unanswered for `idleMs` while it keeps sending reads late: alarm "agent not reading"
    /// or "Twilio not reading"; unanswered for `deadMs`, it stopped reading: the call ends
    /// as failed, naming the side (issue 16 §10).
    void keepalive(qint64 nowNs, int idleMs, int deadMs);
    /// Feeds a Twilio call status callback (reference/twilio.md §3.8): duplicates are
    /// dropped, late ones are noted without moving the status back, terminal ones end the
    /// call.
    void statusCallback(const twilio::StatusCallback &cb);

signals:
    /// `start` arrived and named this call (the bridge indexes sessions by CallSid).
    void identified(quint64 id, const QString &callSid);
    /// end() ran: the final snapshot is set (sockets may still be closing).
    void ended(quint64 id);
    /// After ended(): both sockets reported closed, or were dropped; the session may go.
    void finished(quint64 id);

private:
    void attachTwilio(server::MessageSocket *socket);
    /// A Twilio message (MessageSocket::TextSink, direct call on the frame path).
    void onSocketText(QByteArrayView utf8) override;
    void onTwilioText(const QString &text);
    void onTwilioClosed(int code, const QString &reason);
    void onStart();
    /// One caller frame: `payload` is its base64 μ-law (Twilio's bytes, forwarded as is).
    void onMedia(QByteArrayView payload, qint64 chunk);
    /// Sends one caller frame to the agent, converted when its input format needs it.
    /// `base64` is Twilio's payload when it can be passed through (may be null).
    void forwardCaller(const QByteArray &mulaw, QByteArrayView base64);
    void startAgent(const QMap<QString, QVariant> &dynamicVariables,
                    const elevenlabs::ConversationOverrides &overrides);
    void onAgentReady(const QString &conversationId, const QString &in, const QString &out);
    void onAgentAudio(const QString &base64, qint64 eventId);
    void onInterruption(qint64 eventId);
    void onMarkEcho(const QString &name);
    void onAgentClosed(int code, const QString &reason, const QString &errorType,
                       const QString &errorMessage);
    void setState(CallState s);
    void addEvent(const QString &kind, const QString &text);
    void addLine(TranscriptLine::Role role, const QString &text, qint64 offsetMs);
    // RecordingSink: the recorder's output to the storage thread and listen-in.
    void appendWireLog(const QList<WireEntry> &entries) override;
    void appendRecording(const QByteArray &stereoPcm16) override;
    bool listening() const override;
    void listen(std::span<const std::int16_t> stereo) override;
    /// Notes one message for the wire log and the wire inspector (CallRecorder).
    void wire(bool agentSide, bool incoming, const QString &type, int bytes, qint64 seq = -1,
              qint64 chunk = -1, qint64 eventId = -1, const QString &detail = {});
    /// Adds a warning once per `key`; at most kMaxWarnings distinct ones per call, then one
    /// line saying further warnings are suppressed (issue 16 §3: a hostile peer cannot fill
    /// the timeline).
    void warnOnce(const QString &key, const QString &text);
    /// A `media` message the gate refused: counted, warned once per kind, alarmed when
    /// faster than real time.
    void rejectMedia(twilio::InboundMediaGate::Verdict verdict, qint64 chunk, qsizetype bytes);
    /// Sends Twilio a `clear` and forgets queued agent audio (barge-in, mute); returns the
    /// ms of agent audio that were still queued in the recording timeline.
    qint64 sendClear(qint64 eventId);
    /// After end(): a socket reported closed; emits finished() once both have.
    void onSocketGone(const QString &side);
    void checkFinished();
    /// Call time for events after the end (the frame clock stops with the stream), ms.
    qint64 closingMs() const;
    /// Turns alarm changes into events and the snapshot's active list.
    void pollAlarms();
    qint64 nowMs() const;

    SessionContext m_ctx;
    QPointer<server::MessageSocket> m_twilio;
    elevenlabs::AgentClient *m_agent = nullptr;
    WebhookInfo m_info;
    Origin m_origin = Origin::Webhook;
    int m_twilioCloseCode = 1000; ///< what end() closes the Twilio socket with
    CallSnapshot m_snap;
    bool m_changed = true;
    bool m_started = false;
    bool m_agentFailed = false;
    twilio::StatusSequencer m_status;
    twilio::InboundMediaGate m_gate;
    bool m_agentFormatOk = false;
    bool m_twilioDown = false; ///< the Twilio socket reported closed
    bool m_finished = false;
    qint64 m_endedWallMs = -1; ///< nowMs() at end()
    qint64 m_endedCallMs = 0;  ///< call time at end()
    OutboundPacing m_pacing;
    qint64 m_lastInterruptId = -1;
    qint64 m_lastAgentLineMs = -1; ///< offset of the newest agent transcript line
    qint64 m_callerOnsetMs = -1;   ///< start of the caller's current turn
    int m_callerQuietFrames = 1000;
    qint64 m_startNs = 0;
    qint64 m_twilioRxNs = 0; ///< last message or pong from Twilio
    ReadWatch m_twilioReads; ///< does Twilio read what we send? (keepalive pings)
    ReadWatch m_agentReads;  ///< … and the agent?
    audio::CallTimeline m_timeline;
    AlarmMonitor m_alarms;
    TurnTracker m_turns;
    LatencyHistogram m_jitter; ///< inbound frame arrival deviation from 20 ms
    qint64 m_lastFrameNs = 0;
    twilio::StreamMessage m_msg;
    QByteArray m_frame;           ///< decoded μ-law of the current frame
    QByteArray m_b64;             ///< copy of a base64 payload, decoded in place
    QByteArray m_b64Text;         ///< the payload of a media message that took the slow path
    QString m_out;                ///< outgoing message buffer
    QList<QByteArray> m_preAgent; ///< caller μ-law frames received before the agent was ready
    std::unique_ptr<audio::AudioConverter> m_toAgent;  ///< null when the agent takes ulaw_8000
    std::unique_ptr<audio::AudioConverter> m_toCaller; ///< null when the agent sends ulaw_8000
    QByteArray m_conv;
    PlayoutTracker m_playout;
    QList<audio::LevelPair> m_levels;
    QList<TranscriptLine> m_lines;
    QList<CallEvent> m_events;
    CallRecorder m_recorder;
    QStringList m_warned;
};

} // namespace patchline::bridge
