// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>
#include <vector>

namespace boli::bench {

/// Microseconds on the monotonic clock, shared by everything in the bench process so that a time taken
/// by one connection can be compared with a time taken by another.
[[nodiscard]] qint64 nowUs();

/// @brief A set of latency samples (microseconds) and their percentiles.
///
/// Keeps every sample: a 20-second run at tens of thousands of samples a second is a few tens of
/// megabytes, and exact percentiles need no bucket design to be argued about.
class Samples
{
public:
    void add(qint64 micros)
    {
        m_values.push_back(micros);
        m_sorted = false;
    }
    [[nodiscard]] qsizetype count() const { return qsizetype(m_values.size()); }
    /// The nearest-rank percentile (0 < p ≤ 100); 0 without samples. Sorts lazily.
    [[nodiscard]] qint64 percentile(double p) const;
    [[nodiscard]] qint64 max() const;
    [[nodiscard]] double mean() const;

private:
    mutable std::vector<qint64> m_values;
    mutable bool m_sorted = false;
};

} // namespace boli::bench
