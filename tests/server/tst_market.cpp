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

/// The error code name of the reply, "ok" for success.
QString code(TestClient &client, const QString &op, const QJsonObject &fields = {})
{
    return codeOf(call(client, op, fields));
}

QJsonObject listingOf(const protocol::Reply &reply)
{
    return reply.fields.value(u"listing"_s).toObject();
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
    QHash<QString, std::shared_ptr<TestClient>> m_clients;

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

    /// The test's one connection for `login`, opened on first use. One that cannot log in stays closed,
    /// and every request on it fails.
    TestClient &as(const QString &login)
    {
        if (!m_clients.contains(login)) {
            std::shared_ptr<TestClient> client = connectAs(login);
            m_clients.insert(login, client ? client : std::make_shared<TestClient>());
        }
        return *m_clients.value(login);
    }

    /// A form with some optional text left out: those columns are stored as empty text.
    QJsonObject form(const QJsonObject &extra = {}) const
    {
        return merged(
            {{u"crop_id"_s, m_wheat}, {u"variety"_s, u"Sharbati"_s}, {u"quantity_kg"_s, 2500},
                {u"mandi"_s, u"Indore"_s}, {u"district"_s, u"Indore"_s}, {u"state"_s, u"Madhya Pradesh"_s},
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
        const qint64 id = idOf(reply);
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

    void cleanup()
    {
        m_clients.clear();
        m_server.reset();
    }

    void listingGoesThroughReview()
    {
        const qint64 startsAt = m_server->clock().nowMs() + 60 * 60'000;
        const auto created = call(as(kFarmer), u"listing.create"_s, form({{u"starts_at"_s, startsAt}}));
        QCOMPARE(codeOf(created), u"ok"_s);
        QCOMPARE(statusIn(created), u"pending_review"_s);
        const qint64 id = idOf(created);
        QCOMPARE(statusOf(id), u"pending_review"_s);
        QCOMPARE(stored(id)->sellerId, m_farmer);
        QCOMPARE(stored(id)->createdBy, m_farmer);
        QCOMPARE(stored(id)->startsAt, startsAt);
        QCOMPARE(stored(id)->variety, u"Sharbati"_s);
        QCOMPARE(stored(id)->grade, QString());
        // Under review only the seller and admins see it; nobody can bid.
        QCOMPARE(code(as(kTraderA), u"listing.get"_s, ofListing(id)), u"not_found"_s);
        QCOMPARE(code(as(kTraderA), u"bid.place"_s, bid(id, 200'000)), u"listing_not_live"_s);

        const auto approved =
            call(as(kAdmin), u"admin.listings.review"_s, {{u"listing_id"_s, id}, {u"approve"_s, true}});
        QCOMPARE(codeOf(approved), u"ok"_s);
        QCOMPARE(statusIn(approved), u"scheduled"_s);
        QCOMPARE(statusOf(id), u"scheduled"_s);
        QCOMPARE(code(as(kTraderA), u"bid.place"_s, bid(id, 200'000)), u"listing_not_live"_s);
        QCOMPARE(code(as(kAdmin), u"admin.listings.review"_s, {{u"listing_id"_s, id}, {u"approve"_s, true}}),
            u"invalid_transition"_s);

        m_server->advanceClock(60 * 60'000 + 1'000);
        QVERIFY(waitStatus(id, u"live"_s));
        QCOMPARE(code(as(kTraderA), u"bid.place"_s, bid(id, 200'000)), u"ok"_s);
        QCOMPARE(ledgerRows(id), QStringList {u"A 200000 manual"_s});
    }

    void rejectionNeedsReason()
    {
        const qint64 id =
            listingOf(call(as(kFarmer), u"listing.create"_s, form())).value(u"id"_s).toInteger();
        QCOMPARE(statusOf(id), u"pending_review"_s);
        const QJsonObject reject {{u"listing_id"_s, id}, {u"approve"_s, false}};
        QCOMPARE(code(as(kAdmin), u"admin.listings.review"_s, reject), u"missing_field"_s);
        QCOMPARE(statusOf(id), u"pending_review"_s);

        const QString reason = u"the photos do not show the crop"_s;
        const auto rejected =
            call(as(kAdmin), u"admin.listings.review"_s, merged(reject, {{u"reason"_s, reason}}));
        QCOMPARE(codeOf(rejected), u"ok"_s);
        QCOMPARE(statusIn(rejected), u"cancelled"_s);
        QCOMPARE(listingOf(rejected).value(u"status_reason"_s).toString(), reason);
        QCOMPARE(statusOf(id), u"cancelled"_s);
        QCOMPARE(stored(id)->statusReason, reason);
        QCOMPARE(kindsFor(m_farmer, id), QStringList {u"cancelled"_s});
    }

    void agentListsForFarmer()
    {
        const auto created = call(as(kAgent), u"listing.create"_s, form({{u"farmer_id"_s, m_farmer}}));
        QCOMPARE(codeOf(created), u"ok"_s);
        const qint64 id = idOf(created);
        QCOMPARE(listingOf(created).value(u"seller_id"_s).toInteger(), m_farmer);
        QCOMPARE(stored(id)->sellerId, m_farmer);
        QCOMPARE(stored(id)->createdBy, m_agent);

        QCOMPARE(code(as(kAgent), u"listing.create"_s, form()), u"missing_field"_s);
        QCOMPARE(
            code(as(kAgent), u"listing.create"_s, form({{u"farmer_id"_s, m_traderA}})), u"invalid_value"_s);
        QCOMPARE(code(as(kFarmer), u"listing.create"_s, form({{u"farmer_id"_s, m_farmer}})), u"forbidden"_s);
        QCOMPARE(code(as(kTraderA), u"listing.create"_s, form()), u"forbidden"_s);
        QCOMPARE(m_server->rowCount(u"listings"_s), 1);
    }

    void refusedForms_data()
    {
        QTest::addColumn<QJsonObject>("fields");
        QTest::addColumn<QString>("removed");
        QTest::addColumn<QString>("expected");
        const QString hash(64, u'a');
        auto row = [](const char *name, const QJsonObject &fields, const QString &removed, const char *code) {
            QTest::newRow(name) << fields << removed << QString::fromLatin1(code);
        };
        row("unknown crop", {{u"crop_id"_s, 999'999}}, {}, "invalid_value");
        row("no crop", {}, u"crop_id"_s, "missing_field");
        row("crop as text", {{u"crop_id"_s, u"wheat"_s}}, {}, "wrong_type");
        row("quantity 0", {{u"quantity_kg"_s, 0}}, {}, "invalid_value");
        row("no mandi", {}, u"mandi"_s, "missing_field");
        row("duration 7", {{u"duration_minutes"_s, 7}}, {}, "invalid_value");
        row("reserve below start", {{u"reserve_price"_s, 150'000}}, {}, "invalid_value");
        row("buy now in sealed", {{u"format"_s, u"sealed"_s}, {u"buy_now_price"_s, 300'000}}, {},
            "invalid_value");
        row("unknown format", {{u"format"_s, u"dutch"_s}}, {}, "invalid_value");
        row("starts in 40 days", {{u"starts_at"_s, u"$days:40"_s}}, {}, "invalid_value");
        row("4 photos", {{u"photos"_s, QJsonArray {hash, hash, hash, hash}}}, {}, "invalid_value");
    }

    void refusedForms()
    {
        QFETCH(QJsonObject, fields);
        QFETCH(QString, removed);
        QFETCH(QString, expected);
        if (fields.value(u"starts_at"_s).toString().startsWith(u"$days:"_s)) {
            const int days = fields.value(u"starts_at"_s).toString().mid(6).toInt();
            fields.insert(u"starts_at"_s, m_server->clock().nowMs() + days * kDayMs);
        }
        QJsonObject sent = form(fields);
        sent.remove(removed);
        TestClient &farmer = as(kFarmer); // logged in (and audited) before counting
        const qint64 audits = m_server->rowCount(u"audit_log"_s);
        QCOMPARE(code(farmer, u"listing.create"_s, sent), expected);
        QCOMPARE(m_server->rowCount(u"listings"_s), 0);
        QCOMPARE(m_server->rowCount(u"audit_log"_s), audits);
    }

    void sellerVerification()
    {
        setSetting(u"seller_verification"_s, true);
        QCOMPARE(code(as(kFarmer), u"listing.create"_s, form()), u"not_verified"_s);
        QCOMPARE(
            code(as(kAgent), u"listing.create"_s, form({{u"farmer_id"_s, m_farmer}})), u"not_verified"_s);
        QCOMPARE(m_server->rowCount(u"listings"_s), 0);
    }

    void bidRefusals()
    {
        const qint64 id = liveListing(as(kFarmer));
        const qint64 firmListing = liveListing(as(kFirm));
        QVERIFY(id && firmListing);
        QCOMPARE(code(as(kTraderA), u"bid.place"_s, bid(id, 199'900)), u"bid_too_low"_s);
        QCOMPARE(code(as(kTraderA), u"bid.place"_s, bid(id, 0)), u"invalid_value"_s);
        QCOMPARE(code(as(kTraderA), u"bid.place"_s, ofListing(id)), u"missing_field"_s);
        QCOMPARE(code(as(kTraderA), u"bid.place"_s, bid(id + 100, 200'000)), u"listing_not_live"_s);
        QCOMPARE(code(as(kFarmer), u"bid.place"_s, bid(id, 200'000)), u"forbidden"_s);
        QCOMPARE(code(as(kFirm), u"bid.place"_s, bid(firmListing, 200'000)), u"own_listing"_s);
        QCOMPARE(code(as(kFirm), u"listing.buy_now"_s, ofListing(firmListing)), u"own_listing"_s);
        QCOMPARE(m_server->rowCount(u"bids"_s), 0);
        // A business seller also buys, on someone else's listing.
        QCOMPARE(code(as(kFirm), u"bid.place"_s, bid(id, 200'000)), u"ok"_s);
        QCOMPARE(m_server->rowCount(u"bids"_s), 1);
        QCOMPARE(stored(id)->price, 200'000);
    }

    void outbidReachesEveryConnection()
    {
        auto phone = connectAs(kTraderA);
        auto laptop = connectAs(kTraderA);
        QVERIFY(phone && laptop);
        const qint64 id = liveListing(as(kFarmer));
        QVERIFY(id);
        const auto first = call(*phone, u"bid.place"_s, bid(id, 200'000));
        QCOMPARE(codeOf(first), u"ok"_s);
        QCOMPARE(first.fields.value(u"leading"_s).toBool(), true);
        QCOMPARE(code(as(kTraderB), u"bid.place"_s, bid(id, 210'000)), u"ok"_s);
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
        const qint64 id = liveListing(as(kFarmer));
        QVERIFY(id);
        const auto maximum = call(as(kTraderA), u"bid.place"_s, bid(id, 230'000, true));
        QCOMPARE(codeOf(maximum), u"ok"_s);
        QCOMPARE(maximum.fields.value(u"your_maximum"_s).toInteger(), 230'000);
        QCOMPARE(listingOf(maximum).value(u"price"_s).toInteger(), 200'000);

        const auto challenge = call(as(kTraderB), u"bid.place"_s, bid(id, 210'000));
        QCOMPARE(codeOf(challenge), u"ok"_s);
        QCOMPARE(challenge.fields.value(u"leading"_s).toBool(), false);
        QCOMPARE(listingOf(challenge).value(u"price"_s).toInteger(), 212'500);
        const QJsonArray entries = challenge.fields.value(u"entries"_s).toArray();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).toObject().value(u"mine"_s).toBool(), true);
        QCOMPARE(entries.at(1).toObject().value(u"kind"_s).toString(), u"auto"_s);
        QCOMPARE(
            ledgerRows(id), (QStringList {u"A 200000 manual"_s, u"B 210000 manual"_s, u"A 212500 auto"_s}));
        const auto listing = stored(id);
        QCOMPARE(listing->price, 212'500);
        QCOMPARE(listing->leaderId.value_or(0), m_traderA);
        QCOMPARE(listing->bidCount, 3);
        // The challenger is told at once that the proxy outbid them.
        const auto event = test::waitFor(as(kTraderB).nextEvent(u"you.outbid"_s)).value_or(std::nullopt);
        QVERIFY(event);
        QCOMPARE(event->fields.value(u"price"_s).toInteger(), 212'500);
    }

    void buyNowUntilFirstBid()
    {
        const qint64 id = liveListing(as(kFarmer), {{u"buy_now_price"_s, 280'000}});
        const qint64 bidOn = liveListing(as(kFarmer), {{u"buy_now_price"_s, 280'000}});
        QVERIFY(id && bidOn);
        QVERIFY(listingOf(call(as(kTraderB), u"listing.get"_s, ofListing(id)))
                    .value(u"buy_now_available"_s)
                    .toBool());
        const auto first = call(as(kTraderA), u"bid.place"_s, bid(bidOn, 200'000));
        QCOMPARE(codeOf(first), u"ok"_s);
        QVERIFY(!listingOf(first).value(u"buy_now_available"_s).toBool());
        QCOMPARE(code(as(kTraderB), u"listing.buy_now"_s, ofListing(bidOn)), u"buy_now_unavailable"_s);
        QCOMPARE(statusOf(bidOn), u"live"_s);
        QCOMPARE(ledgerRows(bidOn), QStringList {u"A 200000 manual"_s});

        const auto bought = call(as(kTraderB), u"listing.buy_now"_s, ofListing(id));
        QCOMPARE(codeOf(bought), u"ok"_s);
        QCOMPARE(statusIn(bought), u"sold"_s);
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
        QCOMPARE(code(as(kTraderA), u"bid.place"_s, bid(id, 300'000)), u"listing_not_live"_s);
        QCOMPARE(code(as(kTraderA), u"listing.buy_now"_s, ofListing(id)), u"listing_not_live"_s);
        QCOMPARE(m_server->rowCount(u"transactions"_s), 1);
    }

    void sellerAcceptsEarly()
    {
        const qint64 id = liveListing(as(kFarmer));
        QVERIFY(id);
        QCOMPARE(code(as(kFarmer), u"listing.accept"_s, ofListing(id)), u"not_found"_s);
        QCOMPARE(code(as(kTraderA), u"bid.place"_s, bid(id, 200'000)), u"ok"_s);
        QCOMPARE(code(as(kTraderB), u"bid.place"_s, bid(id, 205'000)), u"ok"_s);
        QCOMPARE(code(as(kTraderA), u"listing.accept"_s, ofListing(id)), u"forbidden"_s);

        const auto accepted = call(as(kFarmer), u"listing.accept"_s, ofListing(id));
        QCOMPARE(codeOf(accepted), u"ok"_s);
        QCOMPARE(statusIn(accepted), u"sold"_s);
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
        const qint64 id = liveListing(as(kFarmer));
        const qint64 unbid = liveListing(as(kFarmer));
        QVERIFY(id && unbid);
        QCOMPARE(code(as(kTraderA), u"bid.place"_s, bid(id, 200'000)), u"ok"_s);
        QCOMPARE(code(as(kTraderA), u"listing.cancel"_s, ofListing(id)), u"forbidden"_s);
        QCOMPARE(code(as(kFarmer), u"listing.cancel"_s, ofListing(id)), u"listing_has_bids"_s);
        QCOMPARE(statusOf(id), u"live"_s);
        QCOMPARE(code(as(kAdmin), u"listing.cancel"_s, ofListing(id)), u"missing_field"_s);

        const QString reason = u"the lot failed the moisture test"_s;
        const auto cancelled =
            call(as(kAdmin), u"listing.cancel"_s, {{u"listing_id"_s, id}, {u"reason"_s, reason}});
        QCOMPARE(codeOf(cancelled), u"ok"_s);
        QCOMPARE(statusIn(cancelled), u"cancelled"_s);
        QCOMPARE(statusOf(id), u"cancelled"_s);
        QCOMPARE(stored(id)->statusReason, reason);
        QCOMPARE(kindsFor(m_traderA, id), QStringList {u"cancelled"_s});
        QCOMPARE(kindsFor(m_farmer, id), QStringList {u"cancelled"_s});
        QCOMPARE(m_server->rowCount(u"transactions"_s), 0);

        const auto withdrawn = call(as(kFarmer), u"listing.cancel"_s, ofListing(unbid));
        QCOMPARE(codeOf(withdrawn), u"ok"_s);
        QCOMPARE(statusOf(unbid), u"cancelled"_s);
        QCOMPARE(stored(unbid)->statusReason, u"withdrawn by the seller"_s);
        // docs/auction-rules.md "Cancelling": a final listing is never cancelled again.
        QCOMPARE(code(as(kAdmin), u"listing.cancel"_s, {{u"listing_id"_s, id}, {u"reason"_s, reason}}),
            u"invalid_transition"_s);
    }
};

QTEST_GUILESS_MAIN(TestMarket)
#include "tst_market.moc"
