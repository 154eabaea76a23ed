// SPDX-License-Identifier: GPL-3.0-or-later
// The market across a restart: a second ServerApp on the same database and data folder, after the
// first was destroyed, replays every running listing from its ledger (price, leader, bid count,
// proxy maxima, confirmation deadline) and closes each listing exactly once.

#include "marketsession.h"
#include "testdatabase.h"
#include "waitfor.h"

#include <QTest>

using namespace boli;
using namespace boli::test;
using namespace Qt::StringLiterals;

namespace {

const QString kFarmer = MarketSession::kFarmer;
const QString kTraderA = MarketSession::kTraderA;
const QString kTraderB = MarketSession::kTraderB;
const QString kTraderC = MarketSession::kTraderC;
constexpr qint64 kHourMs = 60 * kMinuteMs;

} // namespace

/// @brief Running listings survive a restart: replayed from the ledger, closed exactly once.
class TestMarketRestart : public QObject
{
    Q_OBJECT

private:
    test::ShiftedClock m_clock; ///< outlives every server: time goes on across restarts
    std::unique_ptr<test::TestDatabase> m_database;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<server::ServerApp> m_app;
    QHash<QString, qint64> m_ids; ///< login → user id
    int m_addresses = 0;

    /// A server on the test's database and data folder, as `boli-server serve` would start.
    bool startServer()
    {
        server::Config config;
        config.host = QHostAddress::LocalHost;
        config.port = 0;
        config.dataDir = m_dataDir->path();
        config.databaseUrl = m_database->urlText();
        config.hashCost = server::PasswordHasher::Cost::TestMinimum;
        m_app = std::make_unique<server::ServerApp>(config, &m_clock);
        try {
            m_app->start();
        } catch (const std::exception &error) {
            qWarning("server failed to start: %s", error.what());
            return false;
        }
        return true;
    }

    /// Destroys the server: nothing of it survives but the database and the data folder.
    void stopServer()
    {
        m_app->stop();
        m_app.reset();
    }

    server::ServerParts &parts() { return m_app->parts(); }

    void createUser(Role role, const QString &login)
    {
        server::NewAccount account;
        (login.contains(u'@') ? account.email : account.phone) = login;
        account.displayName = login;
        account.role = role;
        account.secret = roleUsesPin(role) ? kPin : kPassword;
        const auto created =
            test::waitFor(parts().accounts.create(account, server::AuditActor::system(), u"test"_s));
        QVERIFY(created && std::holds_alternative<server::User>(*created));
        m_ids.insert(login, std::get<server::User>(*created).id);
    }

    std::unique_ptr<TestClient> connectAs(const QString &login)
    {
        return test::connectAs(parts(), m_app->port(), login, ++m_addresses);
    }

    QString statusOf(qint64 id) { return test::statusOf(parts(), id); }
    bool waitStatus(qint64 id, const QString &status) { return test::waitStatus(parts(), id, status); }

    /// An hour-long open auction of 2,500 kg of wheat from ₹2,000, live.
    qint64 liveListing()
    {
        auto farmer = connectAs(kFarmer);
        return farmer ? test::liveListing(parts(), *farmer, listingForm(cropId(parts(), u"wheat"_s))) : 0;
    }

    int notificationsOf(const QString &login, const QString &kind)
    {
        const auto list = parts().notifications.forUser(m_ids.value(login), false, 0, 100);
        return int(std::count_if(list.cbegin(), list.cend(), [&](const auto &n) { return n.kind == kind; }));
    }

    /// What anyone sees of a listing: the fields a restart must not change.
    QJsonObject publicState(qint64 id)
    {
        auto guest = std::make_unique<TestClient>();
        if (!test::waitFor(guest->open(m_app->port())).value_or(false)) {
            return {};
        }
        const QJsonObject view = listingOf(call(*guest, u"listing.get"_s, {{u"listing_id"_s, id}}));
        QJsonObject state;
        for (const QString &key : {u"status"_s, u"price"_s, u"leader_alias"_s, u"bid_count"_s,
                 u"listing_seq"_s, u"ends_at"_s, u"minimum_bid"_s, u"reserve_met"_s}) {
            state.insert(key, view.value(key));
        }
        return state;
    }

private Q_SLOTS:
    void init()
    {
        m_database = std::make_unique<test::TestDatabase>();
        m_dataDir = std::make_unique<QTemporaryDir>();
        QVERIFY(startServer());
        createUser(Role::Farmer, kFarmer);
        createUser(Role::Trader, kTraderA);
        createUser(Role::Trader, kTraderB);
        createUser(Role::Trader, kTraderC);
        QVERIFY(!parts().settings.set(u"listing_review"_s, false, server::AuditActor::system()));
    }

    void cleanup()
    {
        if (m_app) {
            stopServer();
        }
        m_database.reset();
        m_dataDir.reset();
    }

    void auctionReplaysAfterRestart()
    {
        const qint64 id = liveListing();
        QVERIFY(id);
        {
            auto a = connectAs(kTraderA);
            auto b = connectAs(kTraderB);
            auto c = connectAs(kTraderC);
            QVERIFY(a && b && c);
            QCOMPARE(codeOf(call(*a, u"bid.place"_s, bid(id, 230'000, true))), u"ok"_s);
            QCOMPARE(codeOf(call(*b, u"bid.place"_s, bid(id, 210'000))), u"ok"_s);
            QCOMPARE(codeOf(call(*c, u"bid.place"_s, bid(id, 240'000, true))), u"ok"_s);
        }
        const QList<server::LedgerEntry> ledger = parts().listings.ledger(id);
        QCOMPARE(ledger.size(), 5); // A opens, B, A's proxy, A's proxy at its maximum, C
        const QJsonObject before = publicState(id);
        QCOMPARE(before.value(u"price"_s).toInteger(), 232'500);
        QCOMPARE(before.value(u"leader_alias"_s).toString(), u"Bidder 3"_s);

        stopServer();
        QVERIFY(startServer());
        QVERIFY(parts().listings.ledger(id) == ledger);
        QCOMPARE(publicState(id), before);
        const server::RunningListing *running = parts().market.running(id);
        QVERIFY(running);
        QCOMPARE(running->auction.price(), 232'500);
        QCOMPARE(running->auction.leaderId().value_or(0), m_ids.value(kTraderC));
        QCOMPARE(running->auction.bidCount(), 5);
        QCOMPARE(running->auction.maximumOf(m_ids.value(kTraderC)).value_or(0), 240'000);

        // C's maximum, known only from the replayed ledger, still answers a challenger.
        auto b = connectAs(kTraderB);
        QVERIFY(b);
        const auto challenge = call(*b, u"bid.place"_s, bid(id, 235'000));
        QCOMPARE(codeOf(challenge), u"ok"_s);
        QCOMPARE(challenge.fields.value(u"leading"_s).toBool(), false);
        QCOMPARE(listingOf(challenge).value(u"price"_s).toInteger(), 237'500);
        const auto grown = parts().listings.ledger(id);
        QCOMPARE(grown.size(), 7);
        QCOMPARE(grown.at(6).kind, server::BidKind::Auto);
        QCOMPARE(grown.at(6).bidderId, m_ids.value(kTraderC));

        m_clock.advanceMs(kHourMs + 1'000);
        QVERIFY(waitStatus(id, u"sold"_s));
        QTest::qWait(3 * server::Market::kTickMs);
        QCOMPARE(
            server::SqlQuery(*parts().database, u"SELECT COUNT(*) FROM transactions"_s).scalar().toInt(), 1);
        const auto sale = parts().sales.byListing(id);
        QVERIFY(sale);
        QCOMPARE(sale->buyerId, m_ids.value(kTraderC));
        QCOMPARE(sale->pricePerQuintal, 237'500);

        // A third start finds nothing left to run.
        stopServer();
        QVERIFY(startServer());
        QTest::qWait(3 * server::Market::kTickMs);
        QCOMPARE(statusOf(id), u"sold"_s);
        QCOMPARE(
            server::SqlQuery(*parts().database, u"SELECT COUNT(*) FROM transactions"_s).scalar().toInt(), 1);
        QCOMPARE(notificationsOf(kTraderC, u"won"_s), 1);
    }

    void endPassedWhileDownClosesOnce()
    {
        const qint64 id = liveListing();
        QVERIFY(id);
        {
            auto a = connectAs(kTraderA);
            auto b = connectAs(kTraderB);
            QVERIFY(a && b);
            QCOMPARE(codeOf(call(*a, u"bid.place"_s, bid(id, 200'000))), u"ok"_s);
            QCOMPARE(codeOf(call(*b, u"bid.place"_s, bid(id, 205'000))), u"ok"_s);
        }
        stopServer();
        m_clock.advanceMs(kHourMs + 1'000);
        QVERIFY(startServer());
        QVERIFY(waitStatus(id, u"sold"_s));
        stopServer();
        QVERIFY(startServer());
        QTest::qWait(3 * server::Market::kTickMs);
        QCOMPARE(statusOf(id), u"sold"_s);
        QCOMPARE(
            server::SqlQuery(*parts().database, u"SELECT COUNT(*) FROM transactions"_s).scalar().toInt(), 1);
        QCOMPARE(parts().sales.byListing(id)->buyerId, m_ids.value(kTraderB));
        QCOMPARE(notificationsOf(kTraderB, u"won"_s), 1);
        QCOMPARE(notificationsOf(kTraderA, u"lost"_s), 1);
        QCOMPARE(notificationsOf(kFarmer, u"sold"_s), 1);
    }

    void confirmationWindowSurvivesRestart()
    {
        QVERIFY(!parts().settings.set(u"seller_confirmation_minutes"_s, 5, server::AuditActor::system()));
        const qint64 id = liveListing();
        QVERIFY(id);
        {
            auto a = connectAs(kTraderA);
            QVERIFY(a);
            QCOMPARE(codeOf(call(*a, u"bid.place"_s, bid(id, 200'000))), u"ok"_s);
        }
        m_clock.advanceMs(kHourMs + 1'000);
        QVERIFY(waitStatus(id, u"awaiting_confirmation"_s));
        const auto deadline = parts().listings.byId(id)->confirmationDeadline;
        QVERIFY(deadline);

        stopServer();
        QVERIFY(startServer());
        QTest::qWait(3 * server::Market::kTickMs);
        QCOMPARE(statusOf(id), u"awaiting_confirmation"_s);
        QVERIFY(parts().market.running(id));
        QCOMPARE(parts().market.running(id)->auction.confirmationDeadline().value_or(0), *deadline);

        // The farmer stays silent past the window: the bid is accepted, once.
        m_clock.advanceMs(6 * 60'000);
        QVERIFY(waitStatus(id, u"sold"_s));
        QTest::qWait(3 * server::Market::kTickMs);
        QCOMPARE(
            server::SqlQuery(*parts().database, u"SELECT COUNT(*) FROM transactions"_s).scalar().toInt(), 1);
        QCOMPARE(notificationsOf(kFarmer, u"confirm_required"_s), 1);
        QCOMPARE(notificationsOf(kFarmer, u"sold"_s), 1);
    }
};

QTEST_GUILESS_MAIN(TestMarketRestart)
#include "tst_marketrestart.moc"
