// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QObject>

namespace boli::client {

class Formatter;

/// @brief One "totals" object of the analytics ops (docs/protocol.md) as properties, with the
/// ratios and money already turned into text, so that a tile binds to a figure and shows it.
///
/// A figure the server does not send is not shown: `hasViews` is true only when the reply carries
/// `views` (older servers track none), `hasUplift` only when some sale had a mandi price.
class AnalyticsTotals : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool loaded READ loaded NOTIFY changed)
    Q_PROPERTY(int listings READ listings NOTIFY changed)
    Q_PROPERTY(int sold READ sold NOTIFY changed)
    Q_PROPERTY(int unsold READ unsold NOTIFY changed)
    Q_PROPERTY(int bids READ bids NOTIFY changed)
    Q_PROPERTY(int uniqueBidders READ uniqueBidders NOTIFY changed)
    Q_PROPERTY(int watchers READ watchers NOTIFY changed)
    Q_PROPERTY(bool hasViews READ hasViews NOTIFY changed)
    Q_PROPERTY(int views READ views NOTIFY changed)
    Q_PROPERTY(qint64 revenue READ revenue NOTIFY changed)
    Q_PROPERTY(QString revenueText READ revenueText NOTIFY changed)
    Q_PROPERTY(QString successRateText READ successRateText NOTIFY changed)
    Q_PROPERTY(QString averageBidsText READ averageBidsText NOTIFY changed)
    Q_PROPERTY(bool hasUplift READ hasUplift NOTIFY changed)
    Q_PROPERTY(QString upliftText READ upliftText NOTIFY changed)

public:
    explicit AnalyticsTotals(const Formatter &formatter, QObject *parent = nullptr);

    [[nodiscard]] bool loaded() const { return !m_totals.isEmpty(); }
    [[nodiscard]] int listings() const { return number(u"listings"); }
    [[nodiscard]] int sold() const { return number(u"sold"); }
    [[nodiscard]] int unsold() const { return number(u"unsold"); }
    [[nodiscard]] int bids() const { return number(u"bids"); }
    [[nodiscard]] int uniqueBidders() const { return number(u"unique_bidders"); }
    [[nodiscard]] int watchers() const { return number(u"watchers"); }
    [[nodiscard]] bool hasViews() const { return m_totals.value(u"views").isDouble(); }
    [[nodiscard]] int views() const { return number(u"views"); }
    [[nodiscard]] qint64 revenue() const { return m_totals.value(u"revenue").toInteger(); }
    [[nodiscard]] QString revenueText() const;
    [[nodiscard]] QString successRateText() const;
    [[nodiscard]] QString averageBidsText() const;
    [[nodiscard]] bool hasUplift() const { return m_totals.value(u"price_uplift_percent").isDouble(); }
    /// "+2.9%" (final prices against the mandi's), or "—" when nothing could be compared.
    [[nodiscard]] QString upliftText() const;

    void set(const QJsonObject &totals);
    void clear() { set({}); }

    /// The texts of a totals object (or a breakdown row) as extra fields, for table rows:
    /// `success_rate_text`, `average_bids_text`, `uplift_text`.
    static void addTexts(QJsonObject &row, const Formatter &formatter);

Q_SIGNALS:
    void changed();

private:
    [[nodiscard]] int number(QStringView field) const { return m_totals.value(field).toInt(); }

    const Formatter &m_formatter;
    QJsonObject m_totals;
};

} // namespace boli::client
