#pragma once

#include <cstdint>
#include <span>

namespace patchline::audio {

/// Level of one audio frame (normally 20 ms = 160 samples at 8 kHz), in dBFS.
/// Full-scale is 32768; an all-zero frame reports kFloorDb for both values.
struct FrameLevel
{
    float peakDb = -96.0f;
    float rmsDb = -96.0f;
};

inline constexpr float kFloorDb = -96.0f;

/// Computes peak and RMS level of `samples` in dBFS (clamped at kFloorDb). Any thread.
FrameLevel measureLevel(std::span<const std::int16_t> samples) noexcept;

/// True when a frame's RMS level is above `thresholdDb` (default: a speech gate that
/// separates espeak/telephone speech from μ-law idle noise).
inline bool isVoiced(const FrameLevel &l, float thresholdDb = -45.0f) noexcept
{
    return l.rmsDb > thresholdDb;
}

/// Levels of both directions for one 20 ms step of the call clock.
struct LevelPair
{
    FrameLevel caller;
    FrameLevel agent;
};

} // namespace patchline::audio
