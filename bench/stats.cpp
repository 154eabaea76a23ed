// SPDX-License-Identifier: GPL-3.0-or-later
#include "stats.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <numeric>

namespace boli::bench {

qint64 nowUs()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(steady_clock::now().time_since_epoch()).count();
}

qint64 Samples::percentile(double p) const
{
    if (m_values.empty()) {
        return 0;
    }
    if (!m_sorted) {
        std::sort(m_values.begin(), m_values.end());
        m_sorted = true;
    }
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(m_values.size())));
    return m_values[size_t(std::clamp<qsizetype>(rank, 1, qsizetype(m_values.size())) - 1)];
}

qint64 Samples::max() const
{
    return m_values.empty() ? 0 : *std::max_element(m_values.begin(), m_values.end());
}

double Samples::mean() const
{
    if (m_values.empty()) {
        return 0;
    }
    return double(std::accumulate(m_values.begin(), m_values.end(), qint64(0))) / double(m_values.size());
}

} // namespace boli::bench
