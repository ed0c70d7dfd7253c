#pragma once

// Ground floor (core/call/): the monotonic clock and latency histogram shared by every
// folder; includes only the standard library.

#include <array>
#include <chrono>
#include <cstdint>

namespace patchline::bridge {

/// Monotonic nanoseconds (steady clock); comparable across threads of this process.
inline std::int64_t monotonicNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

/// Fixed-size latency histogram: 1 µs buckets to 1 ms, then 100 µs buckets to 100 ms,
/// then one overflow bucket. record() never allocates. Single-threaded; merge() combines.
class LatencyHistogram
{
public:
    void record(std::int64_t ns)
    {
        const std::int64_t us = ns < 0 ? 0 : ns / 1000;
        std::size_t b;
        if (us < 1000)
            b = static_cast<std::size_t>(us);
        else if (us < 100000)
            b = 1000 + static_cast<std::size_t>((us - 1000) / 100);
        else
            b = kBuckets - 1;
        ++m_counts[b];
        ++m_total;
        if (us > m_maxUs)
            m_maxUs = us;
    }

    void merge(const LatencyHistogram &o)
    {
        for (std::size_t i = 0; i < kBuckets; ++i)
            m_counts[i] += o.m_counts[i];
        m_total += o.m_total;
        if (o.m_maxUs > m_maxUs)
            m_maxUs = o.m_maxUs;
    }

    /// Upper edge of the bucket holding the `p`-th percentile (0 < p ≤ 100), in µs.
    double percentileUs(double p) const
    {
        if (m_total == 0)
            return 0.0;
        const auto target = static_cast<std::uint64_t>(p / 100.0 * double(m_total) + 0.5);
        std::uint64_t seen = 0;
        for (std::size_t i = 0; i < kBuckets; ++i) {
            seen += m_counts[i];
            if (seen >= target && seen > 0)
                return i < 1000 ? double(i + 1) : 1000.0 + double(i - 999) * 100.0;
        }
        return double(m_maxUs);
    }

    std::uint64_t count() const { return m_total; }
    std::int64_t maxUs() const { return m_maxUs; }

private:
    static constexpr std::size_t kBuckets = 1000 + 990 + 1;
    std::array<std::uint64_t, kBuckets> m_counts{};
    std::uint64_t m_total = 0;
    std::int64_t m_maxUs = 0;
};

} // namespace patchline::bridge
