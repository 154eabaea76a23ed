// SPDX-License-Identifier: GPL-3.0-or-later
// The browse model offline: rows stay on screen read-only when the link drops, a new model (an app
// started without a server) shows the last listings from the local cache marked stale, and once the
// server is back — restarted on the same port — the model resubscribes, refreshes and follows the
// feed again.

#include "models/listingsmodel.h"
#include "net/serverconnection.h"
#include "offline/listingcache.h"
#include "testserver.h"
#include "waitfor.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace boli;
using namespace boli::client;
using namespace Qt::StringLiterals;

class TestListingCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<test::TestServer>();
        m_farmer = m_server->createUser(Role::Farmer, u"9811111111"_s, u"4321"_s).id;
        m_trader = m_server->createUser(Role::Trader, u"9711111111"_s, u"trader-pass-a"_s).id;
        m_ids.clear();
        for (const qint64 minutes : {60, 15, 240}) {
            m_ids << liveListing(minutes);
        }
    }

    void cleanup() { m_server.reset(); }

    void rowsStayReadOnlyWhileOffline()
    {
        ServerConnection connection(u"desk-1"_s);
        ListingsModel model(connection);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy refreshed(&model, &ListingsModel::refreshed);
        connection.open(url());
        QVERIFY(refreshed.wait(10'000));
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(!model.stale());
        QVERIFY(model.fetchedAt() > 0);

        connection.close();
        QVERIFY(model.stale());
        QVERIFY(!model.fromCache());
        model.refresh(); // asks nobody, clears nothing
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.data(model.index(0), ListingsModel::IdRole).toLongLong(), m_ids.at(1));
        QVERIFY(!(model.flags(model.index(0)) & Qt::ItemIsEditable));
        QVERIFY(!model.setData(model.index(0), 5, ListingsModel::PriceRole));
        QCOMPARE(refreshed.count(), 1);
    }

    void startsFromTheCacheWhenTheServerIsDown()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"listings.sqlite"_s);
        {
            ListingCache cache(file);
            ServerConnection connection(u"desk-1"_s);
            ListingsModel model(connection);
            model.setCache(&cache);
            QCOMPARE(model.rowCount(), 0); // an empty cache shows nothing
            QSignalSpy refreshed(&model, &ListingsModel::refreshed);
            connection.open(url());
            QVERIFY(refreshed.wait(10'000));
            QCOMPARE(model.rowCount(), 3);
        }
        m_server->stop();

        // The app starts again with no server to talk to.
        ListingCache cache(file);
        ServerConnection connection(u"desk-1"_s);
        ListingsModel model(connection);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCache(&cache);
        connection.open(url());
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.stale());
        QVERIFY(model.fromCache());
        QVERIFY(model.fetchedAt() > 0);
        for (int row = 0; row < 3; ++row) {
            QCOMPARE(model.data(model.index(row), ListingsModel::IdRole).toLongLong(),
                m_ids.at(QList {1, 0, 2}[row]));
        }
        QCOMPARE(model.data(model.index(0), ListingsModel::MandiRole).toString(), u"Khanna"_s);
        QCOMPARE(model.data(model.index(0), ListingsModel::MinimumBidRole).toLongLong(), 200'000);

        // The server is back on the same port: the model refreshes and is live again.
        QSignalSpy refreshed(&model, &ListingsModel::refreshed);
        m_server->restart();
        QVERIFY(refreshed.wait(20'000));
        QVERIFY(model.lastError().isEmpty());
        QVERIFY(!model.stale());
        QVERIFY(!model.fromCache());
        QCOMPARE(model.rowCount(), 3);
        placeBid(m_ids.at(0), 200'000);
        const int row = model.rowOf(m_ids.at(0));
        QTRY_COMPARE_WITH_TIMEOUT(
            model.data(model.index(row), ListingsModel::BidCountRole).toInt(), 1, 5'000);
    }

    void followsTheFeedAgainAfterARestart()
    {
        ServerConnection connection(u"desk-1"_s);
        ListingsModel model(connection);
        QSignalSpy refreshed(&model, &ListingsModel::refreshed);
        connection.open(url());
        QVERIFY(refreshed.wait(10'000));

        m_server->restart(); // every connection drops; the client comes back by itself
        QTRY_VERIFY_WITH_TIMEOUT(model.stale(), 5'000);
        QVERIFY(refreshed.wait(20'000)); // resubscribed and refreshed
        QVERIFY(!model.stale());
        const int row = model.rowOf(m_ids.at(2));
        placeBid(m_ids.at(2), 200'000);
        QTRY_COMPARE_WITH_TIMEOUT(
            model.data(model.index(row), ListingsModel::BidCountRole).toInt(), 1, 5'000);
        QCOMPARE(model.data(model.index(row), ListingsModel::PriceRole).toLongLong(), 200'000);
        QCOMPARE(refreshed.count(), 2);
    }

private:
    [[nodiscard]] QUrl url() const { return QUrl(u"ws://127.0.0.1:%1/ws"_s.arg(m_server->port())); }

    /// A listing straight through the market (review approved, started), as the demo data does.
    qint64 liveListing(qint64 minutes)
    {
        auto &parts = m_server->parts();
        server::ListingRecord listing;
        listing.sellerId = m_farmer;
        listing.createdBy = m_farmer;
        listing.cropId = parts.catalog.crops().first().id;
        listing.quantityKg = 1000;
        listing.mandi = u"Khanna"_s;
        listing.district = u"Ludhiana"_s;
        listing.state = u"Punjab"_s;
        listing.startingPrice = 200'000;
        listing.increments = parts.settings.value(u"bid_increments"_s).toArray();
        listing.durationMinutes = int(minutes);
        listing.startsAt = m_server->clock().nowMs();
        listing.scheduledEndsAt = listing.startsAt + minutes * 60'000;
        const qint64 id =
            std::get<server::ListingRecord>(parts.market.create(listing, server::AuditActor::system())).id;
        for (const auto to : {server::ListingStatus::Scheduled, server::ListingStatus::Live}) {
            server::MarketCommand move {id, u"test.move"_s, server::AuditActor::system(),
                [to](server::Auction &a) { return a.moveTo(to); }, {}};
            test::waitFor(parts.market.apply(std::move(move)));
        }
        return id;
    }

    void placeBid(qint64 listingId, qint64 amount)
    {
        const server::BidRequest bid {m_trader, amount, false};
        const qint64 now = m_server->clock().nowMs();
        auto &market = m_server->parts().market;
        const server::AuctionRules rules = market.rulesFor(market.running(listingId)->record);
        server::MarketCommand command {listingId, u"bid.place"_s, server::AuditActor::system(),
            [bid, now, rules](server::Auction &a) { return a.placeBid(bid, now, rules); }, {}};
        test::waitFor(market.apply(std::move(command)));
    }

    std::unique_ptr<test::TestServer> m_server;
    qint64 m_farmer = 0;
    qint64 m_trader = 0;
    QList<qint64> m_ids;
};

QTEST_GUILESS_MAIN(TestListingCache)
#include "tst_listingcache.moc"
