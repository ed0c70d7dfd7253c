#pragma once

#include <QtGlobal>

namespace patchline::twilio {

/// Bounds the caller audio a Media Streams socket may deliver (issue 16 §3). Twilio sends
/// one `media` message per 20 ms of μ-law at 8 kHz, 160 bytes, in real time
/// (reference/twilio.md §1.2): a payload that does not decode to exactly that, or audio
/// that runs more than kMaxAheadMs ahead of the wall clock since the first frame, is not
/// Twilio's and is dropped (never recorded, never sent to the agent).
///
/// Wall time in ms from any monotonic origin. Pure; one per call, on its shard thread.
class InboundMediaGate
{
public:
    enum class Verdict {
        Accept,
        BadBase64,    ///< the payload is not base64
        WrongSize,    ///< decoded, but not one 20 ms frame
        AheadOfClock, ///< more audio than time has passed (+ kMaxAheadMs)
    };
    static constexpr int kFrameBytes = 160;
    static constexpr qint64 kFrameMs = 20;
    static constexpr qint64 kMaxAheadMs = 2000;

    /// Judges one `media` message received at `nowMs` whose payload decoded (`decoded`)
    /// to `bytes` bytes; counts what it drops.
    Verdict check(qint64 nowMs, bool decoded, qsizetype bytes);
    /// Messages dropped so far.
    qint64 dropped() const { return m_dropped; }
    /// How far accepted audio runs ahead of the wall clock at `nowMs`, ms (≤ 0: behind).
    qint64 aheadMs(qint64 nowMs) const
    {
        return m_originMs < 0 ? 0 : m_accepted * kFrameMs - (nowMs - m_originMs);
    }

private:
    qint64 m_originMs = -1; ///< wall time at the start of the first accepted frame
    qint64 m_accepted = 0;
    qint64 m_dropped = 0;
};

} // namespace patchline::twilio
