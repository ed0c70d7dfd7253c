#include "audio/CallTimeline.h"

#include "audio/Mulaw.h"

#include <algorithm>

namespace patchline::audio {

CallTimeline::CallTimeline()
{
    m_caller.reserve(kSampleRate);
    m_agent.reserve(kSampleRate * 4);
}

LevelPair CallTimeline::pushCaller(std::span<const std::uint8_t> mulaw)
{
    const std::size_t start = m_caller.size();
    m_caller.resize(start + mulaw.size());
    mulawDecode(mulaw, m_caller.data() + start);

    LevelPair levels;
    levels.caller = measureLevel({m_caller.data() + start, mulaw.size()});
    const std::size_t agentBegin = start;
    const std::size_t agentStop = std::min(m_agent.size(), start + mulaw.size());
    if (agentStop > agentBegin)
        levels.agent = measureLevel({m_agent.data() + agentBegin, agentStop - agentBegin});

    m_now += static_cast<std::int64_t>(mulaw.size());
    m_agentEnd = std::max(m_agentEnd, m_now);
    if (m_agent.size() < m_caller.size())
        m_agent.resize(m_caller.size(), 0);
    return levels;
}

std::int64_t CallTimeline::pushAgent(std::span<const std::uint8_t> mulaw)
{
    const std::int64_t startAt = std::max(m_agentEnd, m_now);
    const auto startIdx = static_cast<std::size_t>(startAt - m_base) + m_off;
    if (m_agent.size() < startIdx)
        m_agent.resize(startIdx, 0);
    m_agent.resize(startIdx + mulaw.size());
    mulawDecode(mulaw, m_agent.data() + startIdx);
    m_agentEnd = startAt + static_cast<std::int64_t>(mulaw.size());
    return startAt;
}

std::int64_t CallTimeline::clearAgent()
{
    const std::int64_t dropped = m_agentEnd - m_now;
    if (dropped <= 0)
        return 0;
    m_agent.resize(m_caller.size());
    m_agentEnd = m_now;
    return dropped;
}

std::int64_t CallTimeline::takeStereo(std::vector<std::int16_t> &out)
{
    out.clear();
    const std::int64_t frames = m_now - m_base;
    if (frames <= 0)
        return 0;
    out.resize(static_cast<std::size_t>(frames) * 2);
    for (std::int64_t i = 0; i < frames; ++i) {
        const std::size_t src = m_off + static_cast<std::size_t>(i);
        out[static_cast<std::size_t>(i) * 2] = m_caller[src];
        out[static_cast<std::size_t>(i) * 2 + 1] = src < m_agent.size() ? m_agent[src] : 0;
    }
    m_off += static_cast<std::size_t>(frames);
    m_base = m_now;
    compact();
    return frames;
}

void CallTimeline::compact()
{
    // Caller data below m_off is no longer needed; agent data may run ahead of now.
    if (m_off < static_cast<std::size_t>(kSampleRate))
        return;
    m_caller.erase(m_caller.begin(), m_caller.begin() + static_cast<std::ptrdiff_t>(m_off));
    const std::size_t agentDrop = std::min(m_off, m_agent.size());
    m_agent.erase(m_agent.begin(), m_agent.begin() + static_cast<std::ptrdiff_t>(agentDrop));
    m_off = 0;
}

} // namespace patchline::audio
