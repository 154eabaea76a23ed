// SPDX-License-Identifier: GPL-3.0-or-later
#include "market/marketqueries.h"

#include <QStringList>
#include <array>
#include <cmath>

namespace boli::server {
namespace {
using namespace Qt::StringLiterals;

/// The price a buyer compares: the current one, or the starting price while there is no bid or the
/// listing is sealed (its live price is hidden, so it must not leak through filters or order either).
const QString kShownPrice =
    u"(CASE WHEN l.format = 'sealed' OR l.bid_count = 0 THEN l.starting_price ELSE l.price END)"_s;

/// Where I stand in each listing I bid on. Placeholders :me1 and :me2 are my id (one name per use,
/// as PostgreSQL needs); the sealed case comes first so a sealed auction never says who leads.
const QString kMyBids =
    u"SELECT b.listing_id, "
    "CASE WHEN l.status = 'live' AND l.format = 'sealed' THEN 'sealed' "
    "WHEN l.status IN ('live', 'awaiting_confirmation') AND l.leader_id = :me1 THEN 'winning' "
    "WHEN l.status = 'live' THEN 'outbid' "
    "WHEN l.status = 'sold' AND l.leader_id = :me2 THEN 'won' "
    "ELSE 'lost' END AS my_state, "
    "b.my_amount, b.my_maximum, b.my_bids, b.last_at FROM ("
    "SELECT listing_id, MAX(amount) AS my_amount, "
    "MAX(CASE WHEN kind = 'manual' THEN maximum END) AS my_maximum, "
    "COUNT(*) AS my_bids, MAX(at_ms) AS last_at "
    "FROM bids WHERE bidder_id = :me3 GROUP BY listing_id) b "
    "JOIN listings l ON l.id = b.listing_id"_s;

constexpr std::array kSortNames {
    std::pair {BrowseSort::Newest, u"newest"},
    std::pair {BrowseSort::PriceLow, u"price_low"},
    std::pair {BrowseSort::PriceHigh, u"price_high"},
    std::pair {BrowseSort::EndingSoon, u"ending_soon"},
};

/// WHERE clauses and the values they bind, shared by a count and its page query.
class Conditions
{
public:
    void add(const QString &clause) { m_clauses << clause; }
    void add(const QString &clause, const QString &placeholder, const QVariant &value)
    {
        m_clauses << clause;
        m_bindings.append({placeholder, value});
    }
    [[nodiscard]] QString where() const
    {
        return m_clauses.isEmpty() ? QString() : u" WHERE "_s + m_clauses.join(u" AND "_s);
    }
    void bindTo(SqlQuery &query) const
    {
        for (const auto &[placeholder, value] : m_bindings) {
            query.bind(placeholder, value);
        }
    }

private:
    QStringList m_clauses;
    QList<std::pair<QString, QVariant>> m_bindings;
};

/// `from` names the listings table `l`; the page holds l.id in `orderBy` order.
IdPage idPage(const Database &database, const QString &from, const Conditions &conditions,
    const QString &orderBy, qint64 offset, qint64 limit)
{
    IdPage page;
    SqlQuery count(database, u"SELECT COUNT(*) FROM "_s + from + conditions.where());
    conditions.bindTo(count);
    page.total = count.scalar().toLongLong();
    SqlQuery rows(database,
        u"SELECT l.id FROM "_s + from + conditions.where() + u" ORDER BY "_s + orderBy
            + u" LIMIT :limit OFFSET :offset"_s);
    conditions.bindTo(rows);
    rows.bind(u":limit"_s, limit).bind(u":offset"_s, offset).exec();
    while (rows.next()) {
        page.ids.append(rows.value(0).toLongLong());
    }
    return page;
}

QString browseOrder(BrowseSort sort)
{
    switch (sort) {
    case BrowseSort::Newest:
        return u"l.starts_at DESC, l.id DESC"_s;
    case BrowseSort::PriceLow:
        return kShownPrice + u" ASC, l.id ASC"_s;
    case BrowseSort::PriceHigh:
        return kShownPrice + u" DESC, l.id ASC"_s;
    case BrowseSort::EndingSoon:
        break;
    }
    return u"l.ends_at ASC, l.id ASC"_s;
}

double ratio(qint64 part, qint64 whole)
{
    return whole == 0 ? 0.0 : std::round(10'000.0 * double(part) / double(whole)) / 10'000.0;
}
} // namespace

std::optional<BrowseSort> browseSortFromName(const QString &name)
{
    for (const auto &[sort, text] : kSortNames) {
        if (name == QStringView(text)) {
            return sort;
        }
    }
    return std::nullopt;
}

bool isMyBidState(const QString &name)
{
    static const QStringList states {u"winning"_s, u"outbid"_s, u"sealed"_s, u"won"_s, u"lost"_s};
    return states.contains(name);
}

QJsonObject MyBid::toJson() const
{
    return {
        {u"state"_s, state},
        {u"my_amount"_s, highestAmount},
        {u"my_maximum"_s, maximum ? QJsonValue(*maximum) : QJsonValue(QJsonValue::Null)},
        {u"my_bids"_s, bidCount},
        {u"last_bid_at"_s, lastBidAt},
    };
}

QJsonObject MarketStats::toJson() const
{
    return {
        {u"live_listings"_s, liveListings},
        {u"total_listings"_s, totalListings},
        {u"total_bids"_s, totalBids},
        {u"sold"_s, sold},
        {u"unsold"_s, unsold},
        {u"success_rate"_s, ratio(sold, sold + unsold)},
        {u"average_bids_per_listing"_s, ratio(closedBidRows, sold + unsold)},
        {u"unique_bidders"_s, uniqueBidders},
    };
}

MarketQueries::MarketQueries(const Database &database)
    : m_database(database)
{ }

IdPage MarketQueries::browse(const BrowseFilter &filter) const
{
    Conditions c;
    c.add(u"l.status = 'live'"_s);
    if (filter.categoryId) {
        c.add(u"l.crop_id IN (SELECT cr.id FROM crops cr WHERE cr.category_id = :category)"_s, u":category"_s,
            *filter.categoryId);
    }
    if (filter.cropId) {
        c.add(u"l.crop_id = :crop"_s, u":crop"_s, *filter.cropId);
    }
    // Exact matches in any case: lower() on both sides (ASCII only on SQLite, which is what the
    // English place names need; Devanagari has no case).
    if (!filter.state.isEmpty()) {
        c.add(u"lower(l.state) = lower(:state)"_s, u":state"_s, filter.state);
    }
    if (!filter.district.isEmpty()) {
        c.add(u"lower(l.district) = lower(:district)"_s, u":district"_s, filter.district);
    }
    if (!filter.mandi.isEmpty()) {
        c.add(u"lower(l.mandi) = lower(:mandi)"_s, u":mandi"_s, filter.mandi);
    }
    if (filter.minPrice) {
        c.add(kShownPrice + u" >= :min_price"_s, u":min_price"_s, *filter.minPrice);
    }
    if (filter.maxPrice) {
        c.add(kShownPrice + u" <= :max_price"_s, u":max_price"_s, *filter.maxPrice);
    }
    if (filter.endsBy) {
        c.add(u"l.ends_at <= :ends_by"_s, u":ends_by"_s, *filter.endsBy);
    }
    return idPage(m_database, u"listings l"_s, c, browseOrder(filter.sort), filter.offset, filter.limit);
}

IdPage MarketQueries::listingsOf(
    qint64 userId, bool asCreator, std::optional<ListingStatus> status, qint64 offset, qint64 limit) const
{
    Conditions c;
    c.add(asCreator ? u"l.created_by = :user"_s : u"l.seller_id = :user"_s, u":user"_s, userId);
    if (status) {
        c.add(u"l.status = :status"_s, u":status"_s, listingStatusName(*status));
    }
    return idPage(m_database, u"listings l"_s, c, u"l.created_at DESC, l.id DESC"_s, offset, limit);
}

MyBidsPage MarketQueries::bidsOf(qint64 bidderId, const QString &state, qint64 offset, qint64 limit) const
{
    const QString filtered =
        u"("_s + kMyBids + u") q"_s + (state.isEmpty() ? QString() : u" WHERE q.my_state = :state"_s);
    auto bindAll = [&](SqlQuery &query) {
        query.bind(u":me1"_s, bidderId).bind(u":me2"_s, bidderId).bind(u":me3"_s, bidderId);
        if (!state.isEmpty()) {
            query.bind(u":state"_s, state);
        }
    };
    MyBidsPage page;
    SqlQuery count(m_database, u"SELECT COUNT(*) FROM "_s + filtered);
    bindAll(count);
    page.total = count.scalar().toLongLong();
    SqlQuery rows(m_database,
        u"SELECT q.listing_id, q.my_state, q.my_amount, q.my_maximum, q.my_bids, q.last_at "
        "FROM "_s
            + filtered + u" ORDER BY q.last_at DESC, q.listing_id DESC LIMIT :limit OFFSET :offset"_s);
    bindAll(rows);
    rows.bind(u":limit"_s, limit).bind(u":offset"_s, offset).exec();
    while (rows.next()) {
        MyBid bid;
        bid.listingId = rows.value(0).toLongLong();
        bid.state = rows.value(1).toString();
        bid.highestAmount = rows.value(2).toLongLong();
        if (!rows.value(3).isNull()) {
            bid.maximum = rows.value(3).toLongLong();
        }
        bid.bidCount = rows.value(4).toLongLong();
        bid.lastBidAt = rows.value(5).toLongLong();
        page.rows.append(bid);
    }
    return page;
}

qint64 MarketQueries::salesCountOf(qint64 userId) const
{
    return SqlQuery(m_database, u"SELECT COUNT(*) FROM transactions WHERE buyer_id = :b OR seller_id = :s"_s)
        .bind(u":b"_s, userId)
        .bind(u":s"_s, userId)
        .scalar()
        .toLongLong();
}

IdPage MarketQueries::pendingReview(qint64 offset, qint64 limit) const
{
    Conditions c;
    c.add(u"l.status = 'pending_review'"_s);
    return idPage(m_database, u"listings l"_s, c, u"l.created_at ASC, l.id ASC"_s, offset, limit);
}

IdPage MarketQueries::watchlistOf(qint64 userId, qint64 offset, qint64 limit) const
{
    Conditions c;
    c.add(u"w.user_id = :user"_s, u":user"_s, userId);
    return idPage(m_database, u"watchlist w JOIN listings l ON l.id = w.listing_id"_s, c,
        u"w.created_at DESC, w.listing_id DESC"_s, offset, limit);
}

bool MarketQueries::addToWatchlist(qint64 userId, qint64 listingId, UtcMs nowMs)
{
    SqlQuery query(m_database,
        u"INSERT INTO watchlist (user_id, listing_id, created_at) VALUES (:u, :l, :t) "
        "ON CONFLICT (user_id, listing_id) DO NOTHING"_s);
    query.bind(u":u"_s, userId).bind(u":l"_s, listingId).bind(u":t"_s, nowMs).exec();
    return query.rowsAffected() == 1;
}

void MarketQueries::removeFromWatchlist(qint64 userId, qint64 listingId)
{
    SqlQuery(m_database, u"DELETE FROM watchlist WHERE user_id = :u AND listing_id = :l"_s)
        .bind(u":u"_s, userId)
        .bind(u":l"_s, listingId)
        .exec();
}

MarketStats MarketQueries::stats() const
{
    SqlQuery query(m_database,
        u"SELECT (SELECT COUNT(*) FROM listings WHERE status = 'live'), "
        "(SELECT COUNT(*) FROM listings WHERE status NOT IN ('draft', 'pending_review')), "
        "(SELECT COUNT(*) FROM listings WHERE status = 'sold'), "
        "(SELECT COUNT(*) FROM listings WHERE status = 'unsold'), "
        "(SELECT COALESCE(SUM(bid_count), 0) FROM listings WHERE status IN ('sold', 'unsold')), "
        "(SELECT COUNT(*) FROM bids), "
        "(SELECT COUNT(DISTINCT bidder_id) FROM bids)"_s);
    query.exec();
    MarketStats stats;
    if (query.next()) {
        stats.liveListings = query.value(0).toLongLong();
        stats.totalListings = query.value(1).toLongLong();
        stats.sold = query.value(2).toLongLong();
        stats.unsold = query.value(3).toLongLong();
        stats.closedBidRows = query.value(4).toLongLong();
        stats.totalBids = query.value(5).toLongLong();
        stats.uniqueBidders = query.value(6).toLongLong();
    }
    return stats;
}

} // namespace boli::server
