#include "bridge/PlayoutTracker.h"

namespace patchline::bridge {

QString PlayoutTracker::onSent(qint64 eventId, qint64 bytes)
{
    if (eventId != m_utteranceId) {
        m_utteranceId = eventId;
        m_sent = 0;
        m_heard = 0;
    }
    m_sent += bytes;
    QString name = QString::number(eventId) + u':' + QString::number(m_marksSent++);
    if (int(m_marks.size()) >= kMaxPending) {
        m_marks.pop_front();
        m_flushed = std::max(0, m_flushed - 1);
    }
    m_marks.push_back({name, eventId, m_sent});
    return name;
}

void PlayoutTracker::onEcho(QStringView name)
{
    // Echoes come in the order the marks were sent; skip any we lost track of.
    while (!m_marks.empty()) {
        const PendingMark mk = std::move(m_marks.front());
        m_marks.pop_front();
        if (m_flushed > 0)
            --m_flushed; // echoed because of a clear: proves nothing was played
        else if (mk.eventId == m_utteranceId)
            m_heard = mk.bytes;
        if (mk.name == name)
            break;
    }
}

void PlayoutTracker::onClear()
{
    m_flushed = int(m_marks.size());
}

} // namespace patchline::bridge
