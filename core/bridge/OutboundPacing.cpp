#include "bridge/OutboundPacing.h"

#include <algorithm>

namespace patchline::bridge {

void OutboundPacing::onSent(qint64 nowMs, qint64 utteranceId, qint64 durationMs)
{
    if (utteranceId == m_utterance && m_playEndMs >= 0) {
        const qint64 gap = nowMs - m_playEndMs;
        if (gap > kToleranceMs) {
            ++m_underruns;
            m_underrunMs += gap;
        }
    }
    m_utterance = utteranceId;
    m_playEndMs = std::max(nowMs, m_playEndMs) + durationMs;
    m_maxLeadMs = std::max(m_maxLeadMs, m_playEndMs - nowMs);
}

void OutboundPacing::onClear(qint64 nowMs)
{
    m_playEndMs = nowMs;
    m_utterance = -1; // audio after a clear starts a new stretch, not a late chunk
}

qint64 OutboundPacing::leadMs(qint64 nowMs) const
{
    return m_playEndMs < 0 ? 0 : std::max<qint64>(0, m_playEndMs - nowMs);
}

} // namespace patchline::bridge
