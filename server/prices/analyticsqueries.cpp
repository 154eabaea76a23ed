// SPDX-License-Identifier: GPL-3.0-or-later
#include "prices/analyticsqueries.h"

namespace boli::server {
namespace {
using namespace Qt::StringLiterals;

std::optional<qint64> optionalInteger(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional(value.toLongLong());
}
} // namespace

AnalyticsQueries::AnalyticsQueries(const Database &database)
    : m_database(database)
{ }

QList<ListingFacts> AnalyticsQueries::select(
    const QString &where, const QList<std::pair<QString, QVariant>> &bindings) const
{
    SqlQuery query(m_database,
        u"SELECT l.id, l.seller_id, l.crop_id, l.mandi, l.district, l.state, l.status, l.bid_count, "
        "(SELECT COUNT(*) FROM watchlist w WHERE w.listing_id = l.id), l.starting_price, l.quantity_kg, "
        "l.ends_at, t.price_per_quintal, t.total, t.created_at, l.created_by, "
        "(SELECT COUNT(*) FROM listing_views v WHERE v.listing_id = l.id) "
        "FROM listings l LEFT JOIN transactions t ON t.listing_id = l.id WHERE %1 "
        "ORDER BY l.ends_at DESC, l.id DESC"_s.arg(where));
    for (const auto &[name, value] : bindings) {
        query.bind(name, value);
    }
    query.exec();
    QList<ListingFacts> listings;
    while (query.next()) {
        ListingFacts facts;
        facts.id = query.value(0).toLongLong();
        facts.sellerId = query.value(1).toLongLong();
        facts.cropId = query.value(2).toLongLong();
        facts.mandi = query.value(3).toString();
        facts.district = query.value(4).toString();
        facts.state = query.value(5).toString();
        facts.status = query.value(6).toString();
        facts.bidCount = query.value(7).toLongLong();
        facts.watchers = query.value(8).toLongLong();
        facts.startingPrice = query.value(9).toLongLong();
        facts.quantityKg = query.value(10).toLongLong();
        facts.endsAt = query.value(11).toLongLong();
        facts.finalPrice = optionalInteger(query.value(12));
        facts.saleTotal = optionalInteger(query.value(13));
        facts.soldAt = optionalInteger(query.value(14));
        facts.createdBy = query.value(15).toLongLong();
        facts.views = query.value(16).toLongLong();
        listings.append(facts);
    }
    return listings;
}

std::optional<ListingFacts> AnalyticsQueries::listing(qint64 id) const
{
    const auto found = select(u"l.id = :id"_s, {{u":id"_s, id}});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QList<ListingFacts> AnalyticsQueries::bySeller(qint64 sellerId) const
{
    return select(u"l.seller_id = :seller AND l.status NOT IN ('draft', 'pending_review')"_s,
        {{u":seller"_s, sellerId}});
}

QList<ListingFacts> AnalyticsQueries::closedBetween(UtcMs fromMs, UtcMs toMs) const
{
    // A sale counts on its own day: an accepted lot keeps its scheduled end, which may be days later.
    return select(u"l.status IN ('sold', 'unsold') AND COALESCE(t.created_at, l.ends_at) >= :from "
                  "AND COALESCE(t.created_at, l.ends_at) < :to"_s,
        {{u":from"_s, fromMs}, {u":to"_s, toMs}});
}

QHash<qint64, QSet<qint64>> AnalyticsQueries::bidders(const QList<ListingFacts> &listings) const
{
    QHash<qint64, QSet<qint64>> result;
    if (listings.isEmpty()) {
        return result;
    }
    QStringList ids;
    for (const ListingFacts &facts : listings) {
        ids.append(QString::number(facts.id)); // integers from our own rows: safe to inline
    }
    SqlQuery query(m_database,
        u"SELECT DISTINCT listing_id, bidder_id FROM bids WHERE listing_id IN (%1)"_s.arg(ids.join(u',')));
    query.exec();
    while (query.next()) {
        result[query.value(0).toLongLong()].insert(query.value(1).toLongLong());
    }
    return result;
}

QList<Paise> AnalyticsQueries::salePrices(
    qint64 cropId, const QString &district, const QString &state, UtcMs sinceMs, int limit) const
{
    QString where = u"l.crop_id = :crop AND t.created_at >= :since"_s;
    if (!state.isEmpty()) {
        where += u" AND LOWER(l.state) = LOWER(:state)"_s;
    }
    if (!district.isEmpty()) {
        where += u" AND LOWER(l.district) = LOWER(:district)"_s;
    }
    SqlQuery query(m_database,
        u"SELECT t.price_per_quintal FROM transactions t JOIN listings l ON l.id = t.listing_id WHERE %1 "
        "ORDER BY t.created_at DESC, t.id DESC LIMIT :limit"_s.arg(where));
    query.bind(u":crop"_s, cropId).bind(u":since"_s, sinceMs).bind(u":limit"_s, limit);
    if (!state.isEmpty()) {
        query.bind(u":state"_s, state);
    }
    if (!district.isEmpty()) {
        query.bind(u":district"_s, district);
    }
    query.exec();
    QList<Paise> prices;
    while (query.next()) {
        prices.append(query.value(0).toLongLong());
    }
    return prices;
}

} // namespace boli::server
