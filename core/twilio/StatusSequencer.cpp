#include "twilio/StatusSequencer.h"

#include <algorithm>

namespace patchline::twilio {

StatusSequencer::Verdict StatusSequencer::accept(const StatusCallback &cb)
{
    if (cb.sequence >= 0) {
        if (std::find(m_seen.begin(), m_seen.end(), cb.sequence) != m_seen.end())
            return Verdict::Duplicate; // a retried callback
        m_seen.push_back(cb.sequence);
        if (int(m_seen.size()) > kMaxRemembered)
            m_seen.pop_front();
    }
    if (cb.sequence >= 0 && cb.sequence < m_newest && !cb.isTerminal())
        return Verdict::Late;
    m_newest = std::max(m_newest, cb.sequence);
    return Verdict::Apply;
}

int StatusBacklog::add(const StatusCallback &cb)
{
    auto it = m_byCall.find(cb.callSid);
    if (it == m_byCall.end()) {
        while (!m_order.empty() && int(m_byCall.size()) >= m_maxCalls) {
            m_byCall.remove(m_order.front());
            m_order.pop_front();
        }
        it = m_byCall.insert(cb.callSid, {});
        m_order.push_back(cb.callSid);
    }
    if (it->size() < kMaxPerCall)
        it->append(cb);
    return int(it->size());
}

QList<StatusCallback> StatusBacklog::take(const QString &callSid)
{
    QList<StatusCallback> list = m_byCall.take(callSid);
    if (list.isEmpty())
        return list;
    if (auto o = std::find(m_order.begin(), m_order.end(), callSid); o != m_order.end())
        m_order.erase(o);
    std::stable_sort(list.begin(), list.end(),
                     [](const auto &a, const auto &b) { return a.sequence < b.sequence; });
    return list;
}

} // namespace patchline::twilio
