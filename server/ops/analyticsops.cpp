// SPDX-License-Identifier: GPL-3.0-or-later
#include "ops/analyticsops.h"

#include "boli/clock.h"
#include "boli/fieldreader.h"
#include "prices/analyticsqueries.h"
#include "prices/marketanalytics.h"
#include "prices/priceservice.h"

namespace boli::server {
namespace {
using namespace Qt::StringLiterals;

/// An optional ISO date field ("2026-11-21"); null when absent, a failure when malformed.
QDate readDate(FieldReader &reader, const QString &key)
{
    const auto text = reader.optionalString(key);
    if (!reader.ok() || !text) {
        return {};
    }
    const QDate date = QDate::fromString(*text, Qt::ISODate);
    if (!date.isValid()) {
        reader.invalid(key, u"must be a date like 2026-11-21"_s);
    }
    return date;
}
} // namespace

AnalyticsOps::AnalyticsOps(const AnalyticsQueries &queries, const MarketAnalytics &analytics,
    PriceService &prices, const Clock &clock)
    : m_queries(queries)
    , m_analytics(analytics)
    , m_prices(prices)
    , m_clock(clock)
{ }

void AnalyticsOps::registerOps(OpDispatcher &dispatcher)
{
    dispatcher.add(u"analytics.listing"_s, roles::loggedIn, this, &AnalyticsOps::listing);
    dispatcher.add(u"analytics.seller"_s, roles::loggedIn, this, &AnalyticsOps::seller);
    dispatcher.add(u"admin.analytics"_s, roles::admin, this, &AnalyticsOps::market);
}

QCoro::Task<OpResult> AnalyticsOps::listing(Caller caller, QJsonObject fields)
{
    FieldReader reader(fields);
    const qint64 id = reader.integer(u"listing_id"_s);
    if (!reader.ok()) {
        co_return *reader.error();
    }
    const auto facts = m_queries.listing(id);
    if (!facts) {
        co_return Error::of(ErrorCode::NotFound, u"there is no listing %1"_s.arg(id));
    }
    const qint64 me = caller.userId().value_or(0);
    if (caller.role() != Role::Admin && facts->sellerId != me && facts->createdBy != me) {
        co_return Error::of(ErrorCode::Forbidden, u"only the seller, the agent who listed it or an admin"_s);
    }
    m_prices.ensureData();
    const auto bidders = m_queries.bidders({*facts});
    co_return QJsonObject {{u"analytics"_s, m_analytics.listing(*facts, bidders.value(facts->id))}};
}

QCoro::Task<OpResult> AnalyticsOps::seller(Caller caller, QJsonObject fields)
{
    FieldReader reader(fields);
    const qint64 me = caller.userId().value_or(0);
    const qint64 sellerId = reader.optionalInteger(u"seller_id"_s).value_or(me);
    if (!reader.ok()) {
        co_return *reader.error();
    }
    if (sellerId != me && caller.role() != Role::Admin) {
        co_return Error::of(ErrorCode::Forbidden, u"only admins see another seller's analytics"_s);
    }
    m_prices.ensureData();
    co_return QJsonObject {{u"analytics"_s, m_analytics.seller(sellerId)}};
}

QCoro::Task<OpResult> AnalyticsOps::market(Caller, QJsonObject fields)
{
    FieldReader reader(fields);
    QDate to = readDate(reader, u"to"_s);
    QDate from = readDate(reader, u"from"_s);
    if (!reader.ok()) {
        co_return *reader.error();
    }
    if (!to.isValid()) {
        to = MarketAnalytics::indiaDate(m_clock.nowMs());
    }
    if (!from.isValid()) {
        from = to.addDays(1 - kDefaultDays);
    }
    if (from > to) {
        co_return Error::of(ErrorCode::InvalidValue, u"from must not be after to"_s);
    }
    if (from.daysTo(to) >= kMaxDays) {
        co_return Error::of(ErrorCode::InvalidValue, u"at most %1 days at once"_s.arg(kMaxDays));
    }
    m_prices.ensureData();
    co_return QJsonObject {{u"analytics"_s, m_analytics.market(from, to)}};
}

} // namespace boli::server
