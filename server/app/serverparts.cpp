// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/serverparts.h"

#include "net/clientconnection.h"

namespace boli::server {
namespace {
using namespace Qt::StringLiterals;

ListingForm makeListingForm(
    const SettingsService &settings, const CatalogRepository &catalog, const MediaStore &media)
{
    ListingForm::Checks checks;
    checks.cropIsListable = [&catalog](qint64 cropId) {
        const auto crop = catalog.cropById(cropId);
        return crop && crop->active;
    };
    checks.photoExists = [&media](const QString &hash) {
        return media.exists(hash);
    };
    return ListingForm(settings, std::move(checks));
}

PriceOptions priceOptions(const Config &config)
{
    PriceOptions options;
    options.fetch.baseUrl = QUrl(config.pricesUrl);
    options.fetch.resourceId = config.pricesResource;
    options.fetch.apiKey = config.pricesApiKey;
    options.fetch.timeout = std::chrono::seconds(config.pricesTimeoutSeconds);
    options.intervalMinutes = config.pricesIntervalMinutes;
    return options;
}
} // namespace

ServerParts::ServerParts(
    const Config &config, const Clock &clock, std::unique_ptr<Database> db, QByteArray tokenKey)
    : database(std::move(db))
    , auditLog(*database, clock)
    , users(*database)
    , sessions(*database)
    , catalog(*database)
    , media(config.dataDir + u"/media"_s)
    , settings(*database, auditLog, clock)
    , hasher(config.hashCost)
    , tokens(std::move(tokenKey), clock)
    , throttle(clock)
    , auth(*database, users, sessions, auditLog, settings, hasher, tokens, throttle, clock)
    , accounts(*database, users, auditLog, auth, clock)
    , sessionOps(auth, settings)
    , accountOps(accounts, users, settings)
    , adminOps(*database, users, accounts, auth, auditLog, settings, connections)
    , catalogOps(*database, catalog, auditLog)
    , listings(*database)
    , sales(*database)
    , notifications(*database)
    , commits(database->url())
    , market(Market::Stores {*database, listings, sales, notifications, auditLog, commits}, settings, clock)
    , listingViews(commits, clock)
    , watchers(clock)
    , listingOps(
          market, listings, users, settings, makeListingForm(settings, catalog, media), listingViews, clock)
    , biddingOps(market, listingOps, listings, users, settings, watchers, clock)
    , queryOps(*database, market, listingOps, listings, sales, notifications, auditLog, clock)
    , prices(*database, catalog, auditLog, clock, priceOptions(config))
    , analyticsQueries(*database)
    , analytics(analyticsQueries, prices.prices(), catalog)
    , priceOps(prices, analyticsQueries, catalog, clock)
    , analyticsOps(analyticsQueries, analytics, prices, clock)
    , httpApi(*database, settings, connections, clock)
    , mediaApi(*database, media, auth, auditLog)
    , server(dispatcher, connections, clock)
{
    sessionOps.registerOps(dispatcher);
    accountOps.registerOps(dispatcher);
    adminOps.registerOps(dispatcher);
    catalogOps.registerOps(dispatcher);
    listingOps.registerOps(dispatcher);
    biddingOps.registerOps(dispatcher);
    queryOps.registerOps(dispatcher);
    priceOps.registerOps(dispatcher);
    analyticsOps.registerOps(dispatcher);
    httpApi.install(server.http());
    mediaApi.install(server.http());
    // Queued: the op that ended a session writes its reply before the connections close.
    QObject::connect(&auth, &AuthService::sessionsEnded, &connections, &ConnectionRegistry::endSessions,
        Qt::QueuedConnection);
    QObject::connect(&settings, &SettingsService::changed, &connections,
        [this](const QString &key, const QJsonValue &value) {
            connections.broadcast(u"settings.changed"_s, {{u"key"_s, key}, {u"value"_s, value}});
        });
    wireMarketEvents();
}

void ServerParts::wireMarketEvents()
{
    QObject::connect(&connections, &ConnectionRegistry::connectionClosed, &watchers, &Watchers::forget);
    QObject::connect(&market, &Market::listingChanged, &watchers, &Watchers::listingChanged);
    QObject::connect(&market, &Market::bidsAccepted, &watchers, &Watchers::bidsAccepted);
    QObject::connect(&market, &Market::extended, &watchers, [this](qint64 id, qint64 endsAt) {
        watchers.sendToWatchers(
            id, u"listing.extended"_s, {{u"listing_id"_s, id}, {u"ends_at"_s, endsAt}}, false);
    });
    QObject::connect(&market, &Market::closed, &watchers, [this](qint64 id, const QJsonObject &view) {
        watchers.sendToWatchers(id, u"listing.closed"_s, {{u"listing"_s, view}}, false);
    });
    QObject::connect(&market, &Market::closed, &market, [this](qint64 id) { listingViews.forget(id); });
    QObject::connect(&market, &Market::outbid, &connections, [this](qint64 userId, const QJsonObject &event) {
        connections.sendToUser(userId, u"you.outbid"_s, event);
    });
    QObject::connect(
        &market, &Market::notified, &connections, [this](qint64 userId, const QJsonObject &notification) {
            connections.sendToUser(userId, u"notification"_s, {{u"notification"_s, notification}});
        });
}

} // namespace boli::server
