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
};

/// One alarm rule's state change.
struct Alarm
{
    enum class Kind { OneWayAudio, DeadAir, AgentSilent, NotForwarded, AbnormalClose };
    Kind kind = Kind::OneWayAudio;
    bool active = false; ///< raised (true) or cleared (false)
    qint64 atMs = 0;     ///< call time of the change
    QString text;        ///< operator words: what is wrong and the likely cause

    static QString name(Kind k);
};

/// Evaluates the live alarm rules of one call from what the bridge sees, frame by frame
/// (reference/operators.md: one-way audio, dead air, a silent agent, audio not forwarded,
/// abnormal WebSocket closes). Feed it on the bridge thread; takeChanges() returns what was
/// raised or cleared since the last call. No allocation per frame.
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
    /// A WebSocket closed with `code` (1000 = normal) on `side` ("Twilio" / "agent").
    void onClose(qint64 nowMs, const QString &side, int code, const QString &meaning);

    QList<Alarm> takeChanges();
    /// Names of the alarms active now.
    QStringList active() const;

private:
    void set(Alarm::Kind k, bool on, qint64 nowMs, const QString &text = {});

    AlarmThresholds m_t;
    bool m_active[5] = {};
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
};

} // namespace patchline::bridge
