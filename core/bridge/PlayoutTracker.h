#pragma once

#include <QString>
#include <QStringView>

#include <deque>

namespace patchline::bridge {

/// What the caller has heard of the agent's current utterance, from Twilio's mark echoes
/// (reference/twilio.md §1.2, §1.3): after each chunk of agent audio the bridge sends a
/// `mark`; Twilio echoes it once the audio before it has played, in order, or at once after
/// a `clear` (then the echo proves nothing was played). A barge-in event reports heard/sent
/// of the interrupted utterance from this.
///
/// Bytes are μ-law at 8 kHz (8 bytes per ms). Pure, single-threaded (bridge thread). At most
/// kMaxPending marks are tracked (a peer that never echoes cannot grow it without bound).
class PlayoutTracker
{
public:
    static constexpr int kMaxPending = 4096;

    /// `bytes` of utterance `eventId` (ElevenLabs event_id) were sent; returns the name of
    /// the mark to send after them ("<eventId>:<n>", n counts every mark of the call).
    QString onSent(qint64 eventId, qint64 bytes);
    /// Twilio echoed mark `name`: marks before it that were not echoed are dropped.
    void onEcho(QStringView name);
    /// A `clear` went out: every pending mark will be echoed at once and proves nothing.
    void onClear();

    /// event_id of the utterance being forwarded, -1 before any.
    qint64 utteranceId() const { return m_utteranceId; }
    /// Bytes of utterance `eventId` sent / confirmed played; -1 when it is not the current one.
    qint64 sentBytes(qint64 eventId) const { return eventId == m_utteranceId ? m_sent : -1; }
    qint64 heardBytes(qint64 eventId) const { return eventId == m_utteranceId ? m_heard : -1; }
    int pendingMarks() const { return int(m_marks.size()); }
    qint64 marksSent() const { return m_marksSent; }

private:
    struct PendingMark
    {
        QString name;
        qint64 eventId = -1;
        qint64 bytes = 0; ///< of that utterance sent up to this mark
    };
    std::deque<PendingMark> m_marks; ///< oldest first
    int m_flushed = 0;               ///< echoes still to come for marks a `clear` flushed
    qint64 m_utteranceId = -1;
    qint64 m_sent = 0;
    qint64 m_heard = 0;
    qint64 m_marksSent = 0;
};

} // namespace patchline::bridge
