#pragma once

#include <QHash>
#include <QString>

#include <deque>

namespace patchline::bridge {

/// The voice-webhook answers of the last 24 h, by CallSid (issue 16 §8): Twilio retries a
/// webhook it did not see answered, and anyone holding a captured signed request can replay
/// it. A repeat gets the same TwiML and creates no second call (a replay after the call
/// ended would otherwise show a phantom call that fails 30 s later).
///
/// Pure, clock injected (ms, any monotonic origin); one per shard, on its thread. Bounded:
/// at most `maxEntries` CallSids, the oldest forgotten first.
class WebhookDecisions
{
public:
    explicit WebhookDecisions(qint64 retentionMs = 24LL * 3600 * 1000, int maxEntries = 10000)
        : m_retentionMs(retentionMs), m_maxEntries(maxEntries)
    {}
    /// The TwiML answered for `callSid` within the retention, or a null string.
    QString find(const QString &callSid, qint64 nowMs) const;
    /// Remembers the answer for `callSid` (the first one stays if it is remembered twice).
    void remember(const QString &callSid, const QString &twiml, qint64 nowMs);
    int size() const { return int(m_byCall.size()); }

private:
    void expire(qint64 nowMs);

    struct Entry
    {
        QString twiml;
        qint64 atMs = 0;
    };
    qint64 m_retentionMs;
    int m_maxEntries;
    QHash<QString, Entry> m_byCall;
    std::deque<QString> m_order; ///< CallSids, oldest first
};

} // namespace patchline::bridge
