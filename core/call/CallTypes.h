#pragma once

// Ground floor (core/call/): the call vocabulary every folder shares. It includes nothing
// of Patchline's but audio/Levels.h (std only). The types keep the patchline::bridge
// namespace for now: their Qt metatype names travel in queued signals (issue 15 §4).

#include "audio/Levels.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace patchline::bridge {

/// Call time as "mm:ss.s" (transcripts, exports).
QString formatOffset(qint64 ms);
/// Call length as "m:ss", or "h:mm:ss" from an hour on.
QString formatDuration(qint64 ms);

/// CallSnapshot::direction of a "Test agent" call (the operator's microphone, no phone).
inline constexpr QStringView kTestDirection = u"test";
/// Direction of a replay call: a recorded caller track fed to an agent (Bridge::startReplay).
inline constexpr QStringView kReplayDirection = u"replay";
/// True for calls that never touch Twilio (Test agent, replay): no price, no REST lookups.
inline bool isLocalCall(QStringView direction)
{
    return direction == kTestDirection || direction == kReplayDirection;
}

/// True when `sid` is a Twilio SID with `prefix` ("CA" a call, "MZ" a stream, "AC" an
/// account): the two letters and 32 lower-case hex digits, 34 characters in all (issue 16
/// §2). Only a SID that passes may name a file or a bundle entry.
inline bool isTwilioSid(QStringView sid, QStringView prefix)
{
    if (sid.size() != 34 || prefix.size() != 2 || !sid.startsWith(prefix))
        return false;
    for (qsizetype i = 2; i < sid.size(); ++i) {
        const char16_t c = sid[i].unicode();
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

/// A string from the network as it may reach a log line, an event row or the UI (issue 16
/// §3): cut to `n` characters (plus "…"), control characters shown as U+FFFD so it stays on
/// one line. Pure.
inline QString boundedRemote(QStringView s, qsizetype n)
{
    QString out = s.size() <= n ? s.toString() : s.left(n).toString() + u'…';
    for (QChar &c : out)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = QChar::ReplacementCharacter;
    return out;
}

/// Life of one call (issue 3 §5). Ending is entered once; Ended is final.
enum class CallState {
    WebhookReceived, ///< voice webhook answered with TwiML, stream not yet connected
    StreamConnected, ///< Twilio Media Streams socket open (`start` may still be pending)
    AgentConnected,  ///< agent WebSocket open, waiting for its metadata
    Live,            ///< audio flows both ways
    Ending,
    Ended,
};

QString stateName(CallState s);

/// One transcript line: who, what, and when (ms since the stream's first caller frame).
struct TranscriptLine
{
    enum class Role { Caller, Agent };
    Role role = Role::Caller;
    qint64 offsetMs = 0;
    QString text;
    bool interrupted = false; ///< the caller barged in while this agent line played
    /// For an interrupted agent line: ms of it the caller heard, from Twilio `mark` echoes
    /// (reference/twilio.md §1.3); -1 when unknown.
    qint64 heardMs = -1;
    /// For an interrupted agent line: ms of its audio sent to Twilio before the `clear`
    /// (with heardMs, the share of the text the caller heard); -1 when unknown.
    qint64 sentMs = -1;
    /// Characters of `text` the caller heard (estimated from heardMs / sentMs, on a word
    /// boundary); -1 when unknown.
    int heardChars() const;
};

/// A notable moment on the call's timeline (state change, barge-in, error, …).
struct CallEvent
{
    qint64 offsetMs = 0;
    /// "state", "barge-in", "turn", "alarm", "alarm-cleared", "error", "warning", "info"
    QString kind;
    QString text;
    // barge-in only:
    qint64 lineOffsetMs = -1; ///< offset of the agent line that was cut
    qint64 heardMs = -1;      ///< how much of it the caller heard
    qint64 yieldMs = -1;      ///< time-to-yield: caller speech onset → `clear` sent
    qint64 sentMs = -1;       ///< agent audio of the cut line sent before the `clear`
    // turn only (offsetMs = first agent audio sent after the caller's turn):
    qint64 latencyMs = -1; ///< caller stopped speaking → that first agent frame, ms
};

/// One message on either socket of a call, without its payload: what the wire inspector
/// and the incident bundle show (issue 4 §2, issue 8 §5).
struct WireEntry
{
    qint64 atMs = 0;        ///< call time (ms since the stream started)
    bool agentSide = false; ///< ElevenLabs socket; else Twilio's
    bool incoming = true;   ///< received by the bridge; else sent
    QString type;           ///< the event name: media, mark, clear, audio, ping, …
    int bytes = 0;          ///< size of the text frame (UTF-16 code units ≈ bytes: ASCII JSON)
    qint64 seq = -1;        ///< Twilio sequenceNumber
    qint64 chunk = -1;      ///< Twilio media chunk
    qint64 eventId = -1;    ///< ElevenLabs event_id
    QString detail;         ///< mark name and the like (never a payload)
};

/// What the console needs to show one call; copied to the GUI thread at ≤ 30 Hz.
struct CallSnapshot
{
    quint64 id = 0; ///< bridge-local key, stable for the call's life
    /// The node that holds the call (issue 20 §3): "" on a console's own calls, the node's
    /// name on calls a console watches on another node (cluster::ClusterWatch).
    QString node;
    QString callSid;
    QString streamSid;
    QString direction; ///< "inbound", "outbound-api", "sandbox", kTestDirection
    QString from;
    QString to;
    QString agentId;
    QString conversationId;
    QString agentFormats;    ///< "ulaw_8000/ulaw_8000" (in/out)
    QString conversion;      ///< empty when audio passes through untouched
    qint64 conversionUs = 0; ///< bridge CPU spent converting audio, µs
    CallState state = CallState::WebhookReceived;
    QString endReason;
    /// Ended abnormally: the agent failed or closed with an error, a stream dropped or never
    /// started, Twilio reported failed/busy/no-answer/canceled (history "Outcome" filter).
    bool failed = false;
    QDateTime startedAt;
    qint64 durationMs = 0;
    qint64 callerFrames = 0; ///< Twilio `media` frames received
    /// `media` messages dropped: not one 20 ms μ-law frame, or faster than real time
    qint64 callerFramesDropped = 0;
    qint64 agentChunks = 0;        ///< agent `audio` events forwarded to Twilio
    qint64 agentChunksDropped = 0; ///< stale after an interruption
    qint64 agentMs = 0;            ///< agent audio forwarded, ms
    qint64 agentChunksMuted = 0;   ///< agent `audio` events withheld while muted
    bool agentMuted = false;       ///< the operator muted the agent towards the caller
    // Bytes each way (issue 4 §2 "Metrics"): μ-law audio and whole messages on the wire.
    qint64 callerAudioBytes = 0; ///< μ-law bytes from Twilio (160 per 20 ms frame)
    qint64 agentAudioBytes = 0;  ///< μ-law bytes sent to Twilio
    qint64 twilioBytesIn = 0;    ///< text frames received from Twilio (UTF-16 units ≈ bytes)
    qint64 twilioBytesOut = 0;
    qint64 agentBytesIn = 0; ///< text frames received from ElevenLabs
    qint64 agentBytesOut = 0;
    // Outbound pacing (OutboundPacing): how far agent audio runs ahead of the caller's ear.
    qint64 outboundLeadMs = 0;     ///< audio queued at Twilio after the newest chunk, ms
    qint64 outboundLeadMaxMs = 0;  ///< the most it was in this call
    int outboundUnderruns = 0;     ///< gaps inside an utterance (Twilio ran dry mid-reply)
    qint64 outboundUnderrunMs = 0; ///< their total length
    int pings = 0;
    int pongs = 0;
    int bargeIns = 0;
    QStringList alarms;          ///< names of the alarms active now
    QString twilioStatus;        ///< newest call status by SequenceNumber (twilio.md §3.8)
    int twilioDurationSecs = -1; ///< CallDuration of the terminal callback
    /// What Twilio charged, e.g. "-0.01300 USD" (GET Calls/{Sid}.json after the call; Twilio
    /// fills it in some seconds to minutes after the end, reference/twilio.md §3.3).
    QString price;
    // Metrics (issue 4 §2): response latency per caller turn, measured at the bridge.
    int turns = 0;
    qint64 turnLatencyLastMs = -1;
    qint64 turnLatencyP50Ms = -1;
    qint64 turnLatencyP90Ms = -1;
    double inboundJitterP99Ms = 0; ///< |Twilio frame inter-arrival − 20 ms|, p99
    int agentPingMs = -1;          ///< ping_ms the agent last reported
    qint64 lastTimeToYieldMs = -1;
    int marksSent = 0;
    int marksEchoed = 0;
    QString recordingPath;
};

/// An outbound test call the operator places (issue 5): REST `Calls.json` whose voice
/// webhook brings the call to `agentId` with these dynamic variables.
struct DialRequest
{
    QString to;                       ///< E.164
    QString from;                     ///< one of the account's numbers (E.164)
    QString agentId;                  ///< empty = the default agent
    QMap<QString, QString> variables; ///< dynamic variables; `override_*` names override
    int timeoutSecs = 30;
    bool record = false;
    /// "" (off), "Enable" or "DetectMessageEnd": answering-machine detection (twilio.md §3.2);
    /// the result arrives as AnsweredBy on the voice webhook and shows on the call.
    QString machineDetection;
    /// True for a campaign attempt (issue 19): never repeat the create after an answer that
    /// may hide a created call (5xx, lost connection); report it as DialOutcome::unsure.
    bool mustNotRepeat = false;
};

/// How a REST create ended (Bridge::dial).
struct DialOutcome
{
    QString callSid;         ///< set on success
    QString error;           ///< operator words with the fix (Twilio code), else empty
    bool unsure = false;     ///< failed, but Twilio may have created the call (5xx, timeout)
    bool throttled = false;  ///< HTTP 429 even after the client's retries: no call exists
    int retryAfterSecs = -1; ///< the 429's Retry-After, when sent
    int twilioCode = 0;      ///< Twilio's error code, when it sent one
};

/// A batch of changes for one call since the previous update.
struct CallUpdate
{
    CallSnapshot snapshot;
    QList<audio::LevelPair> levels; ///< one per 20 ms caller frame, in order
    QList<TranscriptLine> lines;
    QList<CallEvent> events;
    QList<WireEntry> wire; ///< messages on both sockets since the last update (inspector)
};

} // namespace patchline::bridge

Q_DECLARE_METATYPE(patchline::bridge::CallUpdate)
Q_DECLARE_METATYPE(patchline::bridge::CallSnapshot)
Q_DECLARE_METATYPE(patchline::bridge::TranscriptLine)
