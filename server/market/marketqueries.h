// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boli/money.h"
#include "engine/listingstatus.h"
#include "storage/database.h"

#include <QJsonObject>
#include <QList>
#include <optional>

namespace boli::server {

/// Orders of the browse list. The "price" of a listing is its current price, or its starting price
/// while it has no bid or is sealed (a sealed listing's live price is hidden).
enum class BrowseSort { Newest, PriceLow, PriceHigh, EndingSoon };

[[nodiscard]] std::optional<BrowseSort> browseSortFromName(const QString &name);

/// @brief What a buyer narrows the live listings to. Empty text means "any".
struct BrowseFilter
{
    std::optional<qint64> categoryId;
    std::optional<qint64> cropId;
    QString state; ///< exact, any case
    QString district; ///< exact, any case
    QString mandi; ///< exact, any case
    std::optional<Paise> minPrice;
    std::optional<Paise> maxPrice;
    std::optional<UtcMs> endsBy; ///< ends at or before
    BrowseSort sort = BrowseSort::Newest;
    qint64 offset = 0;
    qint64 limit = 50;
};

/// @brief One page of listing ids, in order, and how many matched before paging.
struct IdPage
{
    QList<qint64> ids;
    qint64 total = 0;
};

/// @brief A listing a bidder bid on, as that bidder stands in it.
struct MyBid
{
    /// winning | outbid (live), sealed (live sealed auction: where you stand is hidden too),
    /// won | lost (over). Awaiting the farmer's confirmation counts as winning for the leader.
    QString state;
    qint64 listingId = 0;
    Paise highestAmount = 0; ///< the highest price any of my ledger rows put me at
    std::optional<Paise> maximum; ///< the highest maximum I asked for in manual bids
    qint64 bidCount = 0; ///< my ledger rows, automatic proxy answers included
    UtcMs lastBidAt = 0;

    [[nodiscard]] QJsonObject toJson() const;
};

/// True for the names MyBid::state takes.
[[nodiscard]] bool isMyBidState(const QString &name);

/// @brief A page of MyBid rows and how many matched before paging.
struct MyBidsPage
{
    QList<MyBid> rows;
    qint64 total = 0;
};

/// @brief Market-wide figures for the home screen.
struct MarketStats
{
    qint64 liveListings = 0;
    qint64 totalListings = 0; ///< everything past review: drafts and pending ones are not on the market
    qint64 sold = 0;
    qint64 unsold = 0;
    qint64 closedBidRows = 0; ///< ledger rows of sold and unsold listings
    qint64 totalBids = 0; ///< ledger rows, automatic proxy answers included (as a listing's bid_count)
    qint64 uniqueBidders = 0;

    [[nodiscard]] QJsonObject toJson() const;
};

/// @brief The read side of the market: browse, the "my ..." lists, the watchlist table and stats.
///
/// Listings come back as ids in order; the caller turns them into views (the live ones are in memory).
class MarketQueries
{
public:
    explicit MarketQueries(const Database &database);

    /// Live listings only.
    [[nodiscard]] IdPage browse(const BrowseFilter &filter) const;
    /// Listings the user sells, or, `asCreator`, the ones they created (a field agent's); newest first.
    [[nodiscard]] IdPage listingsOf(qint64 userId, bool asCreator, std::optional<ListingStatus> status,
        qint64 offset, qint64 limit) const;
    /// Listings the user bid on, their last bid first; `state` empty means every state.
    [[nodiscard]] MyBidsPage bidsOf(qint64 bidderId, const QString &state, qint64 offset, qint64 limit) const;
    [[nodiscard]] qint64 salesCountOf(qint64 userId) const;
    /// The moderation queue, oldest first.
    [[nodiscard]] IdPage pendingReview(qint64 offset, qint64 limit) const;

    /// The saved list, last saved first.
    [[nodiscard]] IdPage watchlistOf(qint64 userId, qint64 offset, qint64 limit) const;
    /// True when it was added; false when it was already there.
    bool addToWatchlist(qint64 userId, qint64 listingId, UtcMs nowMs);
    void removeFromWatchlist(qint64 userId, qint64 listingId);

    [[nodiscard]] MarketStats stats() const;

private:
    const Database &m_database;
};

} // namespace boli::server
