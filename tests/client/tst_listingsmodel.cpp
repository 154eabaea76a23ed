// SPDX-License-Identifier: GPL-3.0-or-later
// The browse model against the real server: it loads live listings, keeps them current from the
// feed without asking again, and stays a well-behaved Qt model throughout.

#include "models/listingsmodel.h"
#include "net/serverconnection.h"
#include "testserver.h"
#include "waitfor.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace boli;
using namespace boli::client;
using namespace Qt::StringLiterals;

class TestListingsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsAndFollowsTheFeed()
    {
        test::TestServer server;
        const qint64 farmer = server.createUser(Role::Farmer, u"9811111111"_s, u"4321"_s).id;
        const qint64 trader = server.createUser(Role::Trader, u"9711111111"_s, u"trader-pass-a"_s).id;
        QList<qint64> ids;
        for (const qint64 minutes : {60, 15, 240}) {
            ids << liveListing(server, farmer, minutes);
        }

        ServerConnection connection(u"desk-1"_s);
        ListingsModel model(connection);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy refreshed(&model, &ListingsModel::refreshed);
        connection.open(QUrl(u"ws://127.0.0.1:%1/ws"_s.arg(server.port())));
        QVERIFY(refreshed.wait(10'000));
        QCOMPARE(model.rowCount(), 3);
        // Default sort: ending soonest first.
        QCOMPARE(model.data(model.index(0), ListingsModel::IdRole).toLongLong(), ids.at(1));
        QCOMPARE(model.data(model.index(2), ListingsModel::IdRole).toLongLong(), ids.at(2));
        QCOMPARE(model.roleNames().value(ListingsModel::MinimumBidRole), QByteArray("minimumBid"));
        QCOMPARE(model.data(model.index(0), ListingsModel::MinimumBidRole).toLongLong(), 200'000);

        // A bid elsewhere reaches the model through the feed, without a refresh.
        const int row = model.rowOf(ids.at(0));
        placeBid(server, ids.at(0), trader, 200'000);
        QTRY_COMPARE_WITH_TIMEOUT(
            model.data(model.index(row), ListingsModel::BidCountRole).toInt(), 1, 5'000);
        QCOMPARE(model.data(model.index(row), ListingsModel::PriceRole).toLongLong(), 200'000);
        QCOMPARE(model.data(model.index(row), ListingsModel::LeaderAliasRole).toString(), u"Bidder 1"_s);
        QCOMPARE(refreshed.count(), 1);

        model.setSort(u"newest"_s);
        QVERIFY(refreshed.wait(5'000));
        QCOMPARE(model.data(model.index(0), ListingsModel::IdRole).toLongLong(), ids.at(2));
        QVERIFY(model.lastError().isEmpty());
    }

private:
    /// A listing straight through the market (review approved, started), as the demo data does.
    static qint64 liveListing(test::TestServer &server, qint64 farmer, qint64 minutes)
    {
        auto &parts = server.parts();
        server::ListingRecord listing;
        listing.sellerId = farmer;
        listing.createdBy = farmer;
        listing.cropId = parts.catalog.crops().first().id;
        listing.quantityKg = 1000;
        listing.mandi = u"Khanna"_s;
        listing.district = u"Ludhiana"_s;
        listing.state = u"Punjab"_s;
        listing.startingPrice = 200'000;
        listing.increments = parts.settings.value(u"bid_increments"_s).toArray();
        listing.durationMinutes = int(minutes);
        listing.startsAt = server.clock().nowMs();
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

    static void placeBid(test::TestServer &server, qint64 listingId, qint64 bidder, qint64 amount)
    {
        const server::BidRequest bid {bidder, amount, false};
        const qint64 now = server.clock().nowMs();
        auto &market = server.parts().market;
        const server::AuctionRules rules = market.rulesFor(market.running(listingId)->record);
        server::MarketCommand command {listingId, u"bid.place"_s, server::AuditActor::system(),
            [bid, now, rules](server::Auction &a) { return a.placeBid(bid, now, rules); }, {}};
        test::waitFor(market.apply(std::move(command)));
    }
};

QTEST_GUILESS_MAIN(TestListingsModel)
#include "tst_listingsmodel.moc"
