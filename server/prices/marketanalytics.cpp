// SPDX-License-Identifier: GPL-3.0-or-later
#include "prices/marketanalytics.h"

#include "catalog/catalogrepository.h"

#include <QDateTime>
#include <QJsonArray>
#include <QMap>
#include <cmath>

namespace boli::server {
namespace {
using namespace Qt::StringLiterals;

/// Ratios are not money: a number rounded to `decimals` places.
double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

QJsonValue ratio(qint64 part, qint64 whole)
{
    return whole == 0 ? QJsonValue(0) : QJsonValue(rounded(double(part) / double(whole), 4));
}

QJsonValue upliftPercent(Paise finalSum, Paise referenceSum)
{
    if (referenceSum == 0) {
        return QJsonValue();
    }
    return rounded(double(finalSum - referenceSum) * 100.0 / double(referenceSum), 2);
}

QJsonValue optional(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}
} // namespace

QDate MarketAnalytics::indiaDate(UtcMs ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms + kIndiaOffsetMs, Qt::UTC).date();
}

UtcMs MarketAnalytics::indiaMidnight(const QDate &date)
{
    return QDateTime(date, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() - kIndiaOffsetMs;
}

MarketAnalytics::MarketAnalytics(
    const AnalyticsQueries &queries, const PriceRepository &prices, const CatalogRepository &catalog)
    : m_queries(queries)
    , m_prices(prices)
    , m_catalog(catalog)
{ }

std::optional<ReferencePrice> MarketAnalytics::referenceFor(const ListingFacts &facts) const
{
    PricePlace place {facts.cropId, facts.mandi, facts.district, facts.state, {}};
    place.asOf = indiaDate(facts.closedAt());
    // Many lots of one crop sell at one mandi on one day: look each place and day up once per answer.
    const QString key = u"%1|%2|%3|%4|%5"_s.arg(facts.cropId)
                            .arg(place.market.toLower(), place.district.toLower(), place.state.toLower(),
                                place.asOf.toString(Qt::ISODate));
    const auto cached = m_cache.constFind(key);
    if (cached != m_cache.cend()) {
        return *cached;
    }
    const auto reference = m_prices.reference(place);
    m_cache.insert(key, reference);
    return reference;
}

void MarketAnalytics::Totals::add(
    const ListingFacts &facts, const QSet<qint64> &listingBidders, const std::optional<ReferencePrice> &ref)
{
    ++listings;
    sold += facts.finalPrice ? 1 : 0;
    unsold += facts.status == u"unsold"_s ? 1 : 0;
    bids += facts.bidCount;
    watchers += facts.watchers;
    views += facts.views;
    bidders.unite(listingBidders);
    revenue += facts.saleTotal.value_or(0);
    if (facts.finalPrice && ref) {
        ++compared;
        finalSum += *facts.finalPrice;
        referenceSum += ref->modalPrice;
    }
}

QJsonObject MarketAnalytics::Totals::toJson() const
{
    return {{u"listings"_s, listings}, {u"sold"_s, sold}, {u"unsold"_s, unsold},
        {u"success_rate"_s, ratio(sold, sold + unsold)}, {u"bids"_s, bids},
        {u"average_bids_per_listing"_s, ratio(bids, listings)}, {u"unique_bidders"_s, qint64(bidders.size())},
        {u"watchers"_s, watchers}, {u"views"_s, views}, {u"revenue"_s, revenue}, {u"compared"_s, compared},
        {u"final_price_sum"_s, finalSum}, {u"reference_price_sum"_s, referenceSum},
        {u"price_uplift_percent"_s, upliftPercent(finalSum, referenceSum)}};
}

QJsonObject MarketAnalytics::listing(const ListingFacts &facts, const QSet<qint64> &bidders) const
{
    m_cache.clear();
    return listingJson(facts, bidders);
}

QJsonObject MarketAnalytics::listingJson(const ListingFacts &facts, const QSet<qint64> &bidders) const
{
    const auto ref = referenceFor(facts);
    QJsonObject json {{u"listing_id"_s, facts.id}, {u"crop_id"_s, facts.cropId}, {u"mandi"_s, facts.mandi},
        {u"district"_s, facts.district}, {u"state"_s, facts.state}, {u"status"_s, facts.status},
        {u"bids"_s, facts.bidCount}, {u"unique_bidders"_s, qint64(bidders.size())},
        {u"watchers"_s, facts.watchers}, {u"views"_s, facts.views},
        {u"starting_price"_s, facts.startingPrice}, {u"quantity_kg"_s, facts.quantityKg},
        {u"final_price"_s, optional(facts.finalPrice)}, {u"revenue"_s, optional(facts.saleTotal)},
        {u"sold_at"_s, optional(facts.soldAt)},
        {u"reference"_s, ref ? QJsonValue(ref->toJson()) : QJsonValue()}, {u"uplift"_s, QJsonValue()},
        {u"uplift_percent"_s, QJsonValue()}};
    if (facts.finalPrice && ref) {
        json.insert(u"uplift"_s, *facts.finalPrice - ref->modalPrice);
        json.insert(u"uplift_percent"_s, upliftPercent(*facts.finalPrice, ref->modalPrice));
    }
    return json;
}

QJsonObject MarketAnalytics::seller(qint64 sellerId) const
{
    m_cache.clear();
    const QList<ListingFacts> listings = m_queries.bySeller(sellerId);
    const auto bidders = m_queries.bidders(listings);
    Totals totals;
    QJsonObject byStatus;
    QJsonArray items;
    for (const ListingFacts &facts : listings) {
        const auto ref = facts.finalPrice ? referenceFor(facts) : std::nullopt;
        totals.add(facts, bidders.value(facts.id), ref);
        byStatus.insert(facts.status, byStatus.value(facts.status).toInt() + 1);
        if (items.size() < kMaxItems) {
            items.append(listingJson(facts, bidders.value(facts.id)));
        }
    }
    return {{u"seller_id"_s, sellerId}, {u"totals"_s, totals.toJson()}, {u"by_status"_s, byStatus},
        {u"listings"_s, items}};
}

QJsonObject MarketAnalytics::market(const QDate &from, const QDate &to) const
{
    m_cache.clear();
    const QList<ListingFacts> listings =
        m_queries.closedBetween(indiaMidnight(from), indiaMidnight(to.addDays(1)));
    const auto bidders = m_queries.bidders(listings);
    Totals totals;
    QMap<qint64, Totals> byCrop;
    QMap<QString, std::pair<QJsonObject, Totals>> byMandi;
    QMap<QDate, Totals> byDay;
    for (const ListingFacts &facts : listings) {
        const auto ref = facts.finalPrice ? referenceFor(facts) : std::nullopt;
        const QSet<qint64> listingBidders = bidders.value(facts.id);
        totals.add(facts, listingBidders, ref);
        byCrop[facts.cropId].add(facts, listingBidders, ref);
        const QString mandiKey = (facts.state + u'|' + facts.district + u'|' + facts.mandi).toLower();
        auto &mandi = byMandi[mandiKey];
        mandi.first = {{u"mandi"_s, facts.mandi}, {u"district"_s, facts.district}, {u"state"_s, facts.state}};
        mandi.second.add(facts, listingBidders, ref);
        byDay[indiaDate(facts.closedAt())].add(facts, listingBidders, ref);
    }
    QJsonArray crops;
    for (auto it = byCrop.cbegin(); it != byCrop.cend(); ++it) {
        QJsonObject json = it.value().toJson();
        json.insert(u"crop_id"_s, it.key());
        const auto crop = m_catalog.cropById(it.key());
        json.insert(u"crop_code"_s, crop ? crop->code : QString());
        crops.append(json);
    }
    QJsonArray mandis;
    for (const auto &[where, group] : std::as_const(byMandi)) {
        QJsonObject json = group.toJson();
        for (auto it = where.begin(); it != where.end(); ++it) {
            json.insert(it.key(), it.value());
        }
        mandis.append(json);
    }
    QJsonArray days;
    for (auto it = byDay.cbegin(); it != byDay.cend(); ++it) {
        QJsonObject json = it.value().toJson();
        json.insert(u"date"_s, it.key().toString(Qt::ISODate));
        days.append(json);
    }
    return {{u"from"_s, from.toString(Qt::ISODate)}, {u"to"_s, to.toString(Qt::ISODate)},
        {u"totals"_s, totals.toJson()}, {u"by_crop"_s, crops}, {u"by_mandi"_s, mandis}, {u"by_day"_s, days}};
}

} // namespace boli::server
