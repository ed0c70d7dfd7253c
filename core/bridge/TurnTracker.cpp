#include "bridge/TurnTracker.h"

#include <algorithm>

namespace patchline::bridge {

void TurnTracker::onFrame(std::int64_t nowMs, const audio::LevelPair &levels)
{
    if (audio::isVoiced(levels.caller)) {
        m_speaking = true;
        m_unvoiced = 0;
        m_lastVoicedEndMs = nowMs;
        m_waitingSinceMs = -1; // still talking: not waiting for an answer
        return;
    }
    if (m_speaking && ++m_unvoiced >= kTurnEndFrames) {
        m_speaking = false;
        m_waitingSinceMs = m_lastVoicedEndMs;
    }
}

std::optional<std::int64_t> TurnTracker::onAgentAudioSent(std::int64_t nowMs)
{
    // An answer can start before the 700 ms turn-end is confirmed (a fast agent).
    std::int64_t since = m_waitingSinceMs;
    if (since < 0 && m_speaking && m_unvoiced > 0)
        since = m_lastVoicedEndMs;
    if (since < 0)
        return std::nullopt;
    m_waitingSinceMs = -1;
    m_speaking = false;
    const std::int64_t latency = std::max<std::int64_t>(0, nowMs - since);
    m_samples.push_back(latency);
    return latency;
}

std::int64_t TurnTracker::percentile(double p) const
{
    if (m_samples.empty())
        return -1;
    std::vector<std::int64_t> s = m_samples;
    std::sort(s.begin(), s.end());
    const auto i = std::min(s.size() - 1, std::size_t(p / 100.0 * double(s.size() - 1) + 0.5));
    return s[i];
}

} // namespace patchline::bridge
