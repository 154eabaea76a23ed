// SPDX-License-Identifier: GPL-3.0-or-later
#include "kioskfixture.h"

#include "testclient.h"
#include "waitfor.h"

#include <QSignalSpy>
#include <QTest>

namespace boli::test {
using namespace Qt::StringLiterals;

KioskFixture::KioskFixture()
{
    farmerId = server
                   .createUser(Role::Farmer, QString::fromUtf16(kFarmerPhone), QString::fromUtf16(kFarmerPin),
                       u"Ramesh"_s)
                   .id;
    traderId = server
                   .createUser(Role::Trader, QString::fromUtf16(kTraderPhone),
                       QString::fromUtf16(kTraderPassword), u"Agarwal"_s)
                   .id;
    agentId = server
                  .createUser(Role::FieldAgent, QString::fromUtf16(kAgentPhone),
                      QString::fromUtf16(kAgentPassword), u"Kavita"_s)
                  .id;
    const auto refused =
        server.parts().settings.set(u"listing_review"_s, false, server::AuditActor::system());
    if (refused) {
        qFatal("listing_review could not be switched off: %s", qPrintable(refused->message));
    }
    client::ClientApp::Options options;
    options.mode = u"kiosk"_s;
    options.serverUrl = QUrl(u"ws://127.0.0.1:%1/ws"_s.arg(server.port()));
    options.language = u"en"_s;
    options.dataDir = dataDir.path();
    app = std::make_unique<client::ClientApp>(options);
}

bool KioskFixture::start()
{
    app->start();
    return QTest::qWaitFor([this] { return app->online(); }, 10'000);
}

bool KioskFixture::login(const QString &login, const QString &secret, bool pin)
{
    QSignalSpy finished(app.get(), &client::ClientApp::loginFinished);
    app->login(login, secret, pin);
    return finished.wait(10'000) && finished.first().at(0).toBool();
}

bool KioskFixture::loadForm()
{
    client::ListingForm *form = app->kiosk()->form();
    form->load();
    return QTest::qWaitFor([form] { return !form->durationList().isEmpty(); }, 10'000);
}

qint64 KioskFixture::submit(qint64 quantityKg, qint64 startingPrice)
{
    client::ListingForm *form = app->kiosk()->form();
    const qint64 draft = app->kiosk()->submitListing(
        cropId(), quantityKg, startingPrice, 60, u"Khanna"_s, u"Ludhiana"_s, u"Punjab"_s);
    if (draft <= 0 || !QTest::qWaitFor([form] { return form->submitState() == u"sent"_s; }, 10'000)) {
        return 0;
    }
    return form->submittedListingId();
}

bool KioskFixture::traderBids(qint64 listingId, qint64 amount)
{
    TestClient trader;
    if (!boli::test::waitFor(trader.open(server.port())).value_or(false)) {
        return false;
    }
    const auto login = boli::test::waitFor(
        trader.login(QString::fromUtf16(kTraderPhone), QString::fromUtf16(kTraderPassword), false));
    if (!login || !login->ok()) {
        return false;
    }
    const auto bid = boli::test::waitFor(
        trader.request(u"bid.place"_s, {{u"listing_id"_s, listingId}, {u"amount"_s, amount}}));
    return bid && bid->ok();
}

} // namespace boli::test
