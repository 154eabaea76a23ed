// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/chartseries.h"
#include "common/oprunner.h"

#include <QCoroTask>
#include <QObject>

namespace boli::client {

class Formatter;
class Language;

/// @brief A crop's daily mandi prices near a place (`prices.history`) for a chart: the points in
/// rupees per quintal, the axis ranges, where and when the figures are from, and "no data".
///
/// `series` columns: 0 the day (noon UTC of the India date, so every time zone labels it with the
/// same day), 1 the modal price, 2 the lowest, 3 the highest (₹ per quintal, for the axis only).
class PriceHistory : public QObject
{
    Q_OBJECT
    Q_PROPERTY(boli::client::ChartSeries *series READ series CONSTANT)
    Q_PROPERTY(boli::client::OpRunner *runner READ runner CONSTANT)
    /// A reply arrived for the current question (with or without prices).
    Q_PROPERTY(bool loaded READ loaded NOTIFY changed)
    Q_PROPERTY(bool hasData READ hasData NOTIFY changed)
    /// `market`, `district`, `state` or `national`; empty without data.
    Q_PROPERTY(QString level READ level NOTIFY changed)
    /// `api`, `import`, `mixed` or `sample`; empty without data.
    Q_PROPERTY(QString source READ source NOTIFY changed)
    Q_PROPERTY(bool sample READ sample NOTIFY changed)
    /// The latest modal price, paise per quintal; 0 without data.
    Q_PROPERTY(qint64 latestModal READ latestModal NOTIFY changed)
    /// "Mandi prices, 22 Oct 2026 – 20 Nov 2026" in the current language.
    Q_PROPERTY(QString title READ title NOTIFY textChanged)
    /// "At this mandi", "In this district", … in the current language.
    Q_PROPERTY(QString levelText READ levelText NOTIFY textChanged)
    /// Where the figures come from; says plainly when they are the shipped sample.
    Q_PROPERTY(QString sourceText READ sourceText NOTIFY textChanged)
    /// What to show instead of an empty chart; empty while there is data or nothing was asked.
    Q_PROPERTY(QString emptyText READ emptyText NOTIFY textChanged)

public:
    static constexpr int kDefaultDays = 30;

    PriceHistory(ServerConnection &connection, const Formatter &formatter, const Language &language,
        QObject *parent = nullptr);

    [[nodiscard]] ChartSeries *series() { return &m_series; }
    [[nodiscard]] OpRunner *runner() { return &m_runner; }
    [[nodiscard]] bool loaded() const { return m_loaded; }
    [[nodiscard]] bool hasData() const { return m_series.count() > 0; }
    [[nodiscard]] QString level() const { return m_level; }
    [[nodiscard]] QString source() const { return m_source; }
    [[nodiscard]] bool sample() const { return m_source == u"sample"; }
    [[nodiscard]] qint64 latestModal() const { return m_latestModal; }
    [[nodiscard]] QString title() const;
    [[nodiscard]] QString levelText() const;
    [[nodiscard]] QString sourceText() const;
    [[nodiscard]] QString emptyText() const;

    /// Asks for `days` (1–90) of prices of `cropId` near the place (any part may be empty). A newer
    /// question wins over an older one still in flight.
    Q_INVOKABLE void load(qint64 cropId, const QString &mandi, const QString &district, const QString &state,
        int days = kDefaultDays);
    /// Forgets the figures (a new form, a logout).
    Q_INVOKABLE void clear();

Q_SIGNALS:
    void changed();
    void textChanged();

private:
    QCoro::Task<> loadTask(QJsonObject fields, int generation);
    void adopt(const QJsonObject &reply);

    const Formatter &m_formatter;
    OpRunner m_runner;
    ChartSeries m_series {3, false};
    int m_generation = 0;
    bool m_loaded = false;
    QString m_level;
    QString m_source;
    QString m_from;
    QString m_to;
    qint64 m_latestModal = 0;
};

} // namespace boli::client
