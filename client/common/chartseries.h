// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace boli::client {

/// @brief The points of one chart as a table for Qt Charts' `VXYModelMapper`, with the axis ranges
/// worked out here so that QML only binds.
///
/// Column 0 is x, a UTC instant in ms (what a `DateTimeAxis` plots); columns 1… are the y values
/// of the chart's lines (rupees per quintal, percent or counts). Why a model and not a QML loop
/// that appends points: the mapper follows the model's resets by itself, the chart stays a plain
/// binding, and the same object is tested with QAbstractItemModelTester without any QML.
///
/// The y values are plotting coordinates only: prices arrive as integer paise and are turned into
/// rupees for the axis in one place (PriceHistory); no money is ever computed from them.
class ChartSeries : public QAbstractTableModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY changed)
    Q_PROPERTY(QDateTime xMin READ xMin NOTIFY changed)
    Q_PROPERTY(QDateTime xMax READ xMax NOTIFY changed)
    Q_PROPERTY(double yMin READ yMin NOTIFY changed)
    Q_PROPERTY(double yMax READ yMax NOTIFY changed)
    /// Labels on the y axis, so that they fall on round numbers (yMin + k × step).
    Q_PROPERTY(int yTicks READ yTicks NOTIFY changed)
    /// Labels on the date axis: one a day for a short span, at most seven.
    Q_PROPERTY(int xTicks READ xTicks NOTIFY changed)

public:
    struct Point
    {
        qint64 atMs = 0;
        QList<double> values; ///< one per y column
    };

    /// `valueColumns`: how many y columns; `includeZero`: the y axis always shows 0 (counts and
    /// percentages, where the distance from zero is the point).
    explicit ChartSeries(int valueColumns, bool includeZero, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    [[nodiscard]] int count() const { return int(m_points.size()); }
    [[nodiscard]] QDateTime xMin() const { return QDateTime::fromMSecsSinceEpoch(m_xRange[0], Qt::UTC); }
    [[nodiscard]] QDateTime xMax() const { return QDateTime::fromMSecsSinceEpoch(m_xRange[1], Qt::UTC); }
    [[nodiscard]] double yMin() const { return m_yMin; }
    [[nodiscard]] double yMax() const { return m_yMax; }
    [[nodiscard]] int yTicks() const { return m_yTicks; }
    [[nodiscard]] int xTicks() const;
    [[nodiscard]] const QList<Point> &points() const { return m_points; }

    /// Replaces every point (sorted by x here) and recomputes the ranges.
    void setPoints(QList<Point> points);
    void clear() { setPoints({}); }

    /// A rounded step (1, 2 or 5 × 10ⁿ) that cuts `span` into about four parts.
    [[nodiscard]] static double niceStep(double span);

Q_SIGNALS:
    void changed();

private:
    void computeRanges();

    int m_valueColumns;
    bool m_includeZero;
    QList<Point> m_points;
    qint64 m_xRange[2] {0, 0};
    double m_yMin = 0;
    double m_yMax = 1;
    int m_yTicks = 2;
};

} // namespace boli::client
