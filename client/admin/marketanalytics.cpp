// SPDX-License-Identifier: GPL-3.0-or-later
#include "admin/marketanalytics.h"

#include "app/formatter.h"
#include "app/language.h"
#include "net/serverconnection.h"

#include <QDateTime>
#include <QJsonArray>

namespace boli::client {
using namespace Qt::StringLiterals;

namespace {
const QStringList kTotalsFields {u"listings"_s, u"sold"_s, u"unsold"_s, u"bids"_s, u"unique_bidders"_s,
    u"watchers"_s, u"revenue"_s, u"success_rate_text"_s, u"average_bids_text"_s, u"uplift_text"_s};
constexpr qint64 kIndiaOffsetMs = (5 * 60 + 30) * 60'000; // the mandis' day: UTC+05:30

QStringList withTotals(QStringList keys)
{
    return keys + kTotalsFields;
}

qint64 noonUtc(const QDate &day)
{
    return QDateTime(day, QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
}
} // namespace

MarketAnalytics::MarketAnalytics(
    ServerConnection &connection, const Formatter &formatter, const Language &language, QObject *parent)
    : QObject(parent)
    , m_formatter(formatter)
    , m_connection(connection)
    , m_runner(connection)
    , m_totals(formatter)
    , m_byDay(withTotals({u"date"_s, u"date_text"_s}),
          [&formatter](QJsonObject &row) {
              AnalyticsTotals::addTexts(row, formatter);
              row.insert(u"date_text"_s, formatter.isoDate(row.value(u"date"_s).toString()));
          })
    , m_byCrop(withTotals({u"crop_id"_s, u"crop_code"_s}),
          [&formatter](QJsonObject &row) { AnalyticsTotals::addTexts(row, formatter); })
    , m_byMandi(withTotals({u"mandi"_s, u"district"_s, u"state"_s}),
          [&formatter](QJsonObject &row) { AnalyticsTotals::addTexts(row, formatter); })
{
    connect(&language, &Language::changed, this, &MarketAnalytics::textChanged);
}

QString MarketAnalytics::rangeText() const
{
    if (m_from.isEmpty()) {
        return {};
    }
    return tr("%1 – %2").arg(m_formatter.isoDate(m_from), m_formatter.isoDate(m_to));
}

QString MarketAnalytics::checkRange(const QString &from, const QString &to) const
{
    const QDate first = QDate::fromString(from.trimmed(), Qt::ISODate);
    const QDate last = QDate::fromString(to.trimmed(), Qt::ISODate);
    if (!first.isValid() || !last.isValid()) {
        return tr("Enter both dates as year-month-day, for example 2026-11-01.");
    }
    if (first > last) {
        return tr("The first day must not be after the last day.");
    }
    if (first.daysTo(last) + 1 > kMaxSpanDays) {
        return tr("Choose at most %1 days.").arg(kMaxSpanDays);
    }
    return {};
}

bool MarketAnalytics::setRange(const QString &from, const QString &to)
{
    const QString problem = checkRange(from, to);
    setRangeError(problem);
    if (!problem.isEmpty()) {
        return false; // what is shown stays as it was
    }
    load({{u"from"_s, from.trimmed()}, {u"to"_s, to.trimmed()}}, ++m_generation);
    return true;
}

void MarketAnalytics::showLastDays(int days)
{
    const QDate today =
        QDateTime::fromMSecsSinceEpoch(m_connection.serverNowMs() + kIndiaOffsetMs, Qt::UTC).date();
    setRange(
        today.addDays(1 - qBound(1, days, kMaxSpanDays)).toString(Qt::ISODate), today.toString(Qt::ISODate));
}

void MarketAnalytics::refresh()
{
    QJsonObject fields;
    if (!m_from.isEmpty()) {
        fields = {{u"from"_s, m_from}, {u"to"_s, m_to}};
    }
    load(std::move(fields), ++m_generation);
}

void MarketAnalytics::clear()
{
    ++m_generation;
    m_runner.clearError();
    setRangeError({});
    m_from.clear();
    m_to.clear();
    m_totals.clear();
    m_byDay.clear();
    m_byCrop.clear();
    m_byMandi.clear();
    m_uplift.clear();
    m_bids.clear();
    m_successRate.clear();
    Q_EMIT changed();
    Q_EMIT textChanged();
}

QCoro::Task<> MarketAnalytics::load(QJsonObject fields, int generation)
{
    auto asking = m_runner.run(u"admin.analytics"_s, std::move(fields));
    const protocol::Reply reply = co_await asking;
    if (generation != m_generation) {
        co_return; // asked again (or logged out) meanwhile
    }
    if (reply.ok()) {
        adopt(reply.fields.value(u"analytics"_s).toObject());
    }
    Q_EMIT refreshed();
}

void MarketAnalytics::adopt(const QJsonObject &analytics)
{
    m_from = analytics.value(u"from"_s).toString();
    m_to = analytics.value(u"to"_s).toString();
    m_totals.set(analytics.value(u"totals"_s).toObject());
    const QJsonArray days = analytics.value(u"by_day"_s).toArray();
    m_byDay.setRows(days);
    m_byCrop.setRows(analytics.value(u"by_crop"_s).toArray());
    m_byMandi.setRows(analytics.value(u"by_mandi"_s).toArray());
    QList<ChartSeries::Point> uplift;
    QList<ChartSeries::Point> bids;
    QList<ChartSeries::Point> success;
    for (const QJsonValue &value : days) {
        const QJsonObject day = value.toObject();
        const QDate date = QDate::fromString(day.value(u"date"_s).toString(), Qt::ISODate);
        if (!date.isValid()) {
            continue;
        }
        const qint64 at = noonUtc(date);
        bids.append(ChartSeries::Point {at, {double(day.value(u"bids"_s).toInteger())}});
        success.append(ChartSeries::Point {at, {day.value(u"success_rate"_s).toDouble() * 100}});
        if (day.value(u"price_uplift_percent"_s).isDouble()) {
            uplift.append(ChartSeries::Point {at, {day.value(u"price_uplift_percent"_s).toDouble()}});
        }
    }
    m_uplift.setPoints(std::move(uplift));
    m_bids.setPoints(std::move(bids));
    m_successRate.setPoints(std::move(success));
    Q_EMIT changed();
    Q_EMIT textChanged();
}

void MarketAnalytics::setRangeError(const QString &error)
{
    if (error != m_rangeError) {
        m_rangeError = error;
        Q_EMIT rangeErrorChanged();
    }
}

} // namespace boli::client
