// SPDX-License-Identifier: GPL-3.0-or-later
// The read side of the market over the real WebSocket, on one fixed market that the test functions
// walk through in order: browse (every filter and sort, exact ids), my listings, my bids in each
// state, sales moving step by step with their audit records, notifications, the watchlist, stats
// and the moderation queue, and who may call what.
//
// The market (listings made through listing.create, bids through bid.place):
//   L1 F1 wheat   Indore/Indore/Madhya Pradesh  open    start 2000.00 reserve 2200  60 min  T1 2300, T2 2400
//   L2 F1 soybean Ujjain/Ujjain/Madhya Pradesh  open    start 4500.00               15 min  T1 proxy max 6000
//   L3 F2 wheat   Kota/Kota/Rajasthan (agent)   sealed  start 2100.00               30 min  T2 2500, T1 2600
//   L4 B  mustard Alwar/Alwar/Rajasthan         open    start 5000.00 reserve 6000 120 min  no bid
//   L5 F1 onion   Lasalgaon/Nashik/Maharashtra  open    start 1000.00              240 min  B 1200
//   L6 F2 wheat (agent), cancelled before any bid; L7 F2 (agent) and L8 F1 wait for review.

#include "testclient.h"
#include "testserver.h"
#include "waitfor.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QTest>
#include <algorithm>
#include <limits>
#include <map>

using namespace boli;
using namespace Qt::StringLiterals;
using boli::test::TestClient;
using boli::test::TestServer;

namespace {

const QString kPassword = u"market-pass-1"_s;
const QString kPin = u"1234"_s;
constexpr qint64 kMinuteMs = 60'000;

QString codeOf(const protocol::Reply &reply)
{
    return reply.error ? errorCodeName(reply.error->code) : u"ok"_s;
}

protocol::Reply call(TestClient &client, const QString &op, const QJsonObject &fields = {})
{
    auto reply = test::waitFor(client.request(op, fields));
    return reply ? *reply : protocol::Reply {{}, {}, Error::of(ErrorCode::InternalError, u"timeout"_s), 0};
}

QJsonObject place(const QString &mandi, const QString &district, const QString &state)
{
    return {{u"mandi"_s, mandi}, {u"district"_s, district}, {u"state"_s, state}};
}

QJsonObject merged(QJsonObject base, const QJsonObject &extra)
{
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        base.insert(it.key(), *it);
    }
    return base;
}

} // namespace

class TestQueries : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    std::map<QString, std::unique_ptr<TestClient>> m_clients; ///< "guest", "admin", "F1", "T1", ...
    QHash<QString, qint64> m_users;
    QHash<QString, qint64> m_ids; ///< "L1" → listing id
    QHash<QString, qint64> m_crops;
    qint64 m_oilseeds = 0;
    int m_addresses = 0;

    protocol::Reply as(const QString &who, const QString &op, const QJsonObject &fields = {})
    {
        return call(*m_clients.at(who), op, fields);
    }

    /// Logs in through AuthService with an address of its own (the per-address limit never bites),
    /// then presents the token on a new socket.
    void connectAs(const QString &who, const QString &login)
    {
        server::LoginAttempt attempt;
        attempt.login = login;
        attempt.secretIsPin = !login.contains(u'@');
        attempt.secret = attempt.secretIsPin ? kPin : kPassword;
        attempt.deviceId = u"queries-test"_s;
        attempt.ip = u"10.2.0.%1"_s.arg(++m_addresses);
        const auto issued = test::waitFor(m_server->parts().auth.login(attempt));
        QVERIFY(issued && std::holds_alternative<server::IssuedSession>(*issued));
        auto client = std::make_unique<TestClient>();
        QVERIFY(test::waitFor(client->open(m_server->port())).value_or(false));
        const QJsonObject token {{u"access_token"_s, std::get<server::IssuedSession>(*issued).accessToken}};
        QCOMPARE(codeOf(call(*client, u"authenticate"_s, token)), u"ok"_s);
        m_clients[who] = std::move(client);
    }

    void addUser(const QString &who, Role role, const QString &login)
    {
        m_users[who] = m_server->createUser(role, login, role == Role::Farmer ? kPin : kPassword, who).id;
        connectAs(who, login);
    }

    QString statusOf(qint64 id)
    {
        const auto listing = m_server->parts().listings.byId(id);
        return listing ? server::listingStatusName(listing->status) : QString();
    }

    bool waitStatus(const QString &label, const QString &status)
    {
        QDeadlineTimer deadline(10'000);
        while (statusOf(m_ids.value(label)) != status && !deadline.hasExpired()) {
            QTest::qWait(10);
        }
        return statusOf(m_ids.value(label)) == status;
    }

    void list(const QString &label, const QString &who, const QString &crop, const QJsonObject &where,
        qint64 start, int minutes, const QJsonObject &extra = {})
    {
        QJsonObject form {{u"crop_id"_s, m_crops.value(crop)}, {u"quantity_kg"_s, 1'000},
            {u"starting_price"_s, start}, {u"duration_minutes"_s, minutes}};
        const auto reply = as(who, u"listing.create"_s, merged(merged(form, where), extra));
        QCOMPARE(codeOf(reply), u"ok"_s);
        m_ids[label] = reply.fields.value(u"listing"_s).toObject().value(u"id"_s).toInteger();
    }

    void bid(const QString &who, const QString &label, qint64 amount, bool proxy = false)
    {
        const QJsonObject fields {
            {u"listing_id"_s, m_ids.value(label)}, {u"amount"_s, amount}, {u"proxy"_s, proxy}};
        QCOMPARE(codeOf(as(who, u"bid.place"_s, fields)), u"ok"_s);
    }

    /// "L3 L1" for a reply's listing array (or the `listing` inside each row of another array).
    QString labels(const protocol::Reply &reply, const QString &array = u"listings"_s)
    {
        QStringList out;
        for (const QJsonValue &row : reply.fields.value(array).toArray()) {
            const QJsonObject listing = row.toObject().contains(u"listing"_s)
                ? row.toObject().value(u"listing"_s).toObject()
                : row.toObject();
            out << m_ids.key(listing.value(u"id"_s).toInteger(), u"?"_s);
        }
        return out.join(u' ');
    }

    /// "L3:won:260000:-" per bids.mine row: label, state, my amount, my maximum.
    QString myBids(const QString &who, const QJsonObject &fields = {})
    {
        const auto reply = as(who, u"bids.mine"_s, fields);
        const QStringList ids = labels(reply, u"bids"_s).split(u' ');
        QStringList out;
        for (const QJsonValue &value : reply.fields.value(u"bids"_s).toArray()) {
            const QJsonObject row = value.toObject();
            const QJsonValue maximum = row.value(u"my_maximum"_s);
            out << u"%1:%2:%3:%4"_s.arg(ids.value(out.size()), row.value(u"state"_s).toString(),
                QString::number(row.value(u"my_amount"_s).toInteger()),
                maximum.isNull() ? u"-"_s : QString::number(maximum.toInteger()));
        }
        return out.join(u' ') + u" total=%1"_s.arg(reply.fields.value(u"total"_s).toInteger());
    }

    QJsonObject stats() { return as(u"guest"_s, u"market.stats"_s).fields.value(u"stats"_s).toObject(); }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>();
        for (const auto &crop : m_server->parts().catalog.crops()) {
            m_crops[crop.code] = crop.id;
        }
        for (const auto &category : m_server->parts().catalog.categories()) {
            m_oilseeds = category.code == u"oilseeds"_s ? category.id : m_oilseeds;
        }
        auto guest = std::make_unique<TestClient>();
        QVERIFY(test::waitFor(guest->open(m_server->port())).value_or(false));
        m_clients[u"guest"_s] = std::move(guest);
        addUser(u"admin"_s, Role::Admin, u"asha@boli.example"_s);
        addUser(u"F1"_s, Role::Farmer, u"9800000001"_s);
        addUser(u"F2"_s, Role::Farmer, u"9800000002"_s);
        addUser(u"agent"_s, Role::FieldAgent, u"kiran@agents.example"_s);
        addUser(u"T1"_s, Role::Trader, u"anil@traders.example"_s);
        addUser(u"T2"_s, Role::Trader, u"bela@traders.example"_s);
        addUser(u"T3"_s, Role::Trader, u"chetan@traders.example"_s);
        addUser(u"B"_s, Role::BusinessSeller, u"sales@agrofirm.example"_s);

        auto &settings = m_server->parts().settings;
        QVERIFY(!settings.set(u"listing_review"_s, false, server::AuditActor::system()));
        const QJsonObject forF2 {{u"farmer_id"_s, m_users.value(u"F2"_s)}};
        const QJsonObject indore = place(u"Indore"_s, u"Indore"_s, u"Madhya Pradesh"_s);
        list(u"L1"_s, u"F1"_s, u"wheat"_s, indore, 200'000, 60, {{u"reserve_price"_s, 220'000}});
        list(u"L2"_s, u"F1"_s, u"soybean"_s, place(u"Ujjain"_s, u"Ujjain"_s, u"Madhya Pradesh"_s), 450'000,
            15);
        list(u"L3"_s, u"agent"_s, u"wheat"_s, place(u"Kota"_s, u"Kota"_s, u"Rajasthan"_s), 210'000, 30,
            merged(forF2, {{u"format"_s, u"sealed"_s}}));
        list(u"L4"_s, u"B"_s, u"mustard"_s, place(u"Alwar"_s, u"Alwar"_s, u"Rajasthan"_s), 500'000, 120,
            {{u"reserve_price"_s, 600'000}});
        list(
            u"L5"_s, u"F1"_s, u"onion"_s, place(u"Lasalgaon"_s, u"Nashik"_s, u"Maharashtra"_s), 100'000, 240);
        list(u"L6"_s, u"agent"_s, u"wheat"_s, indore, 190'000, 1440, forF2);
        for (const QString &label : {u"L1"_s, u"L2"_s, u"L3"_s, u"L4"_s, u"L5"_s, u"L6"_s}) {
            QVERIFY2(waitStatus(label, u"live"_s), qPrintable(label));
        }
        QCOMPARE(
            codeOf(as(u"agent"_s, u"listing.cancel"_s, {{u"listing_id"_s, m_ids.value(u"L6"_s)}})), u"ok"_s);
        bid(u"T1"_s, u"L1"_s, 230'000);
        bid(u"T2"_s, u"L1"_s, 240'000);
        bid(u"T1"_s, u"L2"_s, 600'000, true);
        bid(u"T2"_s, u"L3"_s, 250'000);
        bid(u"T1"_s, u"L3"_s, 260'000);
        bid(u"B"_s, u"L5"_s, 120'000);
        QVERIFY(!settings.set(u"listing_review"_s, true, server::AuditActor::system()));
        list(u"L7"_s, u"agent"_s, u"wheat"_s, indore, 200'000, 60, forF2);
        list(u"L8"_s, u"F1"_s, u"wheat"_s, indore, 200'000, 60, {{u"reserve_price"_s, 250'000}});
        QCOMPARE(statusOf(m_ids.value(u"L8"_s)), u"pending_review"_s);
    }

    void browse_data()
    {
        QTest::addColumn<QJsonObject>("fields");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<qint64>("total");
        const auto row = [](const char *name, const QJsonObject &fields, const QString &ids, qint64 total) {
            QTest::newRow(name) << fields << ids << total;
        };
        const auto low = [](QJsonObject fields) {
            fields.insert(u"sort"_s, u"price_low"_s);
            return fields;
        };
        row("newest by default", {}, u"L5 L4 L3 L2 L1"_s, 5);
        row("newest", {{u"sort"_s, u"newest"_s}}, u"L5 L4 L3 L2 L1"_s, 5);
        // Shown prices: L5 1200 (bid), L3 2100 (sealed: its start), L1 2400, L2 4500 (proxy at start), L4
        // 5000.
        row("price_low", low({}), u"L5 L3 L1 L2 L4"_s, 5);
        row("price_high", {{u"sort"_s, u"price_high"_s}}, u"L4 L2 L1 L3 L5"_s, 5);
        row("ending_soon", {{u"sort"_s, u"ending_soon"_s}}, u"L2 L3 L1 L4 L5"_s, 5);
        row("category", {{u"category_id"_s, m_oilseeds}}, u"L4 L2"_s, 2);
        row("crop (cancelled L6 left out)", {{u"crop_id"_s, m_crops.value(u"wheat"_s)}}, u"L3 L1"_s, 2);
        row("state in another case", {{u"state"_s, u"madhya PRADESH"_s}}, u"L2 L1"_s, 2);
        row("state trimmed", {{u"state"_s, u" Rajasthan "_s}}, u"L4 L3"_s, 2);
        row("district", {{u"district"_s, u"INDORE"_s}}, u"L1"_s, 1);
        row("mandi", {{u"mandi"_s, u"kota"_s}}, u"L3"_s, 1);
        row("mandi is exact, not a prefix", {{u"mandi"_s, u"Kot"_s}}, QString(), 0);
        row("empty place means any", {{u"district"_s, u""_s}}, u"L5 L4 L3 L2 L1"_s, 5);
        row("sealed filtered by its start, not its hidden 2600",
            low({{u"min_price"_s, 215'000}, {u"max_price"_s, 300'000}}), u"L1"_s, 1);
        row("max_price", low({{u"max_price"_s, 220'000}}), u"L5 L3"_s, 2);
        row("bounds are inclusive", {{u"min_price"_s, 240'000}, {u"max_price"_s, 240'000}}, u"L1"_s, 1);
        row("no bid: its start", {{u"min_price"_s, 500'000}}, u"L4"_s, 1);
        row("a bid: its price, not its start", {{u"max_price"_s, 110'000}}, QString(), 0);
        row("ending within", {{u"ending_within_minutes"_s, 31}, {u"sort"_s, u"ending_soon"_s}}, u"L2 L3"_s,
            2);
        row("combined", {{u"state"_s, u"Madhya Pradesh"_s}, {u"crop_id"_s, m_crops.value(u"wheat"_s)}},
            u"L1"_s, 1);
        row("paged", low({{u"offset"_s, 1}, {u"limit"_s, 2}}), u"L3 L1"_s, 5);
        row("past the end", {{u"offset"_s, 10}}, QString(), 5);
    }

    void browse()
    {
        QFETCH(QJsonObject, fields);
        QFETCH(QString, expected);
        QFETCH(qint64, total);
        const auto reply = as(u"guest"_s, u"listings.browse"_s, fields);
        QCOMPARE(codeOf(reply), u"ok"_s);
        QCOMPARE(labels(reply), expected);
        QCOMPARE(reply.fields.value(u"total"_s).toInteger(), total);
    }

    void browseRefusals_data()
    {
        QTest::addColumn<QJsonObject>("fields");
        QTest::addColumn<QString>("code");
        QTest::newRow("sort") << QJsonObject {{u"sort"_s, u"cheapest"_s}} << u"invalid_value"_s;
        QTest::newRow("negative price") << QJsonObject {{u"min_price"_s, -1}} << u"invalid_value"_s;
        QTest::newRow("min above max")
            << QJsonObject {{u"min_price"_s, 5}, {u"max_price"_s, 4}} << u"invalid_value"_s;
        QTest::newRow("limit 0") << QJsonObject {{u"limit"_s, 0}} << u"invalid_value"_s;
        QTest::newRow("limit 201") << QJsonObject {{u"limit"_s, 201}} << u"invalid_value"_s;
        QTest::newRow("offset") << QJsonObject {{u"offset"_s, -1}} << u"invalid_value"_s;
        QTest::newRow("within 0") << QJsonObject {{u"ending_within_minutes"_s, 0}} << u"invalid_value"_s;
        QTest::newRow("within 8 days")
            << QJsonObject {{u"ending_within_minutes"_s, 11'520}} << u"invalid_value"_s;
        QTest::newRow("category 0") << QJsonObject {{u"category_id"_s, 0}} << u"invalid_value"_s;
        QTest::newRow("category text") << QJsonObject {{u"category_id"_s, u"oilseeds"_s}} << u"wrong_type"_s;
        QTest::newRow("long mandi") << QJsonObject {{u"mandi"_s, QString(81, u'x')}} << u"invalid_value"_s;
    }

    void browseRefusals()
    {
        QFETCH(QJsonObject, fields);
        QFETCH(QString, code);
        QCOMPARE(codeOf(as(u"T1"_s, u"listings.browse"_s, fields)), code);
    }

    void browseShowsOnlyPublicViews()
    {
        // Even the seller browsing gets the public view: no reserve, sealed price and leader hidden.
        const auto reply = as(u"F1"_s, u"listings.browse"_s, {{u"sort"_s, u"price_low"_s}});
        const QJsonArray listings = reply.fields.value(u"listings"_s).toArray();
        QCOMPARE(listings.size(), 5);
        for (const QJsonValue &listing : listings) {
            QVERIFY(!listing.toObject().contains(u"reserve_price"_s));
        }
        const QJsonObject sealed = listings.at(1).toObject();
        QCOMPARE(sealed.value(u"format"_s).toString(), u"sealed"_s);
        QVERIFY(sealed.value(u"price"_s).isNull());
        QVERIFY(!sealed.contains(u"leader_alias"_s));
        QCOMPARE(listings.at(2).toObject().value(u"price"_s).toInteger(), 240'000);
        QCOMPARE(listings.at(2).toObject().value(u"leader_alias"_s).toString(), u"Bidder 2"_s);
    }

    void statsWhileLive()
    {
        const QJsonObject expected {{u"live_listings"_s, 5}, {u"total_listings"_s, 6}, {u"total_bids"_s, 6},
            {u"sold"_s, 0}, {u"unsold"_s, 0}, {u"success_rate"_s, 0}, {u"average_bids_per_listing"_s, 0},
            {u"unique_bidders"_s, 3}};
        QCOMPARE(stats(), expected);
    }

    void myListings_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QJsonObject>("fields");
        QTest::addColumn<QString>("expected");
        QTest::newRow("farmer, newest first") << u"F1"_s << QJsonObject() << u"L8 L5 L2 L1"_s;
        QTest::newRow("farmer, live") << u"F1"_s << QJsonObject {{u"status"_s, u"live"_s}} << u"L5 L2 L1"_s;
        QTest::newRow("farmer, paged")
            << u"F1"_s << QJsonObject {{u"offset"_s, 1}, {u"limit"_s, 1}} << u"L5"_s;
        QTest::newRow("listed by an agent") << u"F2"_s << QJsonObject() << u"L7 L6 L3"_s;
        QTest::newRow("the agent") << u"agent"_s << QJsonObject() << u"L7 L6 L3"_s;
        QTest::newRow("agent, cancelled")
            << u"agent"_s << QJsonObject {{u"status"_s, u"cancelled"_s}} << u"L6"_s;
        QTest::newRow("business seller") << u"B"_s << QJsonObject() << u"L4"_s;
        QTest::newRow("no such status")
            << u"F1"_s << QJsonObject {{u"status"_s, u"gone"_s}} << u"invalid_value"_s;
    }

    void myListings()
    {
        QFETCH(QString, who);
        QFETCH(QJsonObject, fields);
        QFETCH(QString, expected);
        const auto reply = as(who, u"listings.mine"_s, fields);
        QCOMPARE(reply.ok() ? labels(reply) : codeOf(reply), expected);
    }

    void myListingsShowOwnReserve()
    {
        const auto reply = as(u"F1"_s, u"listings.mine"_s);
        QCOMPARE(reply.fields.value(u"total"_s).toInteger(), 4);
        const QJsonArray listings = reply.fields.value(u"listings"_s).toArray();
        QCOMPARE(listings.at(0).toObject().value(u"reserve_price"_s).toInteger(), 250'000); // L8
        QVERIFY(listings.at(1).toObject().value(u"reserve_price"_s).isNull()); // L5: none set
        QCOMPARE(listings.at(3).toObject().value(u"reserve_price"_s).toInteger(), 220'000); // L1
    }

    void pendingQueue()
    {
        auto reply = as(u"admin"_s, u"admin.listings.pending"_s);
        QCOMPARE(labels(reply), u"L7 L8"_s);
        QCOMPARE(reply.fields.value(u"total"_s).toInteger(), 2);
        QCOMPARE(reply.fields.value(u"listings"_s)
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(u"reserve_price"_s)
                     .toInteger(),
            250'000);
        reply = as(u"admin"_s, u"admin.listings.pending"_s, {{u"offset"_s, 1}, {u"limit"_s, 1}});
        QCOMPARE(labels(reply), u"L8"_s);
        QCOMPARE(reply.fields.value(u"total"_s).toInteger(), 2);
        QCOMPARE(
            codeOf(as(u"admin"_s, u"admin.listings.pending"_s, {{u"limit"_s, 500}})), u"invalid_value"_s);
    }

    void myBidsWhileLive()
    {
        // Last bid first. A sealed auction tells nobody who leads; my maximum is from my manual rows only.
        QCOMPARE(myBids(u"T1"_s),
            u"L3:sealed:260000:- L2:winning:450000:600000 L1:outbid:230000:230000 total=3"_s);
        QCOMPARE(myBids(u"T2"_s), u"L3:sealed:250000:- L1:winning:240000:240000 total=2"_s);
        QCOMPARE(myBids(u"B"_s), u"L5:winning:120000:120000 total=1"_s);
        QCOMPARE(myBids(u"T1"_s, {{u"state"_s, u"outbid"_s}}), u"L1:outbid:230000:230000 total=1"_s);
        QCOMPARE(myBids(u"T1"_s, {{u"limit"_s, 1}, {u"offset"_s, 1}}), u"L2:winning:450000:600000 total=3"_s);
        QCOMPARE(myBids(u"T3"_s), u" total=0"_s);
        const auto sealed = as(u"T1"_s, u"bids.mine"_s).fields.value(u"bids"_s).toArray().at(0).toObject();
        QVERIFY(sealed.value(u"listing"_s).toObject().value(u"price"_s).isNull());
        QCOMPARE(codeOf(as(u"T1"_s, u"bids.mine"_s, {{u"state"_s, u"leading"_s}})), u"invalid_value"_s);
    }

    void watchlist()
    {
        const auto add = [this](const QString &label) {
            return as(u"T1"_s, u"watchlist.add"_s, {{u"listing_id"_s, m_ids.value(label, 999'999)}});
        };
        QCOMPARE(add(u"L1"_s).fields.value(u"added"_s).toBool(), true);
        QCOMPARE(add(u"L1"_s).fields.value(u"added"_s).toBool(), false);
        QCOMPARE(m_server->rowCount(u"watchlist"_s), 1);
        QCOMPARE(codeOf(add(u"L7"_s)), u"not_found"_s); // still under review
        QCOMPARE(codeOf(add(u"nothing"_s)), u"not_found"_s);
        QCOMPARE(codeOf(as(u"T1"_s, u"watchlist.add"_s)), u"missing_field"_s);
        QCOMPARE(codeOf(add(u"L6"_s)), u"ok"_s); // cancelled listings can still be kept
        auto listed = as(u"T1"_s, u"watchlist.list"_s);
        QCOMPARE(labels(listed), u"L6 L1"_s);
        QCOMPARE(listed.fields.value(u"total"_s).toInteger(), 2);
        QCOMPARE(labels(as(u"T2"_s, u"watchlist.list"_s)), QString());
        const QJsonObject removeL1 {{u"listing_id"_s, m_ids.value(u"L1"_s)}};
        QCOMPARE(codeOf(as(u"T1"_s, u"watchlist.remove"_s, removeL1)), u"ok"_s);
        QCOMPARE(codeOf(as(u"T1"_s, u"watchlist.remove"_s, removeL1)), u"ok"_s);
        QCOMPARE(labels(as(u"T1"_s, u"watchlist.list"_s)), u"L6"_s);
        QCOMPARE(m_server->rowCount(u"watchlist"_s), 1);
    }

    void notifications()
    {
        const qint64 t3 = m_users.value(u"T3"_s);
        QList<qint64> ids;
        for (int i = 0; i < 5; ++i) {
            ids << m_server->parts()
                       .notifications.insert(t3, u"outbid"_s, m_ids.value(u"L1"_s), {{u"n"_s, i}}, i)
                       .id;
        }
        const auto idsOf = [](const protocol::Reply &reply) {
            QList<qint64> out;
            for (const QJsonValue &n : reply.fields.value(u"notifications"_s).toArray()) {
                out << n.toObject().value(u"id"_s).toInteger();
            }
            return out;
        };
        auto reply = as(u"T3"_s, u"notifications.list"_s);
        QCOMPARE(idsOf(reply), (QList<qint64> {ids[4], ids[3], ids[2], ids[1], ids[0]}));
        QCOMPARE(reply.fields.value(u"unread"_s).toInteger(), 5);
        QCOMPARE(
            idsOf(as(u"T3"_s, u"notifications.list"_s, {{u"limit"_s, 2}})), (QList<qint64> {ids[4], ids[3]}));

        const qint64 audited = m_server->rowCount(u"audit_log"_s);
        const qint64 othersUnread = m_server->parts().notifications.unreadCount(m_users.value(u"T1"_s));
        QVERIFY(othersUnread > 0); // the market told T1 it was outbid on L1
        reply = as(u"T3"_s, u"notifications.read"_s, {{u"up_to_id"_s, ids[2]}});
        QCOMPARE(reply.fields.value(u"marked"_s).toInteger(), 3);
        QCOMPARE(reply.fields.value(u"unread"_s).toInteger(), 2);
        QCOMPARE(as(u"T3"_s, u"notifications.read"_s, {{u"up_to_id"_s, ids[2]}})
                     .fields.value(u"marked"_s)
                     .toInteger(),
            0);
        reply = as(u"T3"_s, u"notifications.list"_s, {{u"unread_only"_s, true}});
        QCOMPARE(idsOf(reply), (QList<qint64> {ids[4], ids[3]}));
        QCOMPARE(reply.fields.value(u"unread"_s).toInteger(), 2);
        QCOMPARE(m_server->rowCount(u"audit_log"_s), audited); // read markers are not audited
        QCOMPARE(m_server->parts().notifications.unreadCount(m_users.value(u"T1"_s)), othersUnread);
        QCOMPARE(codeOf(as(u"T3"_s, u"notifications.read"_s)), u"missing_field"_s);
    }

    void roles_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("op");
        QTest::addColumn<QString>("code");
        const auto row = [](const QString &who, const QString &op, const QString &code) {
            QTest::addRow("%s %s", qPrintable(who), qPrintable(op)) << who << op << code;
        };
        for (const QString &op :
            {u"listings.mine"_s, u"bids.mine"_s, u"transactions.mine"_s, u"transaction.update"_s,
                u"notifications.list"_s, u"notifications.read"_s, u"watchlist.add"_s, u"watchlist.remove"_s,
                u"watchlist.list"_s, u"admin.listings.pending"_s}) {
            row(u"guest"_s, op, u"unauthenticated"_s);
        }
        row(u"T1"_s, u"listings.mine"_s, u"forbidden"_s);
        row(u"admin"_s, u"listings.mine"_s, u"forbidden"_s);
        row(u"F1"_s, u"bids.mine"_s, u"forbidden"_s);
        row(u"agent"_s, u"bids.mine"_s, u"forbidden"_s);
        row(u"T1"_s, u"admin.listings.pending"_s, u"forbidden"_s);
        row(u"F1"_s, u"admin.listings.pending"_s, u"forbidden"_s);
        row(u"guest"_s, u"listings.browse"_s, u"ok"_s);
        row(u"guest"_s, u"market.stats"_s, u"ok"_s);
        row(u"agent"_s, u"transactions.mine"_s, u"ok"_s);
    }

    void roles()
    {
        QFETCH(QString, who);
        QFETCH(QString, op);
        QFETCH(QString, code);
        QCOMPARE(codeOf(as(who, op)), code);
    }

    void myBidsAfterFirstCloses()
    {
        m_server->advanceClock(31 * kMinuteMs);
        QVERIFY(waitStatus(u"L2"_s, u"sold"_s));
        QVERIFY(waitStatus(u"L3"_s, u"sold"_s));
        QCOMPARE(myBids(u"T1"_s), u"L3:won:260000:- L2:won:450000:600000 L1:outbid:230000:230000 total=3"_s);
        QCOMPARE(myBids(u"T2"_s), u"L3:lost:250000:- L1:winning:240000:240000 total=2"_s);
        QCOMPARE(
            myBids(u"T1"_s, {{u"state"_s, u"won"_s}}), u"L3:won:260000:- L2:won:450000:600000 total=2"_s);
        const auto sealed = as(u"T2"_s, u"bids.mine"_s).fields.value(u"bids"_s).toArray().at(0).toObject();
        QCOMPARE(sealed.value(u"listing"_s).toObject().value(u"price"_s).toInteger(), 260'000); // revealed
    }

    void transactions()
    {
        const auto sale = [this](const QString &label) {
            return m_server->parts().sales.byListing(m_ids.value(label))->id;
        };
        // Newest sale first; L2 and L3 closed in the same tick, in no fixed order, so ids decide.
        const auto rows = [this](const QString &who) {
            const auto reply = as(who, u"transactions.mine"_s);
            QStringList out;
            qint64 previous = std::numeric_limits<qint64>::max();
            for (const QJsonValue &row : reply.fields.value(u"transactions"_s).toArray()) {
                const qint64 id = row.toObject().value(u"id"_s).toInteger();
                out << (id < previous ? QString() : u"(out of order)"_s)
                        + u"%1:%2"_s.arg(m_ids.key(row.toObject().value(u"listing_id"_s).toInteger()),
                            row.toObject().value(u"role"_s).toString());
                previous = id;
            }
            std::sort(out.begin(), out.end());
            return out.join(u' ') + u" total=%1"_s.arg(reply.fields.value(u"total"_s).toInteger());
        };
        QCOMPARE(rows(u"T1"_s), u"L2:buyer L3:buyer total=2"_s);
        QCOMPARE(rows(u"F1"_s), u"L2:seller total=1"_s);
        QCOMPARE(rows(u"F2"_s), u"L3:seller total=1"_s);
        QCOMPARE(rows(u"agent"_s), u" total=0"_s);

        // Each step: who, sale, status asked → code. Refusals change nothing and audit nothing.
        const qint64 s2 = sale(u"L2"_s);
        const qint64 s3 = sale(u"L3"_s);
        struct Step
        {
            QString who;
            qint64 sale;
            QString status;
            QString code;
        };
        const QList<Step> steps {
            {u"T2"_s, s2, u"confirmed"_s, u"not_found"_s}, // not a party
            {u"F1"_s, 999'999, u"confirmed"_s, u"not_found"_s},
            {u"F1"_s, s2, u"shipped"_s, u"invalid_value"_s},
            {u"F1"_s, s2, u"paid"_s, u"invalid_transition"_s}, // skips a step
            {u"F1"_s, s2, u"confirmed"_s, u"ok"_s},
            {u"T1"_s, s2, u"paid"_s, u"ok"_s},
            {u"T1"_s, s2, u"paid"_s, u"invalid_transition"_s},
            {u"T1"_s, s2, u"confirmed"_s, u"invalid_transition"_s}, // backwards
            {u"F1"_s, s2, u"disputed"_s, u"ok"_s},
            {u"T1"_s, s2, u"delivered"_s, u"invalid_transition"_s}, // only an admin settles a dispute
            {u"admin"_s, s2, u"delivered"_s, u"ok"_s},
            {u"admin"_s, s2, u"completed"_s, u"ok"_s},
            {u"F1"_s, s2, u"disputed"_s, u"invalid_transition"_s}, // completed is final
            {u"admin"_s, s3, u"delivered"_s, u"ok"_s}, // an admin may skip ahead
            {u"F2"_s, s3, u"pending"_s, u"invalid_transition"_s},
        };
        for (const Step &step : steps) {
            const QString what = u"%1 %2 → %3"_s.arg(step.who, QString::number(step.sale), step.status);
            const qint64 audited = m_server->rowCount(u"audit_log"_s);
            const auto before = m_server->parts().sales.byId(step.sale);
            const auto reply = as(step.who, u"transaction.update"_s,
                {{u"transaction_id"_s, step.sale}, {u"status"_s, step.status}});
            QVERIFY2(codeOf(reply) == step.code, qPrintable(what + u": "_s + codeOf(reply)));
            const auto after = m_server->parts().sales.byId(step.sale);
            if (step.code != u"ok"_s) {
                QCOMPARE(m_server->rowCount(u"audit_log"_s), audited);
                QVERIFY(!before || before->status == after->status);
                continue;
            }
            QCOMPARE(
                reply.fields.value(u"transaction"_s).toObject().value(u"status"_s).toString(), step.status);
            QCOMPARE(server::saleStatusName(after->status), step.status);
            server::AuditFilter filter;
            filter.op = u"transaction.update"_s;
            filter.target = u"transaction:%1"_s.arg(step.sale);
            const QJsonObject record = m_server->parts().auditLog.list(filter).first().toJson();
            QCOMPARE(record.value(u"actor_id"_s).toInteger(), m_users.value(step.who));
            QCOMPARE(record.value(u"before"_s).toObject(),
                (QJsonObject {{u"status"_s, server::saleStatusName(before->status)}}));
            QCOMPARE(record.value(u"after"_s).toObject(), (QJsonObject {{u"status"_s, step.status}}));
        }
        server::AuditFilter all;
        all.op = u"transaction.update"_s;
        QCOMPARE(m_server->parts().auditLog.count(all), 6);
    }

    void myBidsAfterAllClose()
    {
        m_server->advanceClock(1441 * kMinuteMs);
        for (const QString &label : {u"L1"_s, u"L5"_s}) {
            QVERIFY2(waitStatus(label, u"sold"_s), qPrintable(label));
        }
        QVERIFY(waitStatus(u"L4"_s, u"unsold"_s));
        QCOMPARE(myBids(u"T1"_s), u"L3:won:260000:- L2:won:450000:600000 L1:lost:230000:230000 total=3"_s);
        QCOMPARE(myBids(u"T2"_s), u"L3:lost:250000:- L1:won:240000:240000 total=2"_s);
        QCOMPARE(myBids(u"T2"_s, {{u"state"_s, u"lost"_s}}), u"L3:lost:250000:- total=1"_s);
        QCOMPARE(myBids(u"B"_s), u"L5:won:120000:120000 total=1"_s);
        QCOMPARE(as(u"guest"_s, u"listings.browse"_s).fields.value(u"total"_s).toInteger(), 0);
    }

    void statsAfterAllClose()
    {
        // Sold L1 L2 L3 L5, unsold L4: 4 / 5; closed listings' bids (2 + 1 + 2 + 0 + 1) / 5.
        const QJsonObject expected {{u"live_listings"_s, 0}, {u"total_listings"_s, 6}, {u"total_bids"_s, 6},
            {u"sold"_s, 4}, {u"unsold"_s, 1}, {u"success_rate"_s, 0.8}, {u"average_bids_per_listing"_s, 1.2},
            {u"unique_bidders"_s, 3}};
        QCOMPARE(stats(), expected);
    }

    void cleanupTestCase()
    {
        m_clients.clear();
        m_server.reset();
    }
};

QTEST_GUILESS_MAIN(TestQueries)
#include "tst_queries.moc"
