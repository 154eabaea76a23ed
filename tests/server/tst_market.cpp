// SPDX-License-Identifier: GPL-3.0-or-later
// Listings and bids over the real WebSocket: creating and reviewing listings, every refused form
// with its exact code and no row added, bid refusals, outbid notices on every connection, proxy
// bids, Buy Now, the seller accepting early and cancelling — each with what it leaves in the database.

#include "testclient.h"
#include "testserver.h"
#include "waitfor.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QTest>

using namespace boli;
using namespace Qt::StringLiterals;
using boli::test::TestClient;
using boli::test::TestServer;

namespace {

const QString kPassword = u"market-pass-1"_s;
const QString kPin = u"1234"_s;
const QString kAdmin = u"asha@boli.example"_s;
const QString kFarmer = u"9800000001"_s;
const QString kTraderA = u"anil@traders.example"_s;
const QString kTraderB = u"bela@traders.example"_s;
const QString kFirm = u"sales@agrofirm.example"_s;
const QString kAgent = u"kiran@agents.example"_s;
constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

QString codeOf(const protocol::Reply &reply)
{
    return reply.error ? errorCodeName(reply.error->code) : u"ok"_s;
}

QJsonObject merged(QJsonObject base, const QJsonObject &extra)
{
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        base.insert(it.key(), *it);
    }
    return base;
}

protocol::Reply call(TestClient &client, const QString &op, const QJsonObject &fields = {})
{
    auto reply = test::waitFor(client.request(op, fields));
    return reply ? *reply : protocol::Reply {{}, {}, Error::of(ErrorCode::InternalError, u"timeout"_s), 0};
}

QJsonObject listingOf(const protocol::Reply &reply)
{
    return reply.fields.value(u"listing"_s).toObject();
}

QJsonObject bid(qint64 listingId, qint64 amount, bool proxy = false)
{
    return {{u"listing_id"_s, listingId}, {u"amount"_s, amount}, {u"proxy"_s, proxy}};
}

} // namespace

class TestMarket : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    QHash<qint64, QString> m_names; ///< user id → short name, for readable ledger rows
    qint64 m_farmer = 0;
    qint64 m_traderA = 0;
    qint64 m_traderB = 0;
    qint64 m_agent = 0;
    qint64 m_wheat = 0;
    int m_addresses = 0;

    /// A new connection logged in as `login`. The login goes through AuthService with an address of
    /// its own, so the per-address login limit never slows a test; the socket presents the token.
    std::unique_ptr<TestClient> connectAs(const QString &login)
    {
        server::LoginAttempt attempt;
        attempt.login = login;
        attempt.secretIsPin = !login.contains(u'@');
        attempt.secret = attempt.secretIsPin ? kPin : kPassword;
        attempt.deviceId = u"market-test"_s;
        attempt.ip = u"10.1.0.%1"_s.arg(++m_addresses);
        const auto issued = test::waitFor(m_server->parts().auth.login(attempt));
        auto client = std::make_unique<TestClient>();
        if (!issued || !std::holds_alternative<server::IssuedSession>(*issued)
            || !test::waitFor(client->open(m_server->port())).value_or(false)) {
            return nullptr;
        }
        const QJsonObject token {{u"access_token"_s, std::get<server::IssuedSession>(*issued).accessToken}};
        return call(*client, u"authenticate"_s, token).ok() ? std::move(client) : nullptr;
    }

    /// A form with some optional text left out: those columns are stored as empty text.
    QJsonObject form(const QJsonObject &extra = {}) const
    {
        return merged({{u"crop_id"_s, m_wheat}, {u"variety"_s, u"Sharbati"_s}, {u"quantity_kg"_s, 2500},
                       {u"mandi"_s, u"Indore"_s},
                       {u"district"_s, u"Indore"_s}, {u"state"_s, u"Madhya Pradesh"_s},
                       {u"starting_price"_s, 200'000}, {u"duration_minutes"_s, 60}},
                      extra);
    }

    std::optional<server::ListingRecord> stored(qint64 id) { return m_server->parts().listings.byId(id); }

    QString statusOf(qint64 id)
    {
        const auto listing = stored(id);
        return listing ? server::listingStatusName(listing->status) : QString();
    }

    bool waitStatus(qint64 id, const QString &status)
    {
        QDeadlineTimer deadline(5000);
        while (statusOf(id) != status && !deadline.hasExpired()) {
            QTest::qWait(10);
        }
        return statusOf(id) == status;
    }

    void setSetting(const QString &key, const QJsonValue &value)
    {
        QVERIFY(!m_server->parts().settings.set(key, value, server::AuditActor::system()));
    }

    /// Lists as `seller` with review off and waits for the tick that starts the auction.
    qint64 liveListing(TestClient &seller, const QJsonObject &extra = {})
    {
        setSetting(u"listing_review"_s, false);
        const auto reply = call(seller, u"listing.create"_s, form(extra));
        const qint64 id = listingOf(reply).value(u"id"_s).toInteger();
        return reply.ok() && waitStatus(id, u"live"_s) ? id : 0;
    }

    /// The ledger as "bidder amount kind" rows, in seq order.
    QStringList ledgerRows(qint64 id)
    {
        QStringList rows;
        for (const server::LedgerEntry &entry : m_server->parts().listings.ledger(id)) {
            rows << u"%1 %2 %3"_s.arg(m_names.value(entry.bidderId), QString::number(entry.amount),
                                      server::bidKindName(entry.kind));
        }
        return rows;
    }

    /// The kinds of the user's notifications about one listing, oldest first.
    QStringList kindsFor(qint64 userId, qint64 listingId)
    {
        QStringList kinds;
        const auto list = m_server->parts().notifications.forUser(userId, false, 0, 100);
        for (auto it = list.crbegin(); it != list.crend(); ++it) {
            if (it->listingId == listingId) {
                kinds << it->kind;
            }
        }
        return kinds;
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<TestServer>();
        m_server->createUser(Role::Admin, kAdmin, kPassword, u"Asha Admin"_s);
        m_farmer = m_server->createUser(Role::Farmer, kFarmer, kPin, u"Ramesh Patel"_s).id;
        m_traderA = m_server->createUser(Role::Trader, kTraderA, kPassword, u"Anil Traders"_s).id;
        m_traderB = m_server->createUser(Role::Trader, kTraderB, kPassword, u"Bela Exports"_s).id;
        m_agent = m_server->createUser(Role::FieldAgent, kAgent, kPassword, u"Kiran Agent"_s).id;
        m_server->createUser(Role::BusinessSeller, kFirm, kPassword, u"Agro Firm"_s);
        m_names = {{m_traderA, u"A"_s}, {m_traderB, u"B"_s}};
        for (const auto &crop : m_server->parts().catalog.crops()) {
            m_wheat = crop.code == u"wheat"_s ? crop.id : m_wheat;
        }
        QVERIFY(m_wheat > 0);
    }

    void cleanup() { m_server.reset(); }

    void listingGoesThroughReview()
    {
        auto farmer = connectAs(kFarmer);
        auto admin = connectAs(kAdmin);
        auto trader = connectAs(kTraderA);
        QVERIFY(farmer && admin && trader);
        const qint64 startsAt = m_server->clock().nowMs() + 60 * 60'000;
        const auto created = call(*farmer, u"listing.create"_s, form({{u"starts_at"_s, startsAt}}));
        QCOMPARE(codeOf(created), u"ok"_s);
        QCOMPARE(listingOf(created).value(u"status"_s).toString(), u"pending_review"_s);
        const qint64 id = listingOf(created).value(u"id"_s).toInteger();
        QCOMPARE(statusOf(id), u"pending_review"_s);
        QCOMPARE(stored(id)->sellerId, m_farmer);
        QCOMPARE(stored(id)->createdBy, m_farmer);
        QCOMPARE(stored(id)->startsAt, startsAt);
        QCOMPARE(stored(id)->variety, u"Sharbati"_s);
        QCOMPARE(stored(id)->grade, QString());
        // Under review only the seller and admins see it; nobody can bid.
        QCOMPARE(codeOf(call(*trader, u"listing.get"_s, {{u"listing_id"_s, id}})), u"not_found"_s);
        QCOMPARE(codeOf(call(*trader, u"bid.place"_s, bid(id, 200'000))), u"listing_not_live"_s);

        const auto approved
            = call(*admin, u"admin.listings.review"_s, {{u"listing_id"_s, id}, {u"approve"_s, true}});
        QCOMPARE(codeOf(approved), u"ok"_s);
        QCOMPARE(listingOf(approved).value(u"status"_s).toString(), u"scheduled"_s);
        QCOMPARE(statusOf(id), u"scheduled"_s);
        QCOMPARE(codeOf(call(*trader, u"bid.place"_s, bid(id, 200'000))), u"listing_not_live"_s);
        QCOMPARE(codeOf(call(*admin, u"admin.listings.review"_s, {{u"listing_id"_s, id}, {u"approve"_s, true}})),
                 u"invalid_transition"_s);

        m_server->advanceClock(60 * 60'000 + 1'000);
        QVERIFY(waitStatus(id, u"live"_s));
        QCOMPARE(codeOf(call(*trader, u"bid.place"_s, bid(id, 200'000))), u"ok"_s);
        QCOMPARE(ledgerRows(id), QStringList {u"A 200000 manual"_s});
    }

    void rejectionNeedsReason()
    {
        auto farmer = connectAs(kFarmer);
        auto admin = connectAs(kAdmin);
        QVERIFY(farmer && admin);
        const qint64 id = listingOf(call(*farmer, u"listing.create"_s, form())).value(u"id"_s).toInteger();
        QCOMPARE(statusOf(id), u"pending_review"_s);
        const QJsonObject reject {{u"listing_id"_s, id}, {u"approve"_s, false}};
        QCOMPARE(codeOf(call(*admin, u"admin.listings.review"_s, reject)), u"missing_field"_s);
        QCOMPARE(statusOf(id), u"pending_review"_s);

        const QString reason = u"the photos do not show the crop"_s;
        const auto rejected = call(*admin, u"admin.listings.review"_s, merged(reject, {{u"reason"_s, reason}}));
        QCOMPARE(codeOf(rejected), u"ok"_s);
        QCOMPARE(listingOf(rejected).value(u"status"_s).toString(), u"cancelled"_s);
        QCOMPARE(listingOf(rejected).value(u"status_reason"_s).toString(), reason);
        QCOMPARE(statusOf(id), u"cancelled"_s);
        QCOMPARE(stored(id)->statusReason, reason);
        QCOMPARE(kindsFor(m_farmer, id), QStringList {u"cancelled"_s});
    }

    void agentListsForFarmer()
    {
        auto agent = connectAs(kAgent);
        auto farmer = connectAs(kFarmer);
        auto trader = connectAs(kTraderA);
        QVERIFY(agent && farmer && trader);
        const auto created = call(*agent, u"listing.create"_s, form({{u"farmer_id"_s, m_farmer}}));
        QCOMPARE(codeOf(created), u"ok"_s);
        const qint64 id = listingOf(created).value(u"id"_s).toInteger();
        QCOMPARE(listingOf(created).value(u"seller_id"_s).toInteger(), m_farmer);
        QCOMPARE(stored(id)->sellerId, m_farmer);
        QCOMPARE(stored(id)->createdBy, m_agent);

        QCOMPARE(codeOf(call(*agent, u"listing.create"_s, form())), u"missing_field"_s);
        QCOMPARE(codeOf(call(*agent, u"listing.create"_s, form({{u"farmer_id"_s, m_traderA}}))), u"invalid_value"_s);
        QCOMPARE(codeOf(call(*farmer, u"listing.create"_s, form({{u"farmer_id"_s, m_farmer}}))), u"forbidden"_s);
        QCOMPARE(codeOf(call(*trader, u"listing.create"_s, form())), u"forbidden"_s);
        QCOMPARE(m_server->rowCount(u"listings"_s), 1);
    }

    void refusedForms_data()
    {
        QTest::addColumn<QJsonObject>("fields");
        QTest::addColumn<QString>("removed");
        QTest::addColumn<QString>("code");
        const QString hash(64, u'a');
        QTest::newRow("unknown crop") << QJsonObject {{u"crop_id"_s, 999'999}} << QString() << u"invalid_value"_s;
        QTest::newRow("no crop") << QJsonObject {} << u"crop_id"_s << u"missing_field"_s;
        QTest::newRow("crop as text") << QJsonObject {{u"crop_id"_s, u"wheat"_s}} << QString() << u"wrong_type"_s;
        QTest::newRow("quantity 0") << QJsonObject {{u"quantity_kg"_s, 0}} << QString() << u"invalid_value"_s;
        QTest::newRow("no mandi") << QJsonObject {} << u"mandi"_s << u"missing_field"_s;
        QTest::newRow("duration 7") << QJsonObject {{u"duration_minutes"_s, 7}} << QString() << u"invalid_value"_s;
        QTest::newRow("reserve below start")
            << QJsonObject {{u"reserve_price"_s, 150'000}} << QString() << u"invalid_value"_s;
        QTest::newRow("buy now in sealed")
            << QJsonObject {{u"format"_s, u"sealed"_s}, {u"buy_now_price"_s, 300'000}} << QString()
            << u"invalid_value"_s;
        QTest::newRow("unknown format") << QJsonObject {{u"format"_s, u"dutch"_s}} << QString() << u"invalid_value"_s;
        QTest::newRow("starts in 40 days")
            << QJsonObject {{u"starts_at"_s, u"$days:40"_s}} << QString() << u"invalid_value"_s;
        QTest::newRow("4 photos") << QJsonObject {{u"photos"_s, QJsonArray {hash, hash, hash, hash}}} << QString()
                                  << u"invalid_value"_s;
    }

    void refusedForms()
    {
        QFETCH(QJsonObject, fields);
        QFETCH(QString, removed);
        QFETCH(QString, code);
        auto farmer = connectAs(kFarmer);
        QVERIFY(farmer);
        if (fields.value(u"starts_at"_s).toString().startsWith(u"$days:"_s)) {
            const int days = fields.value(u"starts_at"_s).toString().mid(6).toInt();
            fields.insert(u"starts_at"_s, m_server->clock().nowMs() + days * kDayMs);
        }
        QJsonObject sent = form(fields);
        sent.remove(removed);
        const qint64 audits = m_server->rowCount(u"audit_log"_s);
        QCOMPARE(codeOf(call(*farmer, u"listing.create"_s, sent)), code);
        QCOMPARE(m_server->rowCount(u"listings"_s), 0);
        QCOMPARE(m_server->rowCount(u"audit_log"_s), audits);
    }

    void sellerVerification()
    {
        setSetting(u"seller_verification"_s, true);
        auto farmer = connectAs(kFarmer);
        auto agent = connectAs(kAgent);
        QVERIFY(farmer && agent);
        QCOMPARE(codeOf(call(*farmer, u"listing.create"_s, form())), u"not_verified"_s);
        QCOMPARE(codeOf(call(*agent, u"listing.create"_s, form({{u"farmer_id"_s, m_farmer}}))), u"not_verified"_s);
        QCOMPARE(m_server->rowCount(u"listings"_s), 0);
    }

    void bidRefusals()
    {
        auto farmer = connectAs(kFarmer);
        auto trader = connectAs(kTraderA);
        auto firm = connectAs(kFirm);
        QVERIFY(farmer && trader && firm);
        const qint64 id = liveListing(*farmer);
        const qint64 firmListing = liveListing(*firm);
        QVERIFY(id && firmListing);
        QCOMPARE(codeOf(call(*trader, u"bid.place"_s, bid(id, 199'900))), u"bid_too_low"_s);
        QCOMPARE(codeOf(call(*trader, u"bid.place"_s, bid(id, 0))), u"invalid_value"_s);
        QCOMPARE(codeOf(call(*trader, u"bid.place"_s, {{u"listing_id"_s, id}})), u"missing_field"_s);
        QCOMPARE(codeOf(call(*trader, u"bid.place"_s, bid(id + 100, 200'000))), u"listing_not_live"_s);
        QCOMPARE(codeOf(call(*farmer, u"bid.place"_s, bid(id, 200'000))), u"forbidden"_s);
        QCOMPARE(codeOf(call(*firm, u"bid.place"_s, bid(firmListing, 200'000))), u"own_listing"_s);
        QCOMPARE(codeOf(call(*firm, u"listing.buy_now"_s, {{u"listing_id"_s, firmListing}})), u"own_listing"_s);
        QCOMPARE(m_server->rowCount(u"bids"_s), 0);
        // A business seller also buys, on someone else's listing.
        QCOMPARE(codeOf(call(*firm, u"bid.place"_s, bid(id, 200'000))), u"ok"_s);
        QCOMPARE(m_server->rowCount(u"bids"_s), 1);
        QCOMPARE(stored(id)->price, 200'000);
    }

    void outbidReachesEveryConnection()
    {
        auto farmer = connectAs(kFarmer);
        auto phone = connectAs(kTraderA);
        auto laptop = connectAs(kTraderA);
        auto other = connectAs(kTraderB);
        QVERIFY(farmer && phone && laptop && other);
        const qint64 id = liveListing(*farmer);
        QVERIFY(id);
        const auto first = call(*phone, u"bid.place"_s, bid(id, 200'000));
        QCOMPARE(codeOf(first), u"ok"_s);
        QCOMPARE(first.fields.value(u"leading"_s).toBool(), true);
        QCOMPARE(codeOf(call(*other, u"bid.place"_s, bid(id, 210'000))), u"ok"_s);
        for (TestClient *connection : {phone.get(), laptop.get()}) {
            const auto event = test::waitFor(connection->nextEvent(u"you.outbid"_s)).value_or(std::nullopt);
            QVERIFY(event);
            QCOMPARE(event->fields.value(u"listing_id"_s).toInteger(), id);
            QCOMPARE(event->fields.value(u"price"_s).toInteger(), 210'000);
            QCOMPARE(event->fields.value(u"minimum_bid"_s).toInteger(), 212'500);
        }
        QCOMPARE(kindsFor(m_traderA, id), QStringList {u"outbid"_s});
        QCOMPARE(kindsFor(m_traderB, id), QStringList {});
        QCOMPARE(ledgerRows(id), (QStringList {u"A 200000 manual"_s, u"B 210000 manual"_s}));
        QCOMPARE(stored(id)->leaderId.value_or(0), m_traderB);
    }

    void proxyAnswersChallenger()
    {
        auto farmer = connectAs(kFarmer);
        auto a = connectAs(kTraderA);
        auto b = connectAs(kTraderB);
        QVERIFY(farmer && a && b);
        const qint64 id = liveListing(*farmer);
        QVERIFY(id);
        const auto maximum = call(*a, u"bid.place"_s, bid(id, 230'000, true));
        QCOMPARE(codeOf(maximum), u"ok"_s);
        QCOMPARE(maximum.fields.value(u"your_maximum"_s).toInteger(), 230'000);
        QCOMPARE(listingOf(maximum).value(u"price"_s).toInteger(), 200'000);

        const auto challenge = call(*b, u"bid.place"_s, bid(id, 210'000));
        QCOMPARE(codeOf(challenge), u"ok"_s);
        QCOMPARE(challenge.fields.value(u"leading"_s).toBool(), false);
        QCOMPARE(listingOf(challenge).value(u"price"_s).toInteger(), 212'500);
        const QJsonArray entries = challenge.fields.value(u"entries"_s).toArray();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).toObject().value(u"mine"_s).toBool(), true);
        QCOMPARE(entries.at(1).toObject().value(u"kind"_s).toString(), u"auto"_s);
        QCOMPARE(ledgerRows(id), (QStringList {u"A 200000 manual"_s, u"B 210000 manual"_s, u"A 212500 auto"_s}));
        const auto listing = stored(id);
        QCOMPARE(listing->price, 212'500);
        QCOMPARE(listing->leaderId.value_or(0), m_traderA);
        QCOMPARE(listing->bidCount, 3);
        // The challenger is told at once that the proxy outbid them.
        const auto event = test::waitFor(b->nextEvent(u"you.outbid"_s)).value_or(std::nullopt);
        QVERIFY(event);
        QCOMPARE(event->fields.value(u"price"_s).toInteger(), 212'500);
    }

    void buyNowBeforeFirstBid()
    {
        auto farmer = connectAs(kFarmer);
        auto a = connectAs(kTraderA);
        auto b = connectAs(kTraderB);
        QVERIFY(farmer && a && b);
        const qint64 id = liveListing(*farmer, {{u"buy_now_price"_s, 280'000}});
        QVERIFY(id);
        const auto seen = call(*b, u"listing.get"_s, {{u"listing_id"_s, id}});
        QCOMPARE(listingOf(seen).value(u"buy_now_available"_s).toBool(), true);

        const auto bought = call(*b, u"listing.buy_now"_s, {{u"listing_id"_s, id}});
        QCOMPARE(codeOf(bought), u"ok"_s);
        QCOMPARE(listingOf(bought).value(u"status"_s).toString(), u"sold"_s);
        const qint64 total = 280'000LL * 2500 / 100;
        QCOMPARE(bought.fields.value(u"transaction"_s).toObject().value(u"total"_s).toInteger(), total);
        QCOMPARE(statusOf(id), u"sold"_s);
        QCOMPARE(m_server->rowCount(u"transactions"_s), 1);
        const auto sale = m_server->parts().sales.byListing(id);
        QVERIFY(sale);
        QCOMPARE(sale->buyerId, m_traderB);
        QCOMPARE(sale->sellerId, m_farmer);
        QCOMPARE(sale->pricePerQuintal, 280'000);
        QCOMPARE(sale->quantityKg, 2500);
        QCOMPARE(sale->total, total);
        QCOMPARE(ledgerRows(id), QStringList {u"B 280000 buy_now"_s});
        QCOMPARE(kindsFor(m_traderB, id), QStringList {u"won"_s});
        QCOMPARE(kindsFor(m_farmer, id), QStringList {u"sold"_s});
        QCOMPARE(codeOf(call(*a, u"bid.place"_s, bid(id, 300'000))), u"listing_not_live"_s);
        QCOMPARE(codeOf(call(*a, u"listing.buy_now"_s, {{u"listing_id"_s, id}})), u"listing_not_live"_s);
        QCOMPARE(m_server->rowCount(u"transactions"_s), 1);
    }

    void buyNowEndsWithFirstBid()
    {
        auto farmer = connectAs(kFarmer);
        auto a = connectAs(kTraderA);
        auto b = connectAs(kTraderB);
        QVERIFY(farmer && a && b);
        const qint64 id = liveListing(*farmer, {{u"buy_now_price"_s, 280'000}});
        QVERIFY(id);
        const auto first = call(*a, u"bid.place"_s, bid(id, 200'000));
        QCOMPARE(codeOf(first), u"ok"_s);
        QCOMPARE(listingOf(first).value(u"buy_now_available"_s).toBool(), false);
        QCOMPARE(codeOf(call(*b, u"listing.buy_now"_s, {{u"listing_id"_s, id}})), u"buy_now_unavailable"_s);
        QCOMPARE(statusOf(id), u"live"_s);
        QCOMPARE(m_server->rowCount(u"transactions"_s), 0);
        QCOMPARE(ledgerRows(id), QStringList {u"A 200000 manual"_s});
    }

    void sellerAcceptsEarly()
    {
        auto farmer = connectAs(kFarmer);
        auto a = connectAs(kTraderA);
        auto b = connectAs(kTraderB);
        QVERIFY(farmer && a && b);
        const qint64 id = liveListing(*farmer);
        QVERIFY(id);
        QCOMPARE(codeOf(call(*farmer, u"listing.accept"_s, {{u"listing_id"_s, id}})), u"not_found"_s);
        QCOMPARE(codeOf(call(*a, u"bid.place"_s, bid(id, 200'000))), u"ok"_s);
        QCOMPARE(codeOf(call(*b, u"bid.place"_s, bid(id, 205'000))), u"ok"_s);
        QCOMPARE(codeOf(call(*a, u"listing.accept"_s, {{u"listing_id"_s, id}})), u"forbidden"_s);

        const auto accepted = call(*farmer, u"listing.accept"_s, {{u"listing_id"_s, id}});
        QCOMPARE(codeOf(accepted), u"ok"_s);
        QCOMPARE(listingOf(accepted).value(u"status"_s).toString(), u"sold"_s);
        QCOMPARE(statusOf(id), u"sold"_s);
        const auto sale = m_server->parts().sales.byListing(id);
        QVERIFY(sale);
        QCOMPARE(sale->buyerId, m_traderB);
        QCOMPARE(sale->total, 205'000LL * 2500 / 100);
        QCOMPARE(m_server->rowCount(u"transactions"_s), 1);
        QCOMPARE(kindsFor(m_farmer, id), QStringList {u"sold"_s});
        QCOMPARE(kindsFor(m_traderB, id), QStringList {u"won"_s});
        QCOMPARE(kindsFor(m_traderA, id), (QStringList {u"outbid"_s, u"lost"_s}));
    }

    void cancelling()
    {
        auto farmer = connectAs(kFarmer);
        auto admin = connectAs(kAdmin);
        auto a = connectAs(kTraderA);
        QVERIFY(farmer && admin && a);
        const qint64 id = liveListing(*farmer);
        const qint64 unbid = liveListing(*farmer);
        QVERIFY(id && unbid);
        QCOMPARE(codeOf(call(*a, u"bid.place"_s, bid(id, 200'000))), u"ok"_s);
        QCOMPARE(codeOf(call(*a, u"listing.cancel"_s, {{u"listing_id"_s, id}})), u"forbidden"_s);
        QCOMPARE(codeOf(call(*farmer, u"listing.cancel"_s, {{u"listing_id"_s, id}})), u"listing_has_bids"_s);
        QCOMPARE(statusOf(id), u"live"_s);
        QCOMPARE(codeOf(call(*admin, u"listing.cancel"_s, {{u"listing_id"_s, id}})), u"missing_field"_s);

        const QString reason = u"the lot failed the moisture test"_s;
        const auto cancelled = call(*admin, u"listing.cancel"_s, {{u"listing_id"_s, id}, {u"reason"_s, reason}});
        QCOMPARE(codeOf(cancelled), u"ok"_s);
        QCOMPARE(listingOf(cancelled).value(u"status"_s).toString(), u"cancelled"_s);
        QCOMPARE(statusOf(id), u"cancelled"_s);
        QCOMPARE(stored(id)->statusReason, reason);
        QCOMPARE(kindsFor(m_traderA, id), QStringList {u"cancelled"_s});
        QCOMPARE(kindsFor(m_farmer, id), QStringList {u"cancelled"_s});
        QCOMPARE(m_server->rowCount(u"transactions"_s), 0);

        const auto withdrawn = call(*farmer, u"listing.cancel"_s, {{u"listing_id"_s, unbid}});
        QCOMPARE(codeOf(withdrawn), u"ok"_s);
        QCOMPARE(statusOf(unbid), u"cancelled"_s);
        QCOMPARE(stored(unbid)->statusReason, u"withdrawn by the seller"_s);
        // docs/auction-rules.md "Cancelling": a final listing is never cancelled again.
        QCOMPARE(codeOf(call(*admin, u"listing.cancel"_s, {{u"listing_id"_s, id}, {u"reason"_s, reason}})),
                 u"invalid_transition"_s);
    }
};

QTEST_GUILESS_MAIN(TestMarket)
#include "tst_market.moc"
