// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/config.h"
#include "audit/auditlog.h"
#include "auth/accesstokens.h"
#include "auth/accountservice.h"
#include "auth/authservice.h"
#include "auth/loginthrottle.h"
#include "auth/passwordhasher.h"
#include "catalog/catalogrepository.h"
#include "market/commitqueue.h"
#include "market/listingrepository.h"
#include "market/listingviews.h"
#include "market/market.h"
#include "market/notificationrepository.h"
#include "market/transactionrepository.h"
#include "media/mediastore.h"
#include "net/boliserver.h"
#include "net/connectionregistry.h"
#include "net/httpapi.h"
#include "net/mediaapi.h"
#include "net/opdispatcher.h"
#include "net/watchers.h"
#include "ops/accountops.h"
#include "ops/adminops.h"
#include "ops/analyticsops.h"
#include "ops/biddingops.h"
#include "ops/catalogops.h"
#include "ops/listingops.h"
#include "ops/priceops.h"
#include "ops/queryops.h"
#include "ops/sessionops.h"
#include "prices/analyticsqueries.h"
#include "prices/marketanalytics.h"
#include "prices/priceservice.h"
#include "settings/settingsservice.h"
#include "storage/database.h"
#include "storage/sessionrepository.h"
#include "storage/userrepository.h"

namespace boli::server {

/// @brief Every long-lived object of a running server, declared in the order they depend on each
/// other so construction and destruction order are right by themselves.
struct ServerParts
{
    ServerParts(const Config &config, const Clock &clock, std::unique_ptr<Database> db, QByteArray tokenKey);

    std::unique_ptr<Database> database;
    AuditLog auditLog;
    UserRepository users;
    SessionRepository sessions;
    CatalogRepository catalog;
    MediaStore media;
    SettingsService settings;
    PasswordHasher hasher;
    AccessTokens tokens;
    LoginThrottle throttle;
    AuthService auth;
    AccountService accounts;
    ConnectionRegistry connections;
    OpDispatcher dispatcher;
    SessionOps sessionOps;
    AccountOps accountOps;
    AdminOps adminOps;
    CatalogOps catalogOps;
    ListingRepository listings;
    TransactionRepository sales;
    NotificationRepository notifications;
    CommitQueue commits;
    Market market;
    ListingViews listingViews;
    Watchers watchers;
    ListingOps listingOps;
    BiddingOps biddingOps;
    QueryOps queryOps;
    PriceService prices;
    AnalyticsQueries analyticsQueries;
    MarketAnalytics analytics;
    PriceOps priceOps;
    AnalyticsOps analyticsOps;
    HttpApi httpApi;
    MediaApi mediaApi;
    BoliServer server;

private:
    /// Market events to the connections that should hear them.
    void wireMarketEvents();
};

} // namespace boli::server
