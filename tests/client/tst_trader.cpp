// SPDX-License-Identifier: GPL-3.0-or-later
// The trader mode against the real server with the demo market: a live listing detail that follows
// bids, outbid alerts, proxy maxima, Buy Now, the watchlist, browse filters and re-watching after a
// reconnect. Each trader is a whole ClientApp, as in the app.

#include "app/clientapp.h"
#include "app/demodata.h"
#include "app/demolistings.h"
#include "boli/identity.h"
#include "testserver.h"
#include "waitfor.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace boli;
using namespace boli::client;
using namespace Qt::StringLiterals;

namespace {
constexpr int kWait = 10'000;

/// One trader's app, logged in, with every model of the mode under QAbstractItemModelTester.
struct TraderApp
{
    TraderApp(quint16 port, const QString &phone)
        : app(options(port))
    {
        for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *> {app.listings(),
                 app.trader()->detail()->bids(), app.trader()->watchlist(), app.trader()->myBids(),
                 app.trader()->won(), app.trader()->transactions(), app.trader()->notifications()}) {
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest));
        }
        QSignalSpy browsed(app.listings(), &ListingsModel::refreshed);
        QSignalSpy finished(&app, &ClientApp::loginFinished);
        app.start();
        QTRY_VERIFY_WITH_TIMEOUT(app.online(), kWait);
        app.login(phone, u"trader-demo-pass"_s, false);
        if (!finished.wait(kWait) || !finished.first().at(0).toBool()) {
            qFatal("trader %s could not log in", qPrintable(phone));
        }
        if (browsed.isEmpty() && !browsed.wait(kWait)) {
            qFatal("the listings never loaded");
        }
    }

    static ClientApp::Options options(quint16 port)
    {
        ClientApp::Options options;
        options.serverUrl = QUrl(u"ws://127.0.0.1:%1/ws"_s.arg(port));
        options.language = u"en"_s;
        return options;
    }

    /// The id of the first browse row matching `predicate` on a role's value.
    qint64 listingWhere(ListingsModel::Roles role, const std::function<bool(const QVariant &)> &predicate)
    {
        ListingsModel &model = *app.listings();
        for (int row = 0; row < model.rowCount(); ++row) {
            if (predicate(model.data(model.index(row), role))) {
                return model.data(model.index(row), ListingsModel::IdRole).toLongLong();
            }
        }
        return 0;
    }

    ClientApp app;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
};

/// The demo market: accounts and the twelve live lots.
std::unique_ptr<test::TestServer> demoServer()
{
    auto server = std::make_unique<test::TestServer>();
    server::DemoData(server->parts()).seed();
    server::DemoListings(server->parts(), server->clock()).seed();
    return server;
}
} // namespace

class TestTrader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bidUpdatesTheDetailAndOutbidAlerts()
    {
        const auto server = demoServer();
        TraderApp first(server->port(), u"9700000001"_s);
        TraderApp second(server->port(), u"9700000002"_s);
        // A lot nobody has bid on yet.
        const qint64 lot =
            first.listingWhere(ListingsModel::BidCountRole, [](const QVariant &v) { return v.toInt() == 0; });
        QVERIFY(lot > 0);

        ListingDetail &detail = *first.app.trader()->detail();
        detail.open(lot);
        QTRY_VERIFY_WITH_TIMEOUT(detail.loaded(), kWait);
        QCOMPARE(detail.status(), u"live"_s);
        QCOMPARE(detail.price(), qint64(0));
        QVERIFY(detail.minimumBid() > 0);
        QCOMPARE(first.app.formatter()->parseRupees(detail.minimumBidInput()), detail.minimumBid());
        QVERIFY(detail.msLeft() > 0);
        QVERIFY(!detail.leading());

        const qint64 opening = detail.minimumBid();
        const int myBidsBefore = first.app.trader()->myBids()->rowCount(); // the demo's own bids
        QSignalSpy done(&detail, &ListingDetail::actionFinished);
        detail.placeBid(detail.minimumBidInput());
        QVERIFY(done.wait(kWait));
        QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
        QCOMPARE(detail.price(), opening);
        QVERIFY(detail.leading());
        QVERIFY(detail.minimumBid() > opening);
        QTRY_COMPARE_WITH_TIMEOUT(detail.bids()->rowCount(), 1, kWait);
        QCOMPARE(
            detail.bids()->data(detail.bids()->index(0), BidHistoryModel::AmountRole).toLongLong(), opening);
        QTRY_COMPARE_WITH_TIMEOUT(first.app.trader()->myBids()->rowCount(), myBidsBefore + 1, kWait);

        // The second trader outbids: the first hears it as a signal and sees the new price live.
        QSignalSpy outbid(first.app.trader(), &TraderArea::outbid);
        ListingDetail &rival = *second.app.trader()->detail();
        rival.open(lot);
        QTRY_VERIFY_WITH_TIMEOUT(rival.loaded(), kWait);
        const qint64 raised = rival.minimumBid();
        rival.placeBid(rival.minimumBidInput());
        QVERIFY(outbid.wait(kWait));
        QCOMPARE(outbid.first().at(0).toLongLong(), lot);
        QVERIFY(outbid.first().at(1).toString().contains(u"outbid"_s));
        QTRY_COMPARE_WITH_TIMEOUT(detail.price(), raised, kWait);
        QTRY_COMPARE_WITH_TIMEOUT(detail.bids()->rowCount(), 2, kWait);
        QVERIFY(!detail.leading());
        QVERIFY(!detail.leaderAlias().isEmpty());

        // The outbid is also a stored notification, counted as unread until read.
        NotificationsModel &notes = *first.app.trader()->notifications();
        QTRY_VERIFY_WITH_TIMEOUT(notes.unread() >= 1, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(notes.rowCount() >= 1, kWait);
        QVERIFY(notes.data(notes.index(0), NotificationsModel::TextRole).toString().contains(u"outbid"_s));
        notes.markAllRead();
        QTRY_COMPARE_WITH_TIMEOUT(notes.unread(), 0, kWait);

        // A bid below the minimum is refused with a translated reason and changes nothing.
        done.clear();
        detail.placeBid(QString::number(opening / 100));
        QVERIFY(done.wait(kWait));
        QVERIFY(!done.first().at(0).toBool());
        QVERIFY(detail.resultMessage().contains(u"below the minimum"_s));
        QCOMPARE(detail.price(), raised);
        done.clear();
        detail.placeBid(u"lots"_s);
        QCOMPARE(done.count(), 1);
        QVERIFY(!detail.resultOk());
    }

    void proxyMaximumBidsForMe()
    {
        const auto server = demoServer();
        TraderApp first(server->port(), u"9700000001"_s);
        TraderApp second(server->port(), u"9700000002"_s);
        const qint64 lot =
            first.listingWhere(ListingsModel::BidCountRole, [](const QVariant &v) { return v.toInt() == 0; });
        ListingDetail &detail = *first.app.trader()->detail();
        detail.open(lot);
        QTRY_VERIFY_WITH_TIMEOUT(detail.loaded(), kWait);
        const qint64 start = detail.minimumBid();
        const qint64 maximum = start * 2;

        QSignalSpy done(&detail, &ListingDetail::actionFinished);
        detail.setProxy(QString::number(maximum / 100));
        QVERIFY(done.wait(kWait));
        QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
        QVERIFY(detail.leading());
        QCOMPARE(detail.price(), start); // a proxy opens at the minimum, not at its maximum
        QVERIFY(detail.resultMessage().contains(u"maximum"_s));

        // A rival's plain bid is answered at once by my proxy: I still lead, at a higher price.
        ListingDetail &rival = *second.app.trader()->detail();
        rival.open(lot);
        QTRY_VERIFY_WITH_TIMEOUT(rival.loaded(), kWait);
        QSignalSpy rivalOutbid(second.app.trader(), &TraderArea::outbid);
        QSignalSpy rivalDone(&rival, &ListingDetail::actionFinished);
        const qint64 rivalBid = rival.minimumBid();
        rival.placeBid(rival.minimumBidInput());
        QVERIFY(rivalDone.wait(kWait));
        QVERIFY(rivalDone.first().at(0).toBool());
        QVERIFY(!rival.leading());
        QVERIFY(rivalOutbid.count() == 1 || rivalOutbid.wait(kWait));
        QTRY_VERIFY_WITH_TIMEOUT(detail.price() > rivalBid, kWait);
        QVERIFY(detail.leading());
        QTRY_COMPARE_WITH_TIMEOUT(detail.bids()->rowCount(), 3, kWait);
    }

    void buyNowSellsTheLot()
    {
        const auto server = demoServer();
        const qint64 lot = buyNowListing(*server);
        TraderApp first(server->port(), u"9700000001"_s);
        ListingDetail &detail = *first.app.trader()->detail();
        detail.open(lot);
        QTRY_VERIFY_WITH_TIMEOUT(detail.loaded(), kWait);
        QVERIFY(detail.buyNowAvailable());
        QCOMPARE(detail.buyNowPrice(), qint64(300'000));

        QSignalSpy done(&detail, &ListingDetail::actionFinished);
        detail.buyNow();
        QVERIFY(done.wait(kWait));
        QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
        // 300,000 paise/quintal × 1,000 kg = ₹30,000.
        QVERIFY(detail.resultMessage().contains(u"₹30,000"_s));
        QCOMPARE(detail.status(), u"sold"_s);
        QVERIFY(detail.isFinal());
        QVERIFY(!detail.buyNowAvailable());
        QCOMPARE(detail.outcome(), u"You won this lot at ₹3,000/quintal"_s);

        // The purchase shows up with the buyer's next step, and the buyer can take it.
        TransactionsModel &sales = *first.app.trader()->transactions();
        QTRY_COMPARE_WITH_TIMEOUT(sales.rowCount(), 1, kWait);
        QCOMPARE(sales.data(sales.index(0), TransactionsModel::NextStatusRole).toString(), u"confirmed"_s);
        QTRY_COMPARE_WITH_TIMEOUT(first.app.trader()->won()->rowCount(), 1, kWait);
        QSignalSpy acted(first.app.trader(), &TraderArea::actionFinished);
        first.app.trader()->advanceTransaction(sales.get(0).value(u"id"_s).toLongLong(), u"confirmed"_s);
        QVERIFY(acted.wait(kWait));
        QVERIFY(acted.first().at(0).toBool());
        QCOMPARE(sales.get(0).value(u"status"_s).toString(), u"confirmed"_s);
        QCOMPARE(sales.data(sales.index(0), TransactionsModel::NextStatusRole).toString(), u"paid"_s);
    }

    void watchlistAddsAndRemoves()
    {
        const auto server = demoServer();
        TraderApp first(server->port(), u"9700000001"_s);
        TraderArea &trader = *first.app.trader();
        const qint64 lot = first.listingWhere(ListingsModel::IdRole, [](const QVariant &) { return true; });
        trader.openListing(lot);
        QTRY_VERIFY_WITH_TIMEOUT(trader.detail()->loaded(), kWait);
        QVERIFY(!trader.detail()->saved());

        QSignalSpy acted(&trader, &TraderArea::actionFinished);
        trader.addToWatchlist(lot);
        QVERIFY(acted.wait(kWait));
        QVERIFY(acted.first().at(0).toBool());
        QTRY_COMPARE_WITH_TIMEOUT(trader.watchlist()->rowCount(), 1, kWait);
        QCOMPARE(trader.watchlist()->get(0).value(u"id"_s).toLongLong(), lot);
        QTRY_VERIFY_WITH_TIMEOUT(trader.detail()->saved(), kWait);

        trader.removeFromWatchlist(lot);
        QTRY_COMPARE_WITH_TIMEOUT(trader.watchlist()->rowCount(), 0, kWait);
        QVERIFY(!trader.detail()->saved());
    }

    void browseFiltersAndCropNames()
    {
        const auto server = demoServer();
        TraderApp first(server->port(), u"9700000001"_s);
        ListingsModel &listings = *first.app.listings();
        QCOMPARE(listings.rowCount(), 12);
        QSignalSpy refreshed(&listings, &ListingsModel::refreshed);
        listings.setStateName(u"rajasthan"_s);
        listings.setEndingWithinMinutes(130); // Kota's 2-hour lot, not Bikaner's 1-day one
        QVERIFY(refreshed.wait(kWait));
        QCOMPARE(refreshed.count(), 1); // two filters set together, one request
        QCOMPARE(listings.rowCount(), 1);
        QCOMPARE(listings.data(listings.index(0), ListingsModel::MandiRole).toString(), u"Kota"_s);

        listings.clearFilters();
        listings.setMinPrice(900'000); // tur ₹9,500 and turmeric ₹13,000
        QVERIFY(refreshed.wait(kWait));
        QCOMPARE(listings.rowCount(), 2);

        CropCatalog &catalog = *first.app.trader()->catalog();
        QTRY_VERIFY_WITH_TIMEOUT(catalog.ready(), kWait);
        const qint64 crop = listings.data(listings.index(0), ListingsModel::CropIdRole).toLongLong();
        const QString english = catalog.cropName(crop);
        QVERIFY(!english.isEmpty());
        QSignalSpy changed(&catalog, &CropCatalog::changed);
        first.app.language()->setCode(u"hi"_s);
        QCOMPARE(changed.count(), 1);
        const QString hindi = catalog.names().value(QString::number(crop)).toString();
        QVERIFY(hindi != english);
        QVERIFY(hindi.at(0).unicode() >= 0x0900 && hindi.at(0).unicode() <= 0x097F); // Devanagari
        QCOMPARE(catalog.crops(0).size(), catalog.names().size() + 1);
    }

    void rewatchesAfterAReconnect()
    {
        const auto server = demoServer();
        TraderApp first(server->port(), u"9700000001"_s);
        TraderApp second(server->port(), u"9700000002"_s);
        const qint64 lot =
            first.listingWhere(ListingsModel::BidCountRole, [](const QVariant &v) { return v.toInt() == 0; });
        ListingDetail &detail = *first.app.trader()->detail();
        detail.open(lot);
        QTRY_VERIFY_WITH_TIMEOUT(detail.loaded(), kWait);

        // Offline while the rival bids: no event can reach us, so only the re-watch can tell.
        first.app.connection().close();
        QTRY_VERIFY_WITH_TIMEOUT(!first.app.online(), kWait);
        ListingDetail &rival = *second.app.trader()->detail();
        rival.open(lot);
        QTRY_VERIFY_WITH_TIMEOUT(rival.loaded(), kWait);
        QSignalSpy rivalDone(&rival, &ListingDetail::actionFinished);
        const qint64 amount = rival.minimumBid();
        rival.placeBid(rival.minimumBidInput());
        QVERIFY(rivalDone.wait(kWait));
        QCOMPARE(detail.price(), qint64(0));

        first.app.start();
        QTRY_COMPARE_WITH_TIMEOUT(detail.price(), amount, kWait);
        QCOMPARE(detail.bids()->rowCount(), 1);
        // And it is watched again: the next bid arrives as an event.
        const qint64 next = rival.minimumBid();
        rival.placeBid(rival.minimumBidInput());
        QTRY_COMPARE_WITH_TIMEOUT(detail.price(), next, kWait);
        QTRY_COMPARE_WITH_TIMEOUT(detail.bids()->rowCount(), 2, kWait);
    }

private:
    /// A live lot with a Buy Now price of ₹3,000/quintal, 1,000 kg.
    static qint64 buyNowListing(test::TestServer &server)
    {
        auto &parts = server.parts();
        const auto farmer = parts.users.byLogin(*normalizePhone(u"9800000001"));
        server::ListingRecord listing;
        listing.sellerId = farmer->id;
        listing.createdBy = farmer->id;
        listing.cropId = parts.catalog.crops().first().id;
        listing.quantityKg = 1000;
        listing.mandi = u"Khanna"_s;
        listing.district = u"Ludhiana"_s;
        listing.state = u"Punjab"_s;
        listing.startingPrice = 200'000;
        listing.buyNowPrice = 300'000;
        listing.increments = parts.settings.value(u"bid_increments"_s).toArray();
        listing.durationMinutes = 60;
        listing.startsAt = server.clock().nowMs();
        listing.scheduledEndsAt = listing.startsAt + 60 * 60'000;
        const qint64 id =
            std::get<server::ListingRecord>(parts.market.create(listing, server::AuditActor::system())).id;
        for (const auto to : {server::ListingStatus::Scheduled, server::ListingStatus::Live}) {
            server::MarketCommand move {id, u"test.move"_s, server::AuditActor::system(),
                [to](server::Auction &a) { return a.moveTo(to); }, {}};
            test::waitFor(parts.market.apply(std::move(move)));
        }
        return id;
    }
};

QTEST_GUILESS_MAIN(TestTrader)
#include "tst_trader.moc"
