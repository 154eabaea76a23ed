// SPDX-License-Identifier: GPL-3.0-or-later
// What the market tells people as time passes, over the real WebSocket: anti-sniping extensions,
// the close (sold, unsold, awaiting the farmer's answer) with its sale row and notifications,
// watching a listing, coalesced updates that never lose the final state, and sealed auctions.

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
const QString kTraderC = u"chandra@traders.example"_s;
const QString kGuest; ///< no login: a connection that only said hello
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

/// The error code name of the reply, "ok" for success.
QString code(TestClient &client, const QString &op, const QJsonObject &fields = {})
{
    return codeOf(call(client, op, fields));
}

std::optional<protocol::Event> nextEvent(TestClient &client, const QString &name)
{
    return test::waitFor(client.nextEvent(name)).value_or(std::nullopt);
}

QJsonObject listingOf(const QJsonObject &fields)
{
    return fields.value(u"listing"_s).toObject();
}

QJsonObject bid(qint64 listingId, qint64 amount, bool proxy = false)
{
    return {{u"listing_id"_s, listingId}, {u"amount"_s, amount}, {u"proxy"_s, proxy}};
}

QJsonObject ofListing(qint64 listingId)
{
    return {{u"listing_id"_s, listingId}};
}

/// Every event one connection receives, in order, so a test can ask what arrived — and what did
/// not — without waiting out a timeout.
class EventLog : public QObject
{
public:
    explicit EventLog(TestClient &client)
    {
        connect(&client.socket(), &QWebSocket::textMessageReceived, this, [this](const QString &text) {
            auto decoded = protocol::decodeServerMessage(text.toUtf8());
            if (auto *event = std::get_if<protocol::Event>(&decoded)) {
                m_events.append(*event);
            }
        });
    }

    [[nodiscard]] QList<QJsonObject> named(const QString &name) const
    {
        QList<QJsonObject> found;
        for (const protocol::Event &event : m_events) {
            if (event.name == name) {
                found.append(event.fields);
            }
        }
        return found;
    }

private:
    QList<protocol::Event> m_events;
};

} // namespace

class TestMarketEvents : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    qint64 m_farmer = 0;
    qint64 m_traderA = 0;
    qint64 m_traderB = 0;
    qint64 m_wheat = 0;
    int m_addresses = 0;
    QHash<QString, std::shared_ptr<TestClient>> m_clients;

    /// A new connection logged in as `login` (through AuthService with an address of its own, so the
    /// per-address login limit never slows a test), or anonymous after hello when `login` is empty.
    std::unique_ptr<TestClient> connectAs(const QString &login = {})
    {
        auto client = std::make_unique<TestClient>();
        if (!test::waitFor(client->open(m_server->port())).value_or(false)) {
            return nullptr;
        }
        if (login.isEmpty()) {
            return client;
        }
        server::LoginAttempt attempt;
        attempt.login = login;
        attempt.secretIsPin = !login.contains(u'@');
        attempt.secret = attempt.secretIsPin ? kPin : kPassword;
        attempt.deviceId = u"events-test"_s;
        attempt.ip = u"10.2.0.%1"_s.arg(++m_addresses);
        const auto issued = test::waitFor(m_server->parts().auth.login(attempt));
        if (!issued || !std::holds_alternative<server::IssuedSession>(*issued)) {
            return nullptr;
        }
        const QJsonObject token {{u"access_token"_s, std::get<server::IssuedSession>(*issued).accessToken}};
        return call(*client, u"authenticate"_s, token).ok() ? std::move(client) : nullptr;
    }

    /// The test's one connection for `login` (kGuest: anonymous), opened on first use. One that cannot
    /// log in stays closed, and every request on it fails.
    TestClient &as(const QString &login)
    {
        if (!m_clients.contains(login)) {
            std::shared_ptr<TestClient> client = connectAs(login);
            m_clients.insert(login, client ? client : std::make_shared<TestClient>());
        }
        return *m_clients.value(login);
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

    /// Lists 2,500 kg of wheat from ₹2,000 for an hour and waits for the tick that starts it.
    qint64 liveListing(TestClient &seller, const QJsonObject &extra = {})
    {
        QJsonObject form {{u"crop_id"_s, m_wheat}, {u"quantity_kg"_s, 2500}, {u"mandi"_s, u"Indore"_s},
            {u"district"_s, u"Indore"_s}, {u"state"_s, u"Madhya Pradesh"_s}, {u"starting_price"_s, 200'000},
            {u"duration_minutes"_s, 60}};
        for (auto it = extra.begin(); it != extra.end(); ++it) {
            form.insert(it.key(), *it);
        }
        const auto reply = call(seller, u"listing.create"_s, form);
        const qint64 id = listingOf(reply.fields).value(u"id"_s).toInteger();
        return reply.ok() && waitStatus(id, u"live"_s) ? id : 0;
    }

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
        m_server->createUser(Role::Trader, kTraderC, kPassword, u"Chandra & Sons"_s);
        for (const auto &crop : m_server->parts().catalog.crops()) {
            m_wheat = crop.code == u"wheat"_s ? crop.id : m_wheat;
        }
        setSetting(u"listing_review"_s, false);
    }

    void cleanup()
    {
        m_clients.clear();
        m_server.reset();
    }

    void antiSnipingExtends()
    {
        const QJsonObject setting {{u"key"_s, u"anti_snipe_seconds"_s}, {u"value"_s, 20}};
        QCOMPARE(code(as(kAdmin), u"admin.settings.set"_s, setting), u"ok"_s);
        const qint64 id = liveListing(as(kFarmer), {{u"duration_minutes"_s, 15}});
        QVERIFY(id);
        // The bidder watches too: its events come before its reply on the one socket.
        QCOMPARE(code(as(kGuest), u"watch"_s, ofListing(id)), u"ok"_s);
        QCOMPARE(code(as(kTraderA), u"watch"_s, ofListing(id)), u"ok"_s);
        EventLog bidderLog(as(kTraderA));
        const qint64 end = stored(id)->endsAt;
        m_server->advanceClock(end - m_server->clock().nowMs() - 5'000);

        QCOMPARE(code(as(kTraderA), u"bid.place"_s, bid(id, 199'000)), u"bid_too_low"_s);
        QCOMPARE(bidderLog.named(u"listing.extended"_s).size(), 0);
        QCOMPARE(stored(id)->endsAt, end);

        const auto accepted = call(as(kTraderA), u"bid.place"_s, bid(id, 200'000));
        QCOMPARE(codeOf(accepted), u"ok"_s);
        QCOMPARE(bidderLog.named(u"listing.extended"_s).size(), 1);
        const auto ledger = m_server->parts().listings.ledger(id);
        QCOMPARE(ledger.size(), 1);
        const qint64 extendedTo = ledger.first().atMs + 20'000;
        QVERIFY(extendedTo > end);
        const auto event = nextEvent(as(kGuest), u"listing.extended"_s);
        QVERIFY(event);
        QCOMPARE(event->fields.value(u"listing_id"_s).toInteger(), id);
        QCOMPARE(event->fields.value(u"ends_at"_s).toInteger(), extendedTo);
        QCOMPARE(listingOf(accepted.fields).value(u"ends_at"_s).toInteger(), extendedTo);
        QCOMPARE(stored(id)->endsAt, extendedTo);
        QCOMPARE(ledger.first().endsAtMs, extendedTo);
        // The old end passes; the moved one holds the auction open.
        m_server->advanceClock(10'000);
        QTest::qWait(3 * server::Market::kTickMs);
        QCOMPARE(statusOf(id), u"live"_s);
    }

    void closing_data()
    {
        QTest::addColumn<qint64>("reserve");
        QTest::addColumn<bool>("bids");
        QTest::addColumn<int>("confirmMinutes");
        QTest::addColumn<QString>("answer");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QStringList>("winner");
        QTest::addColumn<QStringList>("loser");
        QTest::addColumn<QStringList>("seller");
        const QStringList won {u"won"_s}, lost {u"lost"_s}, beaten {u"outbid"_s, u"lost"_s};
        QTest::newRow("sold") << 0LL << true << 0 << QString() << u"sold"_s << won << beaten
                              << QStringList {u"sold"_s};
        QTest::newRow("below reserve") << 250'000LL << true << 0 << QString() << u"unsold"_s << lost << beaten
                                       << QStringList {u"unsold"_s};
        QTest::newRow("no bids") << 0LL << false << 0 << QString() << u"unsold"_s << QStringList()
                                 << QStringList() << QStringList {u"unsold"_s};
        QTest::newRow("farmer accepts") << 0LL << true << 5 << u"accept"_s << u"sold"_s << won << beaten
                                        << QStringList {u"confirm_required"_s, u"sold"_s};
        QTest::newRow("farmer rejects") << 0LL << true << 5 << u"reject"_s << u"unsold"_s << lost << beaten
                                        << QStringList {u"confirm_required"_s, u"unsold"_s};
        QTest::newRow("no answer") << 0LL << true << 5 << u"silence"_s << u"sold"_s << won << beaten
                                   << QStringList {u"confirm_required"_s, u"sold"_s};
    }

    void closing()
    {
        QFETCH(qint64, reserve);
        QFETCH(bool, bids);
        QFETCH(int, confirmMinutes);
        QFETCH(QString, answer);
        QFETCH(QString, status);
        setSetting(u"seller_confirmation_minutes"_s, confirmMinutes);
        const qint64 id =
            liveListing(as(kFarmer), reserve ? QJsonObject {{u"reserve_price"_s, reserve}} : QJsonObject());
        QVERIFY(id);
        QCOMPARE(code(as(kGuest), u"watch"_s, ofListing(id)), u"ok"_s);
        if (bids) {
            QCOMPARE(code(as(kTraderA), u"bid.place"_s, bid(id, 200'000)), u"ok"_s);
            QCOMPARE(code(as(kTraderB), u"bid.place"_s, bid(id, 205'000)), u"ok"_s);
        }

        // No wall-clock bound here (timings belong to the benchmark): the close comes from the
        // market's own tick (Market::kTickMs) once the server's clock passes the end.
        m_server->advanceClock(60 * kMinuteMs + 1'000);
        const auto closed = nextEvent(as(kGuest), u"listing.closed"_s);
        QVERIFY(closed);
        QVERIFY(closed->serverTimeMs >= listingOf(closed->fields).value(u"ends_at"_s).toInteger());
        const QString firstStatus = answer.isEmpty() ? status : u"awaiting_confirmation"_s;
        QCOMPARE(listingOf(closed->fields).value(u"status"_s).toString(), firstStatus);
        QCOMPARE(statusOf(id), firstStatus);

        if (answer == u"accept"_s || answer == u"reject"_s) {
            QJsonObject confirm {{u"listing_id"_s, id}, {u"accept"_s, answer == u"accept"_s}};
            if (answer == u"reject"_s) {
                QCOMPARE(code(as(kFarmer), u"listing.confirm"_s, confirm), u"missing_field"_s);
                confirm.insert(u"reason"_s, u"price too low for this grade"_s);
            }
            QCOMPARE(code(as(kTraderA), u"listing.confirm"_s, confirm), u"forbidden"_s);
            const auto answered = call(as(kFarmer), u"listing.confirm"_s, confirm);
            QCOMPARE(codeOf(answered), u"ok"_s);
            QCOMPARE(listingOf(answered.fields).value(u"status"_s).toString(), status);
        } else if (answer == u"silence"_s) {
            QVERIFY(stored(id)->confirmationDeadline);
            m_server->advanceClock(6 * kMinuteMs);
        }
        if (!answer.isEmpty()) {
            const auto final = nextEvent(as(kGuest), u"listing.closed"_s);
            QVERIFY(final);
            QCOMPARE(listingOf(final->fields).value(u"status"_s).toString(), status);
        }
        QVERIFY(waitStatus(id, status));
        QTest::qWait(3 * server::Market::kTickMs); // more ticks: nothing closes twice
        QCOMPARE(statusOf(id), status);
        QCOMPARE(m_server->rowCount(u"transactions"_s), status == u"sold"_s ? 1 : 0);
        if (status == u"sold"_s) {
            const auto sale = m_server->parts().sales.byListing(id);
            QVERIFY(sale);
            QCOMPARE(sale->buyerId, m_traderB);
            QCOMPARE(sale->pricePerQuintal, 205'000);
            QCOMPARE(sale->total, 205'000LL * 2500 / 100);
        }
        QTEST(kindsFor(m_traderB, id), "winner");
        QTEST(kindsFor(m_traderA, id), "loser");
        QTEST(kindsFor(m_farmer, id), "seller");
    }

    void watchShowsTheAuction()
    {
        const qint64 id = liveListing(as(kFarmer), {{u"reserve_price"_s, 205'000}});
        QVERIFY(id);
        QCOMPARE(code(as(kTraderA), u"bid.place"_s, bid(id, 200'000)), u"ok"_s);
        QCOMPARE(code(as(kTraderB), u"bid.place"_s, bid(id, 210'000)), u"ok"_s);

        const auto watched = call(as(kGuest), u"watch"_s, ofListing(id));
        QCOMPARE(codeOf(watched), u"ok"_s);
        const QJsonObject view = listingOf(watched.fields);
        const auto record = stored(id);
        QCOMPARE(view.value(u"listing_seq"_s).toInteger(), record->version);
        QCOMPARE(view.value(u"price"_s).toInteger(), 210'000);
        QCOMPARE(view.value(u"bid_count"_s).toInteger(), 2);
        QCOMPARE(view.value(u"ends_at"_s).toInteger(), record->endsAt);
        QCOMPARE(view.value(u"reserve_met"_s).toBool(), true);
        QCOMPARE(view.value(u"leader_alias"_s).toString(), u"Bidder 2"_s);
        QCOMPARE(view.value(u"minimum_bid"_s).toInteger(), 212'500);
        QVERIFY(!view.contains(u"reserve_price"_s));
        QCOMPARE(watched.fields.value(u"up_to_date"_s).toBool(), false);
        const QJsonArray bids = watched.fields.value(u"bids"_s).toArray();
        QCOMPARE(bids.size(), 2);
        QCOMPARE(bids.at(0).toObject().value(u"bidder"_s).toString(), u"Bidder 1"_s);
        QCOMPARE(bids.at(1).toObject().value(u"bidder"_s).toString(), u"Bidder 2"_s);
        QCOMPARE(bids.at(1).toObject().value(u"amount"_s).toInteger(), 210'000);

        const qint64 seq = view.value(u"listing_seq"_s).toInteger();
        const auto current = call(as(kGuest), u"watch"_s, {{u"listing_id"_s, id}, {u"since_seq"_s, seq}});
        QCOMPARE(current.fields.value(u"up_to_date"_s).toBool(), true);
        QCOMPARE(current.fields.value(u"bids"_s).toArray().size(), 0);
        const auto behind = call(as(kGuest), u"watch"_s, {{u"listing_id"_s, id}, {u"since_seq"_s, seq - 1}});
        QCOMPARE(behind.fields.value(u"up_to_date"_s).toBool(), false);
        QCOMPARE(behind.fields.value(u"bids"_s).toArray().size(), 2);
        QCOMPARE(code(as(kGuest), u"watch"_s, ofListing(id + 100)), u"not_found"_s);
    }

    void burstKeepsFinalState()
    {
        const qint64 id = liveListing(as(kFarmer));
        QVERIFY(id);
        QCOMPARE(code(as(kGuest), u"watch"_s, ofListing(id)), u"ok"_s);
        EventLog log(as(kGuest));
        // Frames sent back to back, without waiting for replies: the server takes them in together.
        constexpr int kBids = 40;
        for (int i = 0; i < kBids; ++i) {
            as(kTraderA).socket().sendTextMessage(QString::fromUtf8(
                protocol::encodeRequest(1'000 + i, u"bid.place"_s, bid(id, 200'000 + i * 2'500))));
        }
        const qint64 finalPrice = 200'000 + (kBids - 1) * 2'500;
        QTRY_COMPARE_WITH_TIMEOUT(stored(id)->bidCount, kBids, 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(!log.named(u"listing.updated"_s).isEmpty()
                && listingOf(log.named(u"listing.updated"_s).last()).value(u"bid_count"_s) == kBids,
            5'000);
        QTest::qWait(300);
        const QList<QJsonObject> updates = log.named(u"listing.updated"_s);
        QVERIFY(updates.size() <= kBids);
        const QJsonObject last = listingOf(updates.last());
        QCOMPARE(last.value(u"price"_s).toInteger(), finalPrice);
        QCOMPARE(last.value(u"bid_count"_s).toInteger(), kBids);
        QCOMPARE(last.value(u"listing_seq"_s).toInteger(), stored(id)->version);
        QCOMPARE(stored(id)->price, finalPrice);
        // bid.accepted is not coalesced: every row arrives once, in order.
        QList<qint64> seqs;
        for (const QJsonObject &accepted : log.named(u"bid.accepted"_s)) {
            for (const QJsonValue &row : accepted.value(u"bids"_s).toArray()) {
                seqs << row.toObject().value(u"seq"_s).toInteger();
            }
        }
        QCOMPARE(seqs.size(), kBids);
        for (int i = 0; i < kBids; ++i) {
            QCOMPARE(seqs.at(i), qint64(i + 1));
        }
    }

    void sealedHidesBids()
    {
        const qint64 id = liveListing(as(kFarmer), {{u"format"_s, u"sealed"_s}});
        QVERIFY(id);
        QCOMPARE(code(as(kGuest), u"watch"_s, ofListing(id)), u"ok"_s);
        EventLog log(as(kGuest));
        EventLog aLog(as(kTraderA));
        QList<protocol::Reply> replies {call(as(kTraderA), u"bid.place"_s, bid(id, 210'000)),
            call(as(kTraderB), u"bid.place"_s, bid(id, 225'000)),
            call(as(kTraderA), u"bid.place"_s, bid(id, 225'000)),
            call(as(kTraderC), u"bid.place"_s, bid(id, 205'000))};
        for (const protocol::Reply &reply : std::as_const(replies)) {
            QCOMPARE(codeOf(reply), u"ok"_s);
            QVERIFY(listingOf(reply.fields).value(u"price"_s).isNull());
            QVERIFY(!listingOf(reply.fields).contains(u"leader_alias"_s));
        }
        QCOMPARE(code(as(kTraderA), u"bid.place"_s, bid(id, 220'000)), u"bid_too_low"_s);
        QCOMPARE(code(as(kTraderC), u"bid.place"_s, bid(id, 240'000, true)), u"proxy_disabled"_s);
        QCOMPARE(code(as(kTraderB), u"listing.buy_now"_s, ofListing(id)), u"buy_now_unavailable"_s);
        QCOMPARE(code(as(kFarmer), u"listing.accept"_s, ofListing(id)), u"invalid_transition"_s);

        const auto seen = call(as(kGuest), u"listing.get"_s, ofListing(id));
        QVERIFY(listingOf(seen.fields).value(u"price"_s).isNull());
        QVERIFY(listingOf(seen.fields).value(u"reserve_met"_s).isNull());
        QVERIFY(!listingOf(seen.fields).contains(u"leader_alias"_s));
        QCOMPARE(seen.fields.value(u"bids"_s).toArray().size(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!log.named(u"listing.updated"_s).isEmpty()
                && listingOf(log.named(u"listing.updated"_s).last()).value(u"bid_count"_s) == 4,
            5'000);
        for (const QJsonObject &update : log.named(u"listing.updated"_s)) {
            QVERIFY(listingOf(update).value(u"price"_s).isNull());
            QVERIFY(!listingOf(update).contains(u"leader_alias"_s));
        }
        QCOMPARE(log.named(u"bid.accepted"_s).size(), 0);
        QCOMPARE(aLog.named(u"you.outbid"_s).size(), 0);
        QCOMPARE(kindsFor(m_traderA, id), QStringList());

        m_server->advanceClock(60 * kMinuteMs + 1'000);
        const auto closed = nextEvent(as(kGuest), u"listing.closed"_s);
        QVERIFY(closed);
        QCOMPARE(listingOf(closed->fields).value(u"status"_s).toString(), u"sold"_s);
        QCOMPARE(listingOf(closed->fields).value(u"price"_s).toInteger(), 225'000);
        const auto after = call(as(kGuest), u"listing.get"_s, ofListing(id));
        const QJsonArray bids = after.fields.value(u"bids"_s).toArray();
        QCOMPARE(bids.size(), 4);
        QCOMPARE(bids.at(1).toObject().value(u"amount"_s).toInteger(), 225'000);
        QCOMPARE(bids.at(1).toObject().value(u"kind"_s).toString(), u"sealed"_s);
        // Equal to A's raise, but placed earlier: B wins.
        QCOMPARE(m_server->parts().sales.byListing(id)->buyerId, m_traderB);
        // No reply may tell a sealed bidder whether someone bid more: the lowest bid hears what the
        // highest hears.
        QCOMPARE(replies.at(3).fields.value(u"leading"_s), replies.at(1).fields.value(u"leading"_s));
    }
};

QTEST_GUILESS_MAIN(TestMarketEvents)
#include "tst_marketevents.moc"
