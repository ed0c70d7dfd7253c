#pragma once

#include <cstdint>

namespace patchline::bridge {

/// Tells whether a WebSocket peer still reads what the bridge sends it (issue 16 §10:
/// "the agent socket stalling (no reads) while audio keeps coming", "the Twilio socket
/// stalling"). A peer that keeps sending but stopped reading is invisible to a
/// receive-side keepalive: its messages keep arriving while our audio piles up in the
/// kernel's buffers (MBs on loopback) long before our own send queue overflows.
///
/// The probe is a WebSocket ping, which every RFC 6455 endpoint answers with a pong
/// (§5.5.2; Qt does so by itself, reference/qt64.md §A2 "Ping and pong"). It is queued
/// behind the audio already sent, so its pong proves the peer has read everything before it. One
/// probe is outstanding at a time (QWebSocket measures a pong against the latest ping only); the
/// lag is the age of the unanswered probe. Pure: no sockets, no clock; times are monotonic ms.
/// Single thread (the call's shard thread).
class ReadWatch
{
public:
    struct Limits
    {
        int probeEveryMs = 1000; ///< a new probe this long after the last one was answered
        int laggingMs = 2000;    ///< unanswered this long: the peer reads late (an alarm)
        int stalledMs = 6000;    ///< unanswered this long: the peer stopped reading (call ends)
    };
    enum class Verdict { Reading, Lagging, Stalled };

    ReadWatch() = default;
    explicit ReadWatch(Limits l) : m_l(l) {}
    void setLimits(const Limits &l) { m_l = l; }

    /// True when a probe should be sent at `nowMs`: none is outstanding and probeEveryMs
    /// passed since the last answer (or none was ever sent).
    bool probeDue(std::int64_t nowMs) const
    {
        return m_sentMs < 0 && (m_answeredMs < 0 || nowMs - m_answeredMs >= m_l.probeEveryMs);
    }
    /// A probe went out at `nowMs`.
    void onProbeSent(std::int64_t nowMs)
    {
        if (m_sentMs < 0)
            m_sentMs = nowMs;
    }
    /// A pong arrived at `nowMs`; ignored when no probe is outstanding (an unsolicited pong,
    /// RFC 6455 §5.5.3). Records the round trip.
    void onAnswer(std::int64_t nowMs)
    {
        if (m_sentMs < 0)
            return;
        m_lastRoundTripMs = nowMs - m_sentMs;
        m_answeredMs = nowMs;
        m_sentMs = -1;
    }
    /// Age of the outstanding probe at `nowMs` (ms), 0 when none is outstanding.
    std::int64_t lagMs(std::int64_t nowMs) const { return m_sentMs < 0 ? 0 : nowMs - m_sentMs; }
    Verdict verdict(std::int64_t nowMs) const
    {
        const std::int64_t lag = lagMs(nowMs);
        return lag >= m_l.stalledMs   ? Verdict::Stalled
               : lag >= m_l.laggingMs ? Verdict::Lagging
                                      : Verdict::Reading;
    }
    /// Round trip of the last answered probe (ms), -1 before the first answer.
    std::int64_t lastRoundTripMs() const { return m_lastRoundTripMs; }

private:
    Limits m_l;
    std::int64_t m_sentMs = -1;     ///< when the outstanding probe went out; -1 when none
    std::int64_t m_answeredMs = -1; ///< when the last probe was answered
    std::int64_t m_lastRoundTripMs = -1;
};

} // namespace patchline::bridge
