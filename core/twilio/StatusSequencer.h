#pragma once

#include "twilio/StatusCallback.h"

#include <QHash>
#include <QList>
#include <QString>

#include <deque>

namespace patchline::twilio {

/// Orders the status callbacks of one call (reference/twilio.md §3.8): each is a separate
/// HTTP request, so one may arrive twice (a retry), late (after a newer one), or before the
/// call is known. Pure; one per call, on the thread that owns the call.
class StatusSequencer
{
public:
    enum class Verdict {
        Apply,     ///< newest so far (or terminal, or unnumbered): apply it
        Late,      ///< older than one already applied and not terminal: timeline only
        Duplicate, ///< this SequenceNumber was seen before: drop it
    };
    /// Judges `cb` and remembers its SequenceNumber. Keeps at most kMaxRemembered numbers
    /// (a call has fewer than ten statuses; the bound is against a misbehaving sender).
    Verdict accept(const StatusCallback &cb);
    /// Newest SequenceNumber applied, -1 before any.
    int newest() const { return m_newest; }

    static constexpr int kMaxRemembered = 64;

private:
    std::deque<int> m_seen;
    int m_newest = -1;
};

/// Status callbacks that arrived before their call's session existed (an outbound call's
/// `initiated`/`ringing` beat the voice webhook), by CallSid, handed over in SequenceNumber
/// order when the session appears (reference/twilio.md §3.8). Bounded: at most
/// `maxCalls` CallSids (the oldest forgotten first) and kMaxPerCall callbacks each. Pure.
class StatusBacklog
{
public:
    explicit StatusBacklog(int maxCalls = 1000) : m_maxCalls(maxCalls) {}
    /// Keeps `cb` for its call; returns how many callbacks that call now has waiting.
    int add(const StatusCallback &cb);
    /// The callbacks kept for `callSid`, ordered by SequenceNumber; forgets them.
    QList<StatusCallback> take(const QString &callSid);
    int calls() const { return int(m_byCall.size()); }

    static constexpr int kMaxPerCall = 32;

private:
    int m_maxCalls;
    QHash<QString, QList<StatusCallback>> m_byCall;
    std::deque<QString> m_order; ///< CallSids, oldest first
};

} // namespace patchline::twilio
