#pragma once

#include <QtGlobal>

namespace patchline::bridge {

/// Outbound pacing of one call (issue 4 §2 "Metrics"; reference/operators.md §3.2: the
/// agent→caller path must never lag its pacing clock by more than one 20 ms frame).
///
/// The bridge forwards agent audio as it arrives; Twilio queues it and plays it in real time
/// (reference/twilio.md §1.3). From the send times and chunk lengths this models Twilio's
/// playout: the *lead* is how much audio is queued ahead of the caller's ear (what a `clear`
/// has to cut), and an *underrun* is a chunk of an utterance that arrived after the audio
/// before it had finished playing — the caller heard a gap in mid-sentence (C4, C11, C12).
/// Gaps between utterances are turn-taking, not underruns.
///
/// Wall-clock ms (any monotonic origin). Single-threaded (bridge thread); no allocation.
class OutboundPacing
{
public:
    /// A gap up to one frame is jitter, not an underrun.
    static constexpr qint64 kToleranceMs = 20;

    /// `durationMs` of utterance `utteranceId` (the agent's event_id) was sent at `nowMs`.
    void onSent(qint64 nowMs, qint64 utteranceId, qint64 durationMs);
    /// A `clear` emptied Twilio's queue at `nowMs` (barge-in, operator mute).
    void onClear(qint64 nowMs);

    /// Audio queued at Twilio at `nowMs`, ms (0 when it has played out).
    qint64 leadMs(qint64 nowMs) const;
    qint64 maxLeadMs() const { return m_maxLeadMs; }
    int underruns() const { return m_underruns; }
    qint64 underrunMs() const { return m_underrunMs; }

private:
    qint64 m_utterance = -1;
    qint64 m_playEndMs = -1; ///< when the queued audio will have played; -1 = nothing sent
    qint64 m_maxLeadMs = 0;
    int m_underruns = 0;
    qint64 m_underrunMs = 0;
};

} // namespace patchline::bridge
