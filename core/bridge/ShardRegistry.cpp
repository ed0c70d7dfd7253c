#include "bridge/ShardRegistry.h"

namespace patchline::bridge {

int ShardRegistry::owner(const QString &callSid) const
{
    QMutexLocker lock(&m_mutex);
    return m_owner.value(callSid, -1);
}

int ShardRegistry::claim(const QString &callSid, int shard)
{
    if (callSid.isEmpty())
        return shard;
    QMutexLocker lock(&m_mutex);
    if (const auto it = m_owner.constFind(callSid); it != m_owner.constEnd())
        return *it;
    m_owner.insert(callSid, shard);
    m_order.append(callSid);
    if (m_order.size() > m_capacity) {
        const qsizetype half = m_order.size() / 2;
        for (qsizetype i = 0; i < half; ++i)
            m_owner.remove(m_order.at(i));
        m_order.remove(0, half);
    }
    return shard;
}

int ShardRegistry::size() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_owner.size());
}

} // namespace patchline::bridge
