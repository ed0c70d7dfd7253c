#pragma once

#include "audio/CallTimeline.h"

#include <QList>
#include <QString>

namespace patchline::bridge {

/// Thresholds of the live alarm rules, in ms of call time (settings; issue 4 §3).
struct AlarmThresholds
{
    int oneWayAudioMs = 10000; ///< caller frames all digital silence this long
    int deadAirMs = 5000;      ///< no agent audio this long after the caller stopped
    int agentSilentMs = 8000;  ///< no agent audio this long after the agent connected
    int notForwardedMs = 1000; ///< agent audio received but not sent on for this long
    /// After the call ended, how long the other side's WebSocket may take to confirm our
    /// close before "unpaired end" is raised and the socket dropped.
    int unpairedCloseMs = 5000;
};

/// One alarm rule's state change.
struct Alarm
{
    enum class Kind {
        OneWayAudio,
        DeadAir,
        AgentSilent,
        NotForwarded,
        AbnormalClose,
        UnpairedClose,
        FormatMismatch,
        MediaFlood,
        AgentNotReading,
        TwilioNotReading,
    };
    static constexpr int kKinds = 10;
    Kind kind = Kind::OneWayAudio;
    bool active = false; ///< raised (true) or cleared (false)
    qint64 atMs = 0;     ///< call time of the change
    QString text;        ///< operator words: what is wrong and the likely cause

    static QString name(Kind k);
};

/// Evaluates the live alarm rules of one call from what the bridge sees, frame by frame
/// (reference/operators.md: one-way audio, dead air, a silent agent, audio not forwarded,
/// abnormal WebSocket closes, an end on one side the other never confirms). Feed it on the
/// bridge thread; takeChanges() returns what was raised or cleared since the last call. No
/// allocation per frame.
class AlarmMonitor
{
public:
    explicit AlarmMonitor(const AlarmThresholds &t = {}) : m_t(t) {}

    /// One 20 ms caller frame at call time `nowMs` (end of the frame) with both levels.
    void onFrame(qint64 nowMs, const audio::LevelPair &levels);
    /// The agent conversation is ready (metadata received).
    void onAgentReady(qint64 nowMs);
    /// An agent `audio` event arrived / was sent on to Twilio (stale drops are neither).
    void onAgentAudioReceived(qint64 nowMs);
    void onAgentAudioForwarded(qint64 nowMs);
    /// An agent `audio` event withheld because the operator muted the agent: the agent is
    /// not silent, so "agent silent" is not raised for it after unmuting.
    void onAgentAudioWithheld() { m_agentEverSpoke = true; }
    /// A WebSocket closed with `code` (1000 = normal) on `side` ("Twilio" / "agent").
    void onClose(qint64 nowMs, const QString &side, int code, const QString &meaning);
    /// The agent announced audio formats the bridge will not bridge (not `ulaw_8000` and
    /// conversion off, or unknown; reference/elevenlabs.md §4, operators.md C2/C3). `text`
    /// names the formats and the fix. The call then ends; the alarm stays in its record.
    void onFormatMismatch(qint64 nowMs, const QString &text);
    /// The Twilio socket delivers caller audio faster than real time (more than the gate's
    /// 2 s ahead; issue 16 §3): not Twilio's pacing, the excess is dropped. Raised once.
    void onMediaFlood(qint64 nowMs, qint64 aheadMs);
    /// A ping sent behind our messages to the agent (`agentSide`) or to Twilio has been
    /// unanswered for `lagMs` (ReadWatch::Verdict::Lagging, issue 16 §10): that side reads
    /// late or not at all. Raised once; cleared by onPeerReading().
    void onPeerNotReading(qint64 nowMs, bool agentSide, qint64 lagMs);
    /// That side answered its probe again.
    void onPeerReading(qint64 nowMs, bool agentSide);
    /// While the operator mutes the agent, silence towards the caller is intended: dead air
    /// and "agent silent" are not raised (and are cleared when muting starts).
    void setAgentMuted(qint64 nowMs, bool muted);

    /// Unpaired end (reference/operators.md C8, §4 row 36): the call ended at `nowMs`
    /// because of `cause` (Twilio `stop`, an agent close, the operator…) and the bridge
    /// closed the sockets still open; each must then report its end (onSideClosed()) within
    /// unpairedCloseMs. `sides` names the sockets still open ("Twilio", "agent").
    void onCallEnded(qint64 nowMs, const QString &cause, const QStringList &sides);
    /// A socket the bridge closed at the end reported it closed (`side` as in onCallEnded).
    void onSideClosed(const QString &side);
    /// Clock for rules that run without frames (after the end); call about once a second.
    /// Returns true once, when the unpaired-end limit passed with sockets still open: the
    /// caller then drops them. That alarm is not cleared (the call is over; it stays in
    /// the call's record).
    bool onTick(qint64 nowMs);

    QList<Alarm> takeChanges();
    /// Names of the alarms active now.
    QStringList active() const;

private:
    void set(Alarm::Kind k, bool on, qint64 nowMs, const QString &text = {});

    AlarmThresholds m_t;
    bool m_active[Alarm::kKinds] = {};
    QList<Alarm> m_changes;
    qint64 m_callerSilentSinceMs = 0; ///< start of the current all-silent caller stretch
    bool m_callerEverVoiced = false;
    bool m_callerSpeaking = false;
    qint64 m_callerStoppedMs = -1; ///< end of the caller's last turn, -1 when answered
    int m_unvoicedRun = 0;
    qint64 m_agentReadyMs = -1;
    bool m_agentEverSpoke = false;
    qint64 m_pendingSinceMs = -1; ///< oldest received-but-not-forwarded agent audio
    int m_pending = 0;
    bool m_agentMuted = false;
    qint64 m_endedMs = -1; ///< when the call ended; -1 while it runs
    QString m_endCause;
    QStringList m_openSides; ///< sockets closed by the bridge and not yet reported closed
};

} // namespace patchline::bridge
