// SPDX-License-Identifier: GPL-3.0-or-later
#include "marketfixture.h"

#include "engine/auction.h"
#include "waitfor.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

namespace boli::test::marketfixture {
namespace {
using namespace Qt::StringLiterals;

protocol::Reply call(TestClient &client, const QString &op, const QJsonObject &fields)
{
    return test::waitFor(client.request(op, fields)).value_or(protocol::Reply {});
}
} // namespace

int createAdmin(ServerProcess &server)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"BOLI_ADMIN_PASSWORD"_s, QString::fromLatin1(kAdminPassword));
    return server.run({u"create-admin"_s, QString::fromLatin1(kAdminLogin), u"Admin"_s}, environment);
}

void checkReplay(const server::ListingRecord &stored, const QList<server::LedgerEntry> &ledger)
{
    server::Auction replayed(stored.terms(), server::ListingStatus::Live);
    server::AuctionRules rules;
    rules.increments = *server::IncrementTable::fromJson(stored.increments);
    QCOMPARE(replayed.replay(ledger, rules), std::nullopt);
    QCOMPARE(replayed.price(), stored.price);
    QCOMPARE(replayed.bidCount(), stored.bidCount);
}

qint64 login(TestClient &client, const QString &login, const QString &secret, bool pin)
{
    const auto reply = test::waitFor(client.login(login, secret, pin)).value_or(protocol::Reply {});
    return reply.ok() ? reply.fields.value(u"user"_s).toObject().value(u"id"_s).toInteger() : 0;
}

bool disableReview(TestClient &admin)
{
    return call(admin, u"admin.settings.set"_s, {{u"key"_s, u"listing_review"_s}, {u"value"_s, false}}).ok();
}

bool settingReaches(TestClient &client, const QString &key, const QJsonValue &value)
{
    for (int attempt = 0; attempt < 150; ++attempt) {
        const auto reply = call(client, u"settings.get"_s, {});
        if (reply.fields.value(u"settings"_s).toObject().value(key) == value) {
            return true;
        }
        QTest::qWait(100);
    }
    return false;
}

bool registerAccount(TestClient &guest, const QString &role, const QString &phone, const QString &secret)
{
    const bool pin = role == u"farmer"_s;
    return call(guest, u"register"_s,
        {{u"role"_s, role}, {u"display_name"_s, role + u' ' + phone}, {u"phone"_s, phone},
            {pin ? u"pin"_s : u"password"_s, secret}})
        .ok();
}

qint64 createListing(TestClient &farmer)
{
    const auto catalog = call(farmer, u"catalog.list"_s, {});
    const QJsonArray categories = catalog.fields.value(u"categories"_s).toArray();
    const qint64 cropId = categories.first()
                              .toObject()
                              .value(u"crops"_s)
                              .toArray()
                              .first()
                              .toObject()
                              .value(u"id"_s)
                              .toInteger();
    const auto reply = call(farmer, u"listing.create"_s,
        {{u"crop_id"_s, cropId}, {u"quantity_kg"_s, 1000}, {u"mandi"_s, u"Khanna"_s},
            {u"district"_s, u"Ludhiana"_s}, {u"state"_s, u"Punjab"_s}, {u"starting_price"_s, 200000},
            {u"duration_minutes"_s, 60}});
    return reply.ok() ? reply.fields.value(u"listing"_s).toObject().value(u"id"_s).toInteger() : 0;
}

bool waitLive(TestClient &client, qint64 listingId)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10'000) {
        const auto reply = call(client, u"listing.get"_s, {{u"listing_id"_s, listingId}});
        if (reply.fields.value(u"listing"_s).toObject().value(u"status"_s).toString() == u"live"_s) {
            return true;
        }
        QTest::qWait(100);
    }
    return false;
}

qint64 minimumBid(TestClient &client, qint64 listingId)
{
    const auto reply = call(client, u"listing.get"_s, {{u"listing_id"_s, listingId}});
    return reply.fields.value(u"listing"_s).toObject().value(u"minimum_bid"_s).toInteger();
}

protocol::Reply bid(TestClient &trader, qint64 listingId, qint64 amount)
{
    return call(trader, u"bid.place"_s, {{u"listing_id"_s, listingId}, {u"amount"_s, amount}});
}

} // namespace boli::test::marketfixture
