#pragma once

#include <cstddef>
#include <cstdint>
#include <span>

namespace patchline::audio {

/// G.711 μ-law codec (ITU-T G.711, the `audio/x-mulaw` / `ulaw_8000` format of
/// reference/twilio.md §1.2 and reference/elevenlabs.md §4). Pure functions, any thread.
/// Encoding uses the standard bias-33 segment algorithm with the 14-bit clip at ±8158
/// (scaled to 16-bit: ±32635); decoding is a 256-entry table.

/// Decodes one μ-law byte to a linear PCM16 sample.
std::int16_t mulawDecode(std::uint8_t code) noexcept;

/// Encodes one linear PCM16 sample to μ-law. Silence (0) encodes to 0xFF.
std::uint8_t mulawEncode(std::int16_t sample) noexcept;

/// Decodes `in.size()` bytes into `out` (must hold at least as many samples).
void mulawDecode(std::span<const std::uint8_t> in, std::int16_t *out) noexcept;

/// Encodes `in.size()` samples into `out` (must hold at least as many bytes).
void mulawEncode(std::span<const std::int16_t> in, std::uint8_t *out) noexcept;

/// The μ-law byte for digital silence.
inline constexpr std::uint8_t kMulawSilence = 0xFF;

} // namespace patchline::audio
