#pragma once

#include <QtGlobal>

#include <cmath>

namespace patchline::bridge {

/// A JSON number (a double) as a whole number, or `fallback` when it is not one that fits:
/// NaN, infinite, fractional, or beyond ±2^53 (where doubles stop being exact). Converting an
/// out-of-range double with a cast is undefined behaviour; remote JSON may send 1e300
/// (found by fuzzing, issue 16 §9). Pure.
inline qint64 wholeNumber(double d, qint64 fallback = -1)
{
    constexpr double kMaxExact = 9007199254740992.0; // 2^53
    if (!std::isfinite(d) || std::fabs(d) > kMaxExact || std::trunc(d) != d)
        return fallback;
    return static_cast<qint64>(d);
}

} // namespace patchline::bridge
