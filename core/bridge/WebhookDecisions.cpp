#include "bridge/WebhookDecisions.h"

namespace patchline::bridge {

QString WebhookDecisions::find(const QString &callSid, qint64 nowMs) const
{
    const auto it = m_byCall.constFind(callSid);
    if (it == m_byCall.cend() || nowMs - it->atMs > m_retentionMs)
        return {};
    return it->twiml;
}

void WebhookDecisions::remember(const QString &callSid, const QString &twiml, qint64 nowMs)
{
    expire(nowMs);
    if (m_byCall.contains(callSid))
        return;
    while (!m_order.empty() && int(m_byCall.size()) >= m_maxEntries) {
        m_byCall.remove(m_order.front());
        m_order.pop_front();
    }
    m_byCall.insert(callSid, {twiml, nowMs});
    m_order.push_back(callSid);
}

void WebhookDecisions::expire(qint64 nowMs)
{
    while (!m_order.empty()) {
        const auto it = m_byCall.constFind(m_order.front());
        if (it != m_byCall.cend() && nowMs - it->atMs <= m_retentionMs)
            break;
        m_byCall.remove(m_order.front());
        m_order.pop_front();
    }
}

} // namespace patchline::bridge
