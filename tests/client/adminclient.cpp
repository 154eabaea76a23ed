// SPDX-License-Identifier: GPL-3.0-or-later
#include "adminclient.h"

#include "waitfor.h"

#include <QTest>

namespace boli::test {
using namespace Qt::StringLiterals;

void AdminClient::init()
{
    m_server = std::make_unique<TestServer>();
    m_admin = m_server->createUser(Role::Admin, kAdminLogin, kPassword, u"Asha Admin"_s);
    m_farmer = m_server->createUser(Role::Farmer, kFarmerPhone, kFarmerPin, u"Ramesh Farmer"_s);
    m_trader = m_server->createUser(Role::Trader, kTraderPhone, kPassword, u"Agarwal Trading"_s);

    client::ClientApp::Options options;
    options.mode = u"admin"_s;
    options.serverUrl = QUrl(u"ws://127.0.0.1:%1/ws"_s.arg(m_server->port()));
    options.language = u"en"_s;
    m_app = std::make_unique<client::ClientApp>(options);
    QSignalSpy online(&m_app->connection(), &client::ServerConnection::online);
    m_app->start();
    QVERIFY(online.wait(10'000));
    QSignalSpy loggedIn(m_app.get(), &client::ClientApp::loginFinished);
    m_app->login(kAdminLogin, kPassword, false);
    QVERIFY(loggedIn.wait(10'000));
    QVERIFY2(loggedIn.first().first().toBool(), qPrintable(loggedIn.first().at(1).toString()));
    // Logging in loads every list of the mode; let the settings arrive before a test changes them.
    QTRY_COMPARE_WITH_TIMEOUT(area().settings()->rowCount() > 0, true, 10'000);
}

void AdminClient::cleanup()
{
    m_app.reset();
    m_server.reset();
}

std::unique_ptr<TestClient> AdminClient::openClient(const QString &login, const QString &secret)
{
    auto client = std::make_unique<TestClient>();
    if (!boli::test::waitFor(client->open(m_server->port())).value_or(false)) {
        return nullptr;
    }
    const auto reply = boli::test::waitFor(client->login(login, secret, secret.size() <= 6));
    return reply && reply->ok() ? std::move(client) : nullptr;
}

qint64 AdminClient::createListing(TestClient &farmer)
{
    const QJsonObject fields {{u"crop_id"_s, m_server->parts().catalog.crops().first().id},
        {u"quantity_kg"_s, 2500}, {u"mandi"_s, u"Khanna"_s}, {u"district"_s, u"Ludhiana"_s},
        {u"state"_s, u"Punjab"_s}, {u"starting_price"_s, 240'000}, {u"duration_minutes"_s, 60},
        {u"variety"_s, u"HD 2967"_s}};
    const auto reply = boli::test::waitFor(farmer.request(u"listing.create"_s, fields));
    if (!reply || !reply->ok()) {
        return 0;
    }
    return reply->fields.value(u"listing"_s).toObject().value(u"id"_s).toInteger();
}

QJsonObject AdminClient::listingOf(TestClient &farmer, qint64 listingId)
{
    const auto reply = boli::test::waitFor(farmer.request(u"listing.get"_s, {{u"listing_id"_s, listingId}}));
    return reply && reply->ok() ? reply->fields.value(u"listing"_s).toObject() : QJsonObject();
}

bool AdminClient::refreshed(client::QueryModel &model)
{
    QSignalSpy done(&model, &client::QueryModel::refreshed);
    model.refresh();
    return done.wait(10'000);
}

} // namespace boli::test
