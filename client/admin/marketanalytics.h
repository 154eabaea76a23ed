// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/analyticstotals.h"
#include "common/chartseries.h"
#include "common/jsonrowsmodel.h"
#include "common/oprunner.h"

#include <QCoroTask>
#include <QObject>

namespace boli::client {

class Formatter;
class Language;

/// @brief The market's analytics for the admin (`admin.analytics`) over a range of India days: the
/// totals, the by-day / by-crop / by-mandi tables and the series of the two charts.
///
/// Series (column 0 is the day, noon UTC of the India date): `uplift` — the day's price uplift %
/// (days where a sale had a mandi price); `bids` — bids on the listings that closed that day;
/// `successRate` — the day's sold ÷ closed in percent. Each table row also carries
/// `success_rate_text`, `average_bids_text` and `uplift_text`; by-day rows `date_text`.
class MarketAnalytics : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString from READ from NOTIFY changed)
    Q_PROPERTY(QString to READ to NOTIFY changed)
    /// "1 Nov 2026 – 30 Nov 2026" in the current language; empty before the first answer.
    Q_PROPERTY(QString rangeText READ rangeText NOTIFY textChanged)
    Q_PROPERTY(boli::client::AnalyticsTotals *totals READ totals CONSTANT)
    Q_PROPERTY(boli::client::JsonRowsModel *byDay READ byDay CONSTANT)
    Q_PROPERTY(boli::client::JsonRowsModel *byCrop READ byCrop CONSTANT)
    Q_PROPERTY(boli::client::JsonRowsModel *byMandi READ byMandi CONSTANT)
    Q_PROPERTY(boli::client::ChartSeries *uplift READ uplift CONSTANT)
    Q_PROPERTY(boli::client::ChartSeries *bids READ bids CONSTANT)
    Q_PROPERTY(boli::client::ChartSeries *successRate READ successRate CONSTANT)
    Q_PROPERTY(boli::client::OpRunner *runner READ runner CONSTANT)
    /// Why the typed range was refused (translated); empty when it was taken.
    Q_PROPERTY(QString rangeError READ rangeError NOTIFY rangeErrorChanged)

public:
    static constexpr int kMaxSpanDays = 366;

    MarketAnalytics(ServerConnection &connection, const Formatter &formatter, const Language &language,
        QObject *parent = nullptr);

    [[nodiscard]] QString from() const { return m_from; }
    [[nodiscard]] QString to() const { return m_to; }
    [[nodiscard]] QString rangeText() const;
    [[nodiscard]] AnalyticsTotals *totals() { return &m_totals; }
    [[nodiscard]] JsonRowsModel *byDay() { return &m_byDay; }
    [[nodiscard]] JsonRowsModel *byCrop() { return &m_byCrop; }
    [[nodiscard]] JsonRowsModel *byMandi() { return &m_byMandi; }
    [[nodiscard]] ChartSeries *uplift() { return &m_uplift; }
    [[nodiscard]] ChartSeries *bids() { return &m_bids; }
    [[nodiscard]] ChartSeries *successRate() { return &m_successRate; }
    [[nodiscard]] OpRunner *runner() { return &m_runner; }
    [[nodiscard]] QString rangeError() const { return m_rangeError; }

    /// "" when `from`..`to` (ISO dates as typed) is a range the server takes, else why not.
    Q_INVOKABLE [[nodiscard]] QString checkRange(const QString &from, const QString &to) const;
    /// Shows `from`..`to`; a bad range is refused with `runner.error` set and nothing asked.
    Q_INVOKABLE bool setRange(const QString &from, const QString &to);
    /// The last `days` India days up to today (the server's clock).
    Q_INVOKABLE void showLastDays(int days);
    /// Asks again for the range shown (the server's default, the last 30 days, at first).
    Q_INVOKABLE void refresh();
    Q_INVOKABLE void clear();

Q_SIGNALS:
    void changed();
    void textChanged();
    void refreshed();
    void rangeErrorChanged();

private:
    QCoro::Task<> load(QJsonObject fields, int generation);
    void adopt(const QJsonObject &analytics);
    void setRangeError(const QString &error);

    const Formatter &m_formatter;
    ServerConnection &m_connection;
    OpRunner m_runner;
    AnalyticsTotals m_totals;
    JsonRowsModel m_byDay;
    JsonRowsModel m_byCrop;
    JsonRowsModel m_byMandi;
    ChartSeries m_uplift {1, true};
    ChartSeries m_bids {1, true};
    ChartSeries m_successRate {1, true};
    QString m_from;
    QString m_to;
    QString m_rangeError;
    int m_generation = 0;
};

} // namespace boli::client
