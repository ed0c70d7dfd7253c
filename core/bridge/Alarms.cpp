#include "bridge/Alarms.h"

#include "call/Tr.h"

#include <QCoreApplication>

namespace patchline::bridge {

namespace {
constexpr float kDigitalSilenceDb = -70.0f; ///< μ-law idle (0xFF) decodes to 0 = −96 dB
constexpr int kTurnEndFrames = 35;          ///< 700 ms unvoiced ends a caller turn
QString tr(const char *s)
{
    return translateIn({"patchline::bridge::Alarm", "patchline::bridge::AlarmMonitor"}, s);
}
} // namespace

QString Alarm::name(Kind k)
{
    switch (k) {
    case Kind::OneWayAudio:
        return tr("one-way audio");
    case Kind::DeadAir:
        return tr("dead air");
    case Kind::AgentSilent:
        return tr("agent silent");
    case Kind::NotForwarded:
        return tr("agent audio not forwarded");
    case Kind::AbnormalClose:
        return tr("abnormal close");
    case Kind::UnpairedClose:
        return tr("unpaired end");
    case Kind::FormatMismatch:
        return tr("audio format mismatch");
    case Kind::MediaFlood:
        return tr("caller audio faster than real time");
    case Kind::AgentNotReading:
        return tr("agent not reading");
    case Kind::TwilioNotReading:
        return tr("Twilio not reading");
    }
    return {};
}

void AlarmMonitor::set(Alarm::Kind k, bool on, qint64 nowMs, const QString &text)
{
    bool &state = m_active[int(k)];
    if (state == on)
        return;
    state = on;
    m_changes.append({k, on, nowMs, on ? text : tr("%1 cleared").arg(Alarm::name(k))});
}

void AlarmMonitor::onFrame(qint64 nowMs, const audio::LevelPair &l)
{
    // One-way audio: every caller frame is digital silence (a muted or broken inbound leg).
    if (l.caller.rmsDb > kDigitalSilenceDb) {
        m_callerSilentSinceMs = nowMs;
        set(Alarm::Kind::OneWayAudio, false, nowMs);
    } else if (nowMs - m_callerSilentSinceMs >= m_t.oneWayAudioMs) {
        set(Alarm::Kind::OneWayAudio, true, nowMs,
            tr("one-way audio: no sound from the caller for %1 s (muted phone, broken inbound "
               "leg, or a stream that carries only silence)")
                .arg(m_t.oneWayAudioMs / 1000));
    }

    // Caller turns, by the same level gate the bridge uses for transcript offsets.
    if (audio::isVoiced(l.caller)) {
        m_unvoicedRun = 0;
        m_callerSpeaking = true;
        m_callerEverVoiced = true;
        m_callerStoppedMs = -1;
        set(Alarm::Kind::DeadAir, false, nowMs);
    } else if (m_callerSpeaking && ++m_unvoicedRun >= kTurnEndFrames) {
        m_callerSpeaking = false;
        m_callerStoppedMs = nowMs;
    }
    if (audio::isVoiced(l.agent)) {
        m_callerStoppedMs = -1;
        set(Alarm::Kind::DeadAir, false, nowMs);
    }
    if (!m_agentMuted && m_callerStoppedMs >= 0 && nowMs - m_callerStoppedMs >= m_t.deadAirMs)
        set(Alarm::Kind::DeadAir, true, nowMs,
            tr("dead air: the agent has not answered for %1 s after the caller stopped "
               "speaking (slow LLM, lost turn, or audio not reaching the agent)")
                .arg(m_t.deadAirMs / 1000));

    if (!m_agentMuted && m_agentReadyMs >= 0 && !m_agentEverSpoke &&
        nowMs - m_agentReadyMs >= m_t.agentSilentMs)
        set(Alarm::Kind::AgentSilent, true, nowMs,
            tr("agent silent: no agent audio %1 s after it connected (no first message, or "
               "its audio is not arriving)")
                .arg(m_t.agentSilentMs / 1000));

    if (m_pending > 0 && m_pendingSinceMs >= 0 && nowMs - m_pendingSinceMs >= m_t.notForwardedMs)
        set(Alarm::Kind::NotForwarded, true, nowMs,
            tr("agent audio received but not forwarded to the caller for %1 ms")
                .arg(m_t.notForwardedMs));
}

void AlarmMonitor::onAgentReady(qint64 nowMs)
{
    m_agentReadyMs = nowMs;
}

void AlarmMonitor::onAgentAudioReceived(qint64 nowMs)
{
    if (m_pending++ == 0)
        m_pendingSinceMs = nowMs;
}

void AlarmMonitor::onAgentAudioForwarded(qint64 nowMs)
{
    m_agentEverSpoke = true;
    set(Alarm::Kind::AgentSilent, false, nowMs);
    if (m_pending > 0 && --m_pending == 0) {
        m_pendingSinceMs = -1;
        set(Alarm::Kind::NotForwarded, false, nowMs);
    }
}

void AlarmMonitor::onClose(qint64 nowMs, const QString &side, int code, const QString &meaning)
{
    if (code == 1000)
        return;
    m_active[int(Alarm::Kind::AbnormalClose)] = false; // each abnormal close is reported
    set(Alarm::Kind::AbnormalClose, true, nowMs,
        tr("abnormal close of the %1 WebSocket: code %2, %3").arg(side).arg(code).arg(meaning));
}

void AlarmMonitor::onFormatMismatch(qint64 nowMs, const QString &text)
{
    set(Alarm::Kind::FormatMismatch, true, nowMs, tr("audio format mismatch: %1").arg(text));
}

void AlarmMonitor::onMediaFlood(qint64 nowMs, qint64 aheadMs)
{
    set(Alarm::Kind::MediaFlood, true, nowMs,
        tr("caller audio arrives faster than real time (%1 ms ahead of the clock): not "
           "Twilio's pacing; the excess is dropped")
            .arg(aheadMs));
}

void AlarmMonitor::onPeerNotReading(qint64 nowMs, bool agentSide, qint64 lagMs)
{
    const QString seconds = QString::number(double(lagMs) / 1000.0, 'f', 1);
    if (agentSide)
        set(Alarm::Kind::AgentNotReading, true, nowMs,
            tr("the agent has not read what the bridge sent it for %1 s (a ping sent behind "
               "the caller's audio is unanswered): it hears the caller late or not at all")
                .arg(seconds));
    else
        set(Alarm::Kind::TwilioNotReading, true, nowMs,
            tr("Twilio has not read what the bridge sent it for %1 s (a ping sent behind the "
               "agent's audio is unanswered): the caller hears the agent late or not at all")
                .arg(seconds));
}

void AlarmMonitor::onPeerReading(qint64 nowMs, bool agentSide)
{
    set(agentSide ? Alarm::Kind::AgentNotReading : Alarm::Kind::TwilioNotReading, false, nowMs);
}

void AlarmMonitor::setAgentMuted(qint64 nowMs, bool muted)
{
    m_agentMuted = muted;
    if (muted) {
        set(Alarm::Kind::DeadAir, false, nowMs);
        set(Alarm::Kind::AgentSilent, false, nowMs);
    }
    m_callerStoppedMs = -1; // a turn that ended before the change is not "unanswered"
}

void AlarmMonitor::onCallEnded(qint64 nowMs, const QString &cause, const QStringList &sides)
{
    if (m_endedMs >= 0)
        return;
    m_endedMs = nowMs;
    m_endCause = cause;
    m_openSides = sides;
}

void AlarmMonitor::onSideClosed(const QString &side)
{
    m_openSides.removeAll(side);
}

bool AlarmMonitor::onTick(qint64 nowMs)
{
    if (m_endedMs < 0 || m_openSides.isEmpty() || nowMs - m_endedMs < m_t.unpairedCloseMs ||
        m_active[int(Alarm::Kind::UnpairedClose)])
        return false;
    set(Alarm::Kind::UnpairedClose, true, nowMs,
        tr("unpaired end: the call ended (%1) and the bridge closed the %2 WebSocket, which "
           "had not confirmed the close %3 s later, so it was dropped. A session left open can "
           "make the next call fail or keep the agent running")
            .arg(m_endCause, m_openSides.join(tr(" and ")))
            .arg(double(nowMs - m_endedMs) / 1000.0, 0, 'f', 1));
    return true;
}

QList<Alarm> AlarmMonitor::takeChanges()
{
    return std::exchange(m_changes, {});
}

QStringList AlarmMonitor::active() const
{
    QStringList out;
    for (int k = 0; k < Alarm::kKinds; ++k)
        if (m_active[k])
            out << Alarm::name(Alarm::Kind(k));
    return out;
}

} // namespace patchline::bridge
