// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "market/market.h"
#include "net/opdispatcher.h"
#include "ops/listingform.h"

namespace boli::server {

class ListingRepository;
class ListingViews;
class Market;
class UserRepository;
struct RunningListing;

/// @brief A listing's life: create (by the farmer or an agent for them), read, review, cancel,
/// accept the highest bid early, and the farmer's confirmation of the winning bid.
class ListingOps
{
public:
    ListingOps(Market &market, ListingRepository &listings, UserRepository &users,
        const SettingsService &settings, ListingForm form, ListingViews &views, const Clock &clock);
    void registerOps(OpDispatcher &dispatcher);

    QCoro::Task<OpResult> create(Caller caller, QJsonObject fields);
    QCoro::Task<OpResult> get(Caller caller, QJsonObject fields);
    QCoro::Task<OpResult> review(Caller caller, QJsonObject fields);
    QCoro::Task<OpResult> cancel(Caller caller, QJsonObject fields);
    QCoro::Task<OpResult> accept(Caller caller, QJsonObject fields);
    QCoro::Task<OpResult> confirm(Caller caller, QJsonObject fields);

    /// Public bids of a listing, aliased; sealed amounts only once it is over.
    [[nodiscard]] QJsonArray publicBids(const ListingRecord &listing, int limit) const;
    /// The listing as `caller` may see it: everyone gets the public view; its seller also the reserve.
    [[nodiscard]] QJsonObject viewFor(const Caller &caller, qint64 listingId);
    /// `caller` opened the listing's detail (listing.get, watch): counted as a view when it may be.
    void recordView(const Caller &caller, const ListingRecord &listing);

private:
    /// The seller, or the field agent who listed for them, acts on the seller's behalf.
    [[nodiscard]] bool actsForSeller(const Caller &caller, const ListingRecord &listing) const;
    /// The listing when the caller acts for its seller; empty otherwise (not theirs, or unknown).
    [[nodiscard]] std::optional<ListingRecord> ownListing(const Caller &caller, qint64 listingId) const;
    /// The reply to a repeated `client_ref`: the listing made the first time, marked duplicate.
    [[nodiscard]] QJsonObject duplicateReply(const Caller &caller, qint64 listingId);
    /// Applies the command and answers with the listing's new view (or the error).
    QCoro::Task<OpResult> run(MarketCommand command);

    Market &m_market;
    ListingRepository &m_listings;
    UserRepository &m_users;
    const SettingsService &m_settings;
    ListingForm m_form;
    ListingViews &m_views;
    const Clock &m_clock;
};

/// Reads the one field every listing op names; fails the reader when it is missing.
qint64 readListingId(FieldReader &reader);
/// The reply for a command the market applied: the listing's new view, or the error.
OpResult marketReply(const std::variant<struct MarketOutcome, Error> &result, Market &market);

} // namespace boli::server
