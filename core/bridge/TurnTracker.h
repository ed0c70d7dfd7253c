#pragma once

#include "audio/CallTimeline.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace patchline::bridge {

/// Per-turn response latency measured at the bridge (issue 4 §2 "Metrics"): from the end of
/// the caller's last voiced 20 ms frame to the first agent audio the bridge sends on to
/// Twilio after it. A caller turn ends after 700 ms without voice (the same level gate the
/// bridge uses for transcript offsets). Call time in ms; single-threaded, bridge thread.
class TurnTracker
{
public:
    /// One caller frame ending at call time `nowMs`.
    void onFrame(std::int64_t nowMs, const audio::LevelPair &levels);
    /// Agent audio was sent to Twilio at `nowMs`; returns the latency when it answers a turn.
    std::optional<std::int64_t> onAgentAudioSent(std::int64_t nowMs);

    std::size_t turns() const { return m_samples.size(); }
    std::int64_t last() const { return m_samples.empty() ? -1 : m_samples.back(); }
    /// p-th percentile (0..100) of the latencies so far, ms; -1 when there are none.
    std::int64_t percentile(double p) const;

private:
    static constexpr int kTurnEndFrames = 35;
    bool m_speaking = false;
    int m_unvoiced = 0;
    std::int64_t m_lastVoicedEndMs = -1;
    std::int64_t m_waitingSinceMs = -1; ///< caller turn ended and not yet answered
    std::vector<std::int64_t> m_samples;
};

} // namespace patchline::bridge
