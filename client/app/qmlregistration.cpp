// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/qmlregistration.h"

#include "admin/adminarea.h"
#include "app/clientapp.h"
#include "common/querymodel.h"
#include "kiosk/kioskarea.h"
#include "trader/traderarea.h"

#include <QQmlEngine>

namespace boli::client {

namespace {
constexpr const char *kUri = "Boli.Backend";
const QString kOwned = QStringLiteral("created by the app, reached through App");

template<typename T>
void uncreatable(const char *name)
{
    qmlRegisterUncreatableType<T>(kUri, 1, 0, name, kOwned);
}
} // namespace

void registerQmlTypes(ClientApp &app)
{
    qmlRegisterSingletonInstance(kUri, 1, 0, "App", &app);
    qmlRegisterSingletonInstance(kUri, 1, 0, "Fmt", app.formatter());
    uncreatable<Language>("Language");
    uncreatable<OpRunner>("OpRunner");
    uncreatable<ListingsModel>("ListingsModel");
    uncreatable<Outbox>("Outbox");
    uncreatable<QueryModel>("QueryModel");
    uncreatable<TraderArea>("TraderArea");
    uncreatable<KioskArea>("KioskArea");
    uncreatable<AdminArea>("AdminArea");
    uncreatable<CropsModel>("CropsModel");
    uncreatable<MyListingsModel>("MyListingsModel");
    uncreatable<SalesModel>("SalesModel");
    uncreatable<ListingForm>("ListingForm");
    uncreatable<PhotoUploader>("PhotoUploader");
}

void prepareEngine(QQmlEngine &engine, ClientApp &app)
{
    engine.addImportPath(QStringLiteral("qrc:/"));
    app.language()->setEngine(&engine);
}

} // namespace boli::client
