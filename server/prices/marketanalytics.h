// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "prices/analyticsqueries.h"
#include "prices/pricerepository.h"

#include <QDate>
#include <QJsonObject>

namespace boli::server {

class CatalogRepository;

/// @brief The analytics figures (docs/market-prices.md, "Analytics"): a listing's uplift over the
/// mandi reference, a seller's totals, and the market's per crop, mandi and day.
class MarketAnalytics
{
public:
    /// India's day boundaries (UTC+05:30): what "a day" means for mandis and for grouping.
    static constexpr qint64 kIndiaOffsetMs = (5 * 60 + 30) * 60 * 1000LL;
    [[nodiscard]] static QDate indiaDate(UtcMs ms);
    [[nodiscard]] static UtcMs indiaMidnight(const QDate &date);

    MarketAnalytics(
        const AnalyticsQueries &queries, const PriceRepository &prices, const CatalogRepository &catalog);

    /// One listing with its reference (as of the day it sold, or ended) and the uplift.
    [[nodiscard]] QJsonObject listing(const ListingFacts &facts, const QSet<qint64> &bidders) const;
    /// A seller's listings (newest first, at most `kMaxItems` itemised) and totals.
    [[nodiscard]] QJsonObject seller(qint64 sellerId) const;
    /// Listings that closed (sold or unsold) on India days `from` to `to`, totals and per group.
    [[nodiscard]] QJsonObject market(const QDate &from, const QDate &to) const;

    static constexpr int kMaxItems = 100;

private:
    /// Sums one group's listings.
    struct Totals
    {
        qint64 listings = 0;
        qint64 sold = 0;
        qint64 unsold = 0;
        qint64 bids = 0;
        qint64 watchers = 0;
        qint64 views = 0;
        QSet<qint64> bidders;
        Paise revenue = 0;
        qint64 compared = 0; ///< sold listings with a reference price
        Paise finalSum = 0;
        Paise referenceSum = 0;

        void add(const ListingFacts &facts, const QSet<qint64> &listingBidders,
            const std::optional<ReferencePrice> &ref);
        [[nodiscard]] QJsonObject toJson() const;
    };

    [[nodiscard]] std::optional<ReferencePrice> referenceFor(const ListingFacts &facts) const;
    [[nodiscard]] QJsonObject listingJson(const ListingFacts &facts, const QSet<qint64> &bidders) const;

    const AnalyticsQueries &m_queries;
    const PriceRepository &m_prices;
    const CatalogRepository &m_catalog;
    /// References looked up during one answer (cleared at the start of the next: prices change).
    mutable QHash<QString, std::optional<ReferencePrice>> m_cache;
};

} // namespace boli::server
