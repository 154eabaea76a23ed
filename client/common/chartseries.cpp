// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/chartseries.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace boli::client {

namespace {
constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;
}

ChartSeries::ChartSeries(int valueColumns, bool includeZero, QObject *parent)
    : QAbstractTableModel(parent)
    , m_valueColumns(valueColumns)
    , m_includeZero(includeZero)
{
    computeRanges();
}

int ChartSeries::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_points.size());
}

int ChartSeries::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1 + m_valueColumns;
}

QVariant ChartSeries::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole) {
        return {};
    }
    const Point &point = m_points.at(index.row());
    // The mapper reads reals: ms since the epoch fit a double exactly.
    return index.column() == 0 ? double(point.atMs) : point.values.value(index.column() - 1);
}

int ChartSeries::xTicks() const
{
    const qint64 days = (m_xRange[1] - m_xRange[0] + kDayMs / 2) / kDayMs;
    return int(std::clamp<qint64>(days + 1, 2, 7));
}

void ChartSeries::setPoints(QList<Point> points)
{
    std::stable_sort(
        points.begin(), points.end(), [](const Point &a, const Point &b) { return a.atMs < b.atMs; });
    beginResetModel();
    m_points = std::move(points);
    endResetModel();
    computeRanges();
    Q_EMIT changed();
}

double ChartSeries::niceStep(double span)
{
    if (!(span > 0)) {
        return 1;
    }
    const double rough = span / 4;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    for (const double factor : {1.0, 2.0, 5.0}) {
        if (factor * magnitude >= rough) {
            return factor * magnitude;
        }
    }
    return 10 * magnitude;
}

void ChartSeries::computeRanges()
{
    if (m_points.isEmpty()) {
        m_xRange[0] = m_xRange[1] = 0;
        m_yMin = 0;
        m_yMax = 1;
        m_yTicks = 2;
        return;
    }
    // Half a day of room on each side keeps the first and last points off the frame; a single
    // day (or instant) gets a day on each side, so that its label sits in the middle.
    const qint64 xPad = m_points.constFirst().atMs == m_points.constLast().atMs ? kDayMs : kDayMs / 2;
    m_xRange[0] = m_points.constFirst().atMs - xPad;
    m_xRange[1] = m_points.constLast().atMs + xPad;

    double low = std::numeric_limits<double>::max();
    double high = std::numeric_limits<double>::lowest();
    for (const Point &point : std::as_const(m_points)) {
        for (const double value : point.values) {
            low = std::min(low, value);
            high = std::max(high, value);
        }
    }
    if (m_includeZero) {
        low = std::min(low, 0.0);
        high = std::max(high, 0.0);
    }
    double span = high - low;
    if (span <= 0) {
        span = std::max(std::abs(high) * 0.1, 1.0); // one flat value: show it mid-chart
    }
    const double pad = span * 0.1;
    const double step = niceStep(span + 2 * pad);
    // Zero stays the floor for values that cannot go below it (counts, a chart of gains only).
    m_yMin = (m_includeZero && low >= 0) ? 0 : std::floor((low - pad) / step) * step;
    m_yMax = std::ceil((high + pad) / step) * step;
    m_yTicks = int(std::lround((m_yMax - m_yMin) / step)) + 1;
}

} // namespace boli::client
