#include "audio/Mulaw.h"

#include <array>

namespace patchline::audio {
namespace {

constexpr int kBias = 0x84; // 132 = 33 << 2 in the 16-bit domain
constexpr int kClip = 32635;

constexpr std::int16_t decodeOne(std::uint8_t code)
{
    const int u = ~code & 0xFF;
    const int exponent = (u >> 4) & 0x07;
    const int mantissa = u & 0x0F;
    const int magnitude = (((mantissa << 3) + kBias) << exponent) - kBias;
    return static_cast<std::int16_t>((u & 0x80) ? -magnitude : magnitude);
}

constexpr std::array<std::int16_t, 256> makeDecodeTable()
{
    std::array<std::int16_t, 256> t{};
    for (int i = 0; i < 256; ++i)
        t[static_cast<std::size_t>(i)] = decodeOne(static_cast<std::uint8_t>(i));
    return t;
}

constexpr auto kDecode = makeDecodeTable();

} // namespace

std::int16_t mulawDecode(std::uint8_t code) noexcept
{
    return kDecode[code];
}

std::uint8_t mulawEncode(std::int16_t sample) noexcept
{
    int pcm = sample;
    const int sign = (pcm < 0) ? 0x80 : 0x00;
    if (pcm < 0)
        pcm = -pcm;
    if (pcm > kClip)
        pcm = kClip;
    pcm += kBias;
    int exponent = 7;
    for (int mask = 0x4000; (pcm & mask) == 0 && exponent > 0; mask >>= 1)
        --exponent;
    const int mantissa = (pcm >> (exponent + 3)) & 0x0F;
    return static_cast<std::uint8_t>(~(sign | (exponent << 4) | mantissa) & 0xFF);
}

void mulawDecode(std::span<const std::uint8_t> in, std::int16_t *out) noexcept
{
    for (std::size_t i = 0; i < in.size(); ++i)
        out[i] = kDecode[in[i]];
}

void mulawEncode(std::span<const std::int16_t> in, std::uint8_t *out) noexcept
{
    for (std::size_t i = 0; i < in.size(); ++i)
        out[i] = mulawEncode(in[i]);
}

} // namespace patchline::audio
