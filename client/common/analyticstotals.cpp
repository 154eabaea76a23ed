// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/analyticstotals.h"

#include "app/formatter.h"

namespace boli::client {
using namespace Qt::StringLiterals;

namespace {
// The server rounds ratios to 4 decimals; shown as a percentage they need one.
QString successText(const QJsonObject &totals, const Formatter &formatter)
{
    return formatter.percent(totals.value(u"success_rate").toDouble() * 100);
}

QString upliftOf(const QJsonValue &percent, const Formatter &formatter)
{
    return percent.isDouble() ? formatter.signedPercent(percent.toDouble()) : u"—"_s;
}
} // namespace

AnalyticsTotals::AnalyticsTotals(const Formatter &formatter, QObject *parent)
    : QObject(parent)
    , m_formatter(formatter)
{ }

QString AnalyticsTotals::revenueText() const
{
    return m_formatter.rupees(revenue());
}

QString AnalyticsTotals::successRateText() const
{
    return successText(m_totals, m_formatter);
}

QString AnalyticsTotals::averageBidsText() const
{
    return m_formatter.decimal(m_totals.value(u"average_bids_per_listing").toDouble(), 1);
}

QString AnalyticsTotals::upliftText() const
{
    return upliftOf(m_totals.value(u"price_uplift_percent"), m_formatter);
}

void AnalyticsTotals::set(const QJsonObject &totals)
{
    m_totals = totals;
    Q_EMIT changed();
}

void AnalyticsTotals::addTexts(QJsonObject &row, const Formatter &formatter)
{
    row.insert(u"success_rate_text"_s, successText(row, formatter));
    row.insert(
        u"average_bids_text"_s, formatter.decimal(row.value(u"average_bids_per_listing").toDouble(), 1));
    row.insert(u"uplift_text"_s, upliftOf(row.value(u"price_uplift_percent"), formatter));
}

} // namespace boli::client
