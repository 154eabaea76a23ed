// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/opdispatcher.h"

namespace boli::server {

class ListingOps;
class ListingRepository;
class Market;
class SettingsService;
class UserRepository;
class Watchers;

/// @brief Buying: place a bid or a proxy maximum, Buy Now, and the live subscriptions (watch a
/// listing, the browse feed).
class BiddingOps
{
public:
    BiddingOps(Market &market, ListingOps &listingOps, ListingRepository &listings, UserRepository &users,
        const SettingsService &settings, Watchers &watchers, const Clock &clock);
    void registerOps(OpDispatcher &dispatcher);

    QCoro::Task<OpResult> placeBid(Caller caller, QJsonObject fields);
    QCoro::Task<OpResult> buyNow(Caller caller, QJsonObject fields);
    QCoro::Task<OpResult> watch(Caller caller, QJsonObject fields);
    QCoro::Task<OpResult> unwatch(Caller caller, QJsonObject fields);
    QCoro::Task<OpResult> subscribeFeed(Caller caller, QJsonObject fields);
    QCoro::Task<OpResult> unsubscribeFeed(Caller caller, QJsonObject fields);

private:
    /// KYC, when the flag asks for it: only verified accounts buy.
    [[nodiscard]] std::optional<Error> mayBuy(const Caller &caller) const;

    Market &m_market;
    ListingOps &m_listingOps;
    ListingRepository &m_listings;
    UserRepository &m_users;
    const SettingsService &m_settings;
    Watchers &m_watchers;
    const Clock &m_clock;
};

} // namespace boli::server
