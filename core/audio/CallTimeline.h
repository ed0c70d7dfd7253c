#pragma once

#include "audio/Levels.h"

#include <cstdint>
#include <span>
#include <vector>

namespace patchline::audio {

/// Aligns the two directions of one call on one clock: 8 kHz samples since the first
/// inbound caller frame (Twilio sends one 160-byte μ-law frame every 20 ms, continuously,
/// reference/twilio.md §1.2). Caller audio advances the clock; agent audio is placed by a
/// playout clock: each chunk starts where the previous one ends or at "now", whichever is
/// later (Twilio queues and plays our `media` in order, §1.3), and a `clear` (§1.3/§1.4)
/// cuts everything not yet played. The result is what the caller heard against what they
/// said, ready for a stereo recording (caller L / agent R) and for per-frame levels.
///
/// Single-threaded (lives on the bridge thread with its CallSession). After warm-up the
/// steady path reuses its buffers; it allocates only when an agent burst exceeds the
/// largest seen so far.
class CallTimeline
{
public:
    static constexpr int kSampleRate = 8000;
    static constexpr int kFrameSamples = 160; ///< 20 ms

    CallTimeline();

    /// Appends one inbound caller frame (μ-law bytes, normally 160) and advances the clock.
    /// Returns the caller level of that frame and the agent level of what was playing then.
    LevelPair pushCaller(std::span<const std::uint8_t> mulaw);

    /// Queues agent μ-law audio for playout. Returns the sample index where it starts.
    std::int64_t pushAgent(std::span<const std::uint8_t> mulaw);

    /// Cuts agent audio not yet played (a Twilio `clear`). Returns the samples dropped.
    std::int64_t clearAgent();

    /// Moves the finished part of the call, [written, now), into `out` as interleaved
    /// stereo PCM16 (caller L, agent R). `out` is cleared first. Returns frames appended.
    std::int64_t takeStereo(std::vector<std::int16_t> &out);

    /// Current clock position in samples (= caller samples received).
    std::int64_t now() const { return m_now; }
    /// Where queued agent audio ends; > now() while the agent is audible to the caller.
    std::int64_t agentEnd() const { return m_agentEnd; }
    bool agentPlaying() const { return m_agentEnd > m_now; }
    /// Samples already handed out by takeStereo().
    std::int64_t written() const { return m_base; }

    static std::int64_t samplesToMs(std::int64_t samples) { return samples / 8; }

private:
    void compact();

    std::int64_t m_base = 0; ///< sample index of m_caller[m_off] / m_agent[m_off]
    std::int64_t m_now = 0;
    std::int64_t m_agentEnd = 0;
    std::size_t m_off = 0;
    std::vector<std::int16_t> m_caller; ///< [base, now)
    std::vector<std::int16_t> m_agent;  ///< [base, agentEnd), silence where nothing played
};

} // namespace patchline::audio
