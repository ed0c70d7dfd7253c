#pragma once

#include <QString>

#include <cstdint>
#include <vector>

namespace patchline::audio {

struct PcmBuffer;

/// The full-call waveform of the review pane (issue 8 §4): the peak of each channel of a
/// stereo recording (caller L, agent R) per 20 ms block, as 0–255 on a dB scale (0 =
/// −60 dBFS or quieter, 255 = full scale). About 50 bytes per second per channel.
struct Overview
{
    static constexpr int kBlockMs = 20;
    std::vector<std::uint8_t> caller;
    std::vector<std::uint8_t> agent;
    qint64 durationMs = 0;
    bool isEmpty() const { return caller.empty(); }
};

/// Computes the overview of interleaved stereo PCM16 (mono recordings fill both lanes).
Overview computeOverview(const PcmBuffer &pcm);

/// The overview of the WAV at `wavPath`, computed once and cached in `cacheDir` (keyed by
/// path, size and modification time, so a recording still growing is recomputed). Any
/// thread; reads the whole file, so keep it off the GUI thread. False with `error` naming the
/// file when it cannot be read.
bool loadOverview(const QString &wavPath, const QString &cacheDir, Overview &out,
                  QString *error = nullptr);

} // namespace patchline::audio
