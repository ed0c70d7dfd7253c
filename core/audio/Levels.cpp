#include "audio/Levels.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace patchline::audio {

FrameLevel measureLevel(std::span<const std::int16_t> samples) noexcept
{
    FrameLevel level;
    if (samples.empty())
        return level;
    int peak = 0;
    double sumSq = 0.0;
    for (const std::int16_t s : samples) {
        const int a = std::abs(static_cast<int>(s));
        peak = std::max(peak, a);
        sumSq += static_cast<double>(s) * s;
    }
    const auto toDb = [](double linear) {
        if (linear <= 0.0)
            return kFloorDb;
        return std::max(kFloorDb, static_cast<float>(20.0 * std::log10(linear / 32768.0)));
    };
    level.peakDb = toDb(peak);
    level.rmsDb = toDb(std::sqrt(sumSq / static_cast<double>(samples.size())));
    return level;
}

} // namespace patchline::audio
