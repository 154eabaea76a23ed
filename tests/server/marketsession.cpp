// SPDX-License-Identifier: GPL-3.0-or-later
#include "marketsession.h"

#include "waitfor.h"

#include <QDeadlineTimer>
#include <QTest>

namespace boli::test {

using namespace Qt::StringLiterals;

QJsonObject listingOf(const protocol::Reply &reply)
{
    return listingOf(reply.fields);
}

QJsonObject listingOf(const QJsonObject &fields)
{
    return fields.value(u"listing"_s).toObject();
}

QString statusIn(const protocol::Reply &reply)
{
    return listingOf(reply).value(u"status"_s).toString();
}

qint64 idOf(const protocol::Reply &reply)
{
    return listingOf(reply).value(u"id"_s).toInteger();
}

QJsonObject ofListing(qint64 listingId)
{
    return {{u"listing_id"_s, listingId}};
}

QJsonObject bid(qint64 listingId, qint64 amount, bool proxy)
{
    return {{u"listing_id"_s, listingId}, {u"amount"_s, amount}, {u"proxy"_s, proxy}};
}

QJsonObject listingForm(qint64 cropId, const QJsonObject &extra)
{
    return merged(
        {{u"crop_id"_s, cropId}, {u"variety"_s, u"Sharbati"_s}, {u"quantity_kg"_s, 2500},
            {u"mandi"_s, u"Indore"_s}, {u"district"_s, u"Indore"_s}, {u"state"_s, u"Madhya Pradesh"_s},
            {u"starting_price"_s, 200'000}, {u"duration_minutes"_s, 60}},
        extra);
}

qint64 cropId(server::ServerParts &parts, const QString &code)
{
    for (const auto &crop : parts.catalog.crops()) {
        if (crop.code == code) {
            return crop.id;
        }
    }
    return 0;
}

QString statusOf(server::ServerParts &parts, qint64 listingId)
{
    const auto listing = parts.listings.byId(listingId);
    return listing ? server::listingStatusName(listing->status) : QString();
}

bool waitStatus(server::ServerParts &parts, qint64 listingId, const QString &status, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (statusOf(parts, listingId) != status && !deadline.hasExpired()) {
        QTest::qWait(10);
    }
    return statusOf(parts, listingId) == status;
}

QStringList kindsFor(server::ServerParts &parts, qint64 userId, qint64 listingId)
{
    QStringList kinds;
    const auto list = parts.notifications.forUser(userId, false, 0, 100);
    for (auto it = list.crbegin(); it != list.crend(); ++it) {
        if (it->listingId == listingId) {
            kinds << it->kind;
        }
    }
    return kinds;
}

std::optional<protocol::Event> nextEvent(TestClient &client, const QString &name)
{
    return test::waitFor(client.nextEvent(name)).value_or(std::nullopt);
}

std::unique_ptr<TestClient> connectAs(
    server::ServerParts &parts, quint16 port, const QString &login, int address)
{
    auto client = std::make_unique<TestClient>();
    if (!test::waitFor(client->open(port)).value_or(false)) {
        return nullptr;
    }
    if (login.isEmpty()) {
        return client;
    }
    server::LoginAttempt attempt;
    attempt.login = login;
    attempt.secretIsPin = !login.contains(u'@');
    attempt.secret = attempt.secretIsPin ? kPin : kPassword;
    attempt.deviceId = u"market-test"_s;
    attempt.ip = u"10.1.0.%1"_s.arg(address);
    const auto issued = test::waitFor(parts.auth.login(attempt));
    if (!issued || !std::holds_alternative<server::IssuedSession>(*issued)) {
        return nullptr;
    }
    const QJsonObject token {{u"access_token"_s, std::get<server::IssuedSession>(*issued).accessToken}};
    return call(*client, u"authenticate"_s, token).ok() ? std::move(client) : nullptr;
}

qint64 liveListing(server::ServerParts &parts, TestClient &seller, const QJsonObject &form)
{
    if (parts.settings.set(u"listing_review"_s, false, server::AuditActor::system())) {
        return 0;
    }
    const auto reply = call(seller, u"listing.create"_s, form);
    const qint64 id = listingOf(reply).value(u"id"_s).toInteger();
    return reply.ok() && waitStatus(parts, id, u"live"_s) ? id : 0;
}

EventLog::EventLog(TestClient &client)
{
    connect(&client.socket(), &QWebSocket::textMessageReceived, this, [this](const QString &text) {
        auto decoded = protocol::decodeServerMessage(text.toUtf8());
        if (auto *event = std::get_if<protocol::Event>(&decoded)) {
            m_events.append(*event);
        }
    });
}

QList<QJsonObject> EventLog::named(const QString &name) const
{
    QList<QJsonObject> found;
    for (const protocol::Event &event : m_events) {
        if (event.name == name) {
            found.append(event.fields);
        }
    }
    return found;
}

MarketSession::MarketSession(Review review)
    : m_review(review)
{ }

void MarketSession::init()
{
    start();
    addCast();
    if (m_review == Review::Off) {
        setSetting(u"listing_review"_s, false);
    }
}

void MarketSession::cleanup()
{
    m_clients.clear();
    m_server.reset();
}

void MarketSession::start()
{
    m_server = std::make_unique<TestServer>();
    m_wheat = cropId(m_server->parts(), u"wheat"_s);
}

void MarketSession::addCast()
{
    m_server->createUser(Role::Admin, kAdmin, kPassword, u"Asha Admin"_s);
    m_farmer = m_server->createUser(Role::Farmer, kFarmer, kPin, u"Ramesh Patel"_s).id;
    m_traderA = m_server->createUser(Role::Trader, kTraderA, kPassword, u"Anil Traders"_s).id;
    m_traderB = m_server->createUser(Role::Trader, kTraderB, kPassword, u"Bela Exports"_s).id;
    m_server->createUser(Role::Trader, kTraderC, kPassword, u"Chandra & Sons"_s);
    m_agent = m_server->createUser(Role::FieldAgent, kAgent, kPassword, u"Kiran Agent"_s).id;
    m_server->createUser(Role::BusinessSeller, kFirm, kPassword, u"Agro Firm"_s);
    m_names = {{m_traderA, u"A"_s}, {m_traderB, u"B"_s}};
    QVERIFY(m_wheat > 0);
}

std::unique_ptr<TestClient> MarketSession::connectAs(const QString &login)
{
    return test::connectAs(m_server->parts(), m_server->port(), login, ++m_addresses);
}

TestClient &MarketSession::as(const QString &login)
{
    if (!m_clients.contains(login)) {
        std::shared_ptr<TestClient> client = connectAs(login);
        m_clients.insert(login, client ? client : std::make_shared<TestClient>());
    }
    return *m_clients.value(login);
}

std::optional<server::ListingRecord> MarketSession::stored(qint64 id)
{
    return m_server->parts().listings.byId(id);
}

QString MarketSession::statusOf(qint64 id)
{
    return test::statusOf(m_server->parts(), id);
}

bool MarketSession::waitStatus(qint64 id, const QString &status)
{
    return test::waitStatus(m_server->parts(), id, status);
}

void MarketSession::setSetting(const QString &key, const QJsonValue &value)
{
    QVERIFY(!m_server->parts().settings.set(key, value, server::AuditActor::system()));
}

QJsonObject MarketSession::form(const QJsonObject &extra) const
{
    return listingForm(m_wheat, extra);
}

qint64 MarketSession::liveListing(TestClient &seller, const QJsonObject &extra)
{
    return test::liveListing(m_server->parts(), seller, form(extra));
}

QStringList MarketSession::ledgerRows(qint64 id)
{
    QStringList rows;
    for (const server::LedgerEntry &entry : m_server->parts().listings.ledger(id)) {
        rows << u"%1 %2 %3"_s.arg(
            m_names.value(entry.bidderId), QString::number(entry.amount), server::bidKindName(entry.kind));
    }
    return rows;
}

QStringList MarketSession::kindsFor(qint64 userId, qint64 listingId)
{
    return test::kindsFor(m_server->parts(), userId, listingId);
}

} // namespace boli::test
