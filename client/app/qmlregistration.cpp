// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/qmlregistration.h"

#include "app/clientapp.h"
#include "common/querymodel.h"

#include <QHash>
#include <QQmlEngine>

namespace boli::client {

namespace {
constexpr const char *kUri = "Boli.Backend";
const QString kOwned = QStringLiteral("created by the app, reached through App");

/// Which ClientApp each engine shows. One per engine, so that a test can run a farmer's kiosk and
/// two traders' desktops side by side in one process.
QHash<const QQmlEngine *, ClientApp *> &appsByEngine()
{
    static QHash<const QQmlEngine *, ClientApp *> apps;
    return apps;
}

QObject *appFor(QQmlEngine *engine, QObject *(*pick)(ClientApp &))
{
    ClientApp *app = appsByEngine().value(engine);
    if (!app) {
        qFatal("Boli.Backend used by an engine that prepareEngine() did not prepare");
    }
    QObject *object = pick(*app);
    QJSEngine::setObjectOwnership(object, QJSEngine::CppOwnership);
    return object;
}

template<typename T>
void uncreatable(const char *name)
{
    qmlRegisterUncreatableType<T>(kUri, 1, 0, name, kOwned);
}

void registerOnce()
{
    qmlRegisterSingletonType<ClientApp>(kUri, 1, 0, "App", [](QQmlEngine *engine, QJSEngine *) {
        return appFor(engine, [](ClientApp &app) -> QObject * { return &app; });
    });
    qmlRegisterSingletonType<Formatter>(kUri, 1, 0, "Fmt", [](QQmlEngine *engine, QJSEngine *) {
        return appFor(engine, [](ClientApp &app) -> QObject * { return app.formatter(); });
    });
    uncreatable<Language>("Language");
    uncreatable<OpRunner>("OpRunner");
    uncreatable<ListingsModel>("ListingsModel");
    uncreatable<Outbox>("Outbox");
    uncreatable<QueryModel>("QueryModel");
    uncreatable<TraderArea>("TraderArea");
    uncreatable<KioskArea>("KioskArea");
    uncreatable<AdminArea>("AdminArea");
    uncreatable<CropCatalog>("CropCatalog");
    uncreatable<ListingDetail>("ListingDetail");
    uncreatable<BidHistoryModel>("BidHistoryModel");
    uncreatable<WatchlistModel>("WatchlistModel");
    uncreatable<MyBidsModel>("MyBidsModel");
    uncreatable<TransactionsModel>("TransactionsModel");
    uncreatable<NotificationsModel>("NotificationsModel");
    uncreatable<PagedQueryModel>("PagedQueryModel");
    uncreatable<PendingListingsModel>("PendingListingsModel");
    uncreatable<UsersModel>("UsersModel");
    uncreatable<AuditModel>("AuditModel");
    uncreatable<SettingsModel>("SettingsModel");
    uncreatable<IncrementsEditor>("IncrementsEditor");
    uncreatable<MarketOverview>("MarketOverview");
    uncreatable<CropsModel>("CropsModel");
    uncreatable<MyListingsModel>("MyListingsModel");
    uncreatable<SalesModel>("SalesModel");
    uncreatable<ListingForm>("ListingForm");
    uncreatable<PhotoUploader>("PhotoUploader");
    uncreatable<ChartSeries>("ChartSeries");
    uncreatable<JsonRowsModel>("JsonRowsModel");
    uncreatable<AnalyticsTotals>("AnalyticsTotals");
    uncreatable<PriceHistory>("PriceHistory");
    uncreatable<SellerAnalytics>("SellerAnalytics");
    uncreatable<MarketAnalytics>("MarketAnalytics");
}
} // namespace

void prepareEngine(QQmlEngine &engine, ClientApp &app)
{
    static const bool registered = (registerOnce(), true);
    Q_UNUSED(registered)
    appsByEngine().insert(&engine, &app);
    QObject::connect(&engine, &QObject::destroyed, [&engine] { appsByEngine().remove(&engine); });
    engine.addImportPath(QStringLiteral("qrc:/"));
    app.language()->setEngine(&engine);
}

} // namespace boli::client
