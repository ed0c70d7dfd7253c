#pragma once

#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

namespace patchline::bridge {

/// Which bridge shard holds each call, by CallSid (issue 15 §1). The HTTP front claims a
/// shard when it first sees a CallSid (voice webhook or status callback); a shard claims
/// the calls whose stream arrived on it without a webhook (`start` names the CallSid).
/// Whoever claims first wins, so every later webhook and callback of a call reaches the
/// shard that has its session. Bounded: beyond `capacity` CallSids the oldest half is
/// forgotten (those calls are long over). Any thread; a mutex guards it (never taken on the
/// frame path: once per webhook, callback and stream start).
class ShardRegistry
{
public:
    explicit ShardRegistry(int capacity = 20000) : m_capacity(capacity) {}

    /// The shard holding `callSid`, or -1 when none claimed it.
    int owner(const QString &callSid) const;
    /// Claims `callSid` for `shard` unless it is claimed already; returns the owner.
    int claim(const QString &callSid, int shard);
    int size() const;

private:
    mutable QMutex m_mutex;
    int m_capacity;
    QHash<QString, int> m_owner;
    QList<QString> m_order; ///< claim order, to forget the oldest
};

} // namespace patchline::bridge
