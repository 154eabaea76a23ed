// SPDX-License-Identifier: GPL-3.0-or-later
#include "auctionscript.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace boli;
using namespace boli::server;
using namespace boli::test::script;

/// @brief What a bid must be to count: amounts and increments, who may bid and when, the reserve, the Buy
/// Now offer, and the sealed format.
class TestAuctionBids : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bidAmounts_data()
    {
        QTest::addColumn<qint64>("first"); // A's plain bid first, rupees; 0: none
        QTest::addColumn<qint64>("minimum"); // minimumBid() then
        QTest::addColumn<qint64>("amount"); // B's plain bid
        QTest::addColumn<QString>("error");
        QTest::newRow("opening below the starting price") << 0LL << 500LL << 499LL << u"bid_too_low"_s;
        QTest::newRow("opening at the starting price") << 0LL << 500LL << 500LL << QString();
        QTest::newRow("zero") << 0LL << 500LL << 0LL << u"invalid_value"_s;
        QTest::newRow("equal to the price") << 600LL << 610LL << 600LL << u"bid_too_low"_s;
        QTest::newRow("₹600: below + ₹10") << 600LL << 610LL << 609LL << u"bid_too_low"_s;
        QTest::newRow("₹600: at + ₹10") << 600LL << 610LL << 610LL << QString();
        QTest::newRow("₹995: below + ₹10") << 995LL << 1'005LL << 1'004LL << u"bid_too_low"_s;
        QTest::newRow("₹995: at + ₹10") << 995LL << 1'005LL << 1'005LL << QString();
        QTest::newRow("₹1,000: below + ₹25") << 1'000LL << 1'025LL << 1'024LL << u"bid_too_low"_s;
        QTest::newRow("₹1,000: at + ₹25") << 1'000LL << 1'025LL << 1'025LL << QString();
        QTest::newRow("₹5,000: below + ₹50") << 5'000LL << 5'050LL << 5'049LL << u"bid_too_low"_s;
        QTest::newRow("₹5,000: at + ₹50") << 5'000LL << 5'050LL << 5'050LL << QString();
        QTest::newRow("₹10,000: below + ₹100") << 10'000LL << 10'100LL << 10'099LL << u"bid_too_low"_s;
        QTest::newRow("₹10,000: at + ₹100") << 10'000LL << 10'100LL << 10'100LL << QString();
    }

    void bidAmounts()
    {
        QFETCH(qint64, first);
        QFETCH(qint64, minimum);
        QFETCH(qint64, amount);
        QFETCH(QString, error);
        AuctionScript script(terms());
        if (first > 0) {
            QCOMPARE(script.run(u"A bid %1"_s.arg(first), 0), QString());
        }
        QCOMPARE(script.auction.minimumBid(script.rules), rupees(minimum));
        QCOMPARE(script.run(u"B bid %1"_s.arg(amount), 1), error);
        QCOMPARE(script.auction.price(), rupees(error.isEmpty() ? amount : first));
        QCOMPARE(script.auction.bidCount(), (first > 0 ? 1 : 0) + (error.isEmpty() ? 1 : 0));
    }

    void whoAndWhen_data()
    {
        QTest::addColumn<ListingStatus>("status");
        QTest::addColumn<QString>("who");
        QTest::addColumn<qint64>("atMs"); // after T0
        QTest::addColumn<QString>("error");
        const qint64 end = kEnd - T0;
        QTest::newRow("seller on own listing")
            << ListingStatus::Live << u"S"_s << kMinute << u"own_listing"_s;
        QTest::newRow("1 ms before the start")
            << ListingStatus::Live << u"A"_s << -1LL << u"listing_not_live"_s;
        QTest::newRow("at the start") << ListingStatus::Live << u"A"_s << 0LL << QString();
        QTest::newRow("1 ms before the end") << ListingStatus::Live << u"A"_s << end - 1 << QString();
        QTest::newRow("at the end") << ListingStatus::Live << u"A"_s << end << u"auction_ended"_s;
        QTest::newRow("after the end")
            << ListingStatus::Live << u"A"_s << end + kMinute << u"auction_ended"_s;
        for (ListingStatus status : {ListingStatus::Draft, ListingStatus::PendingReview,
                 ListingStatus::Scheduled, ListingStatus::AwaitingConfirmation, ListingStatus::Sold,
                 ListingStatus::Unsold, ListingStatus::Cancelled}) {
            QTest::addRow("%s", qPrintable(listingStatusName(status)))
                << status << u"A"_s << kMinute << u"listing_not_live"_s;
        }
    }

    void whoAndWhen()
    {
        QFETCH(ListingStatus, status);
        QFETCH(QString, who);
        QFETCH(qint64, atMs);
        QFETCH(QString, error);
        const AuctionRules rules = defaultRules();
        Auction forBid(terms(), status);
        QCOMPARE(
            errorName(forBid.placeBid(BidRequest {bidder(who.at(0)), rupees(500), false}, T0 + atMs, rules)),
            error);
        QCOMPARE(forBid.hasBids(), error.isEmpty());
        // Buy Now answers to the same checks.
        Auction forBuyNow(terms(), status);
        QCOMPARE(errorName(forBuyNow.buyNow(bidder(who.at(0)), T0 + atMs, rules)), error);
    }

    void reserveMet_data()
    {
        QTest::addColumn<qint64>("reserve");
        QTest::addColumn<QStringList>("steps");
        QTest::addColumn<bool>("met");
        QTest::newRow("no reserve, no bid") << 0LL << QStringList {} << false;
        QTest::newRow("no reserve, a bid") << 0LL << QStringList {u"A bid 500"_s} << true;
        QTest::newRow("₹900: a bid below") << 900LL << QStringList {u"A bid 890"_s} << false;
        QTest::newRow("₹900: a bid at it") << 900LL << QStringList {u"A bid 900"_s} << true;
        QTest::newRow("₹900: a max above it") << 900LL << QStringList {u"A max 1200"_s} << true;
        QTest::newRow("₹900: a max below it") << 900LL << QStringList {u"A max 850"_s} << false;
        QTest::newRow("₹900: the leader raises to it")
            << 900LL << QStringList {u"A max 850"_s, u"A max 900"_s} << true;
        QTest::newRow("₹900: a contest reaches it")
            << 900LL << QStringList {u"A max 895"_s, u"B max 1000"_s} << true;
    }

    void reserveMet()
    {
        QFETCH(qint64, reserve);
        QFETCH(QStringList, steps);
        QFETCH(bool, met);
        AuctionScript script(terms(reserve));
        for (const QString &outcome : script.runAll(steps, [] { return QString(); })) {
            QCOMPARE(outcome, QString());
        }
        QCOMPARE(script.auction.reserveMet(), met);
        if (met && reserve > 0) {
            QVERIFY(script.auction.price() >= rupees(reserve));
        }
    }

    void buyNowOffer_data()
    {
        QTest::addColumn<qint64>("reserve");
        QTest::addColumn<qint64>("buyNowPrice"); // 0: none
        QTest::addColumn<bool>("sealed");
        QTest::addColumn<QStringList>("steps");
        QTest::addColumn<QString>("buyer");
        QTest::addColumn<bool>("available");
        QTest::addColumn<QString>("error");
        using L = QStringList;
        const QString unavailable = u"buy_now_unavailable"_s;
        QTest::newRow("before the first bid")
            << 0LL << 2'000LL << false << L {} << u"B"_s << true << QString();
        QTest::newRow("gone after the first bid")
            << 0LL << 2'000LL << false << L {u"A bid 500"_s} << u"B"_s << false << unavailable;
        QTest::newRow("reserve: offered while below it")
            << 900LL << 2'000LL << false << L {u"A bid 800"_s} << u"B"_s << true << QString();
        QTest::newRow("reserve: gone once met")
            << 900LL << 2'000LL << false << L {u"A bid 900"_s} << u"B"_s << false << unavailable;
        QTest::newRow("reserve: gone once a max meets it")
            << 900LL << 2'000LL << false << L {u"A max 1200"_s} << u"B"_s << false << unavailable;
        QTest::newRow("setting off") << 0LL << 2'000LL << false << L {u"buynow off"_s} << u"B"_s << false
                                     << unavailable;
        QTest::newRow("setting back on")
            << 0LL << 2'000LL << false << L {u"buynow off"_s, u"buynow on"_s} << u"B"_s << true << QString();
        QTest::newRow("no Buy Now price") << 0LL << 0LL << false << L {} << u"B"_s << false << unavailable;
        QTest::newRow("sealed") << 0LL << 2'000LL << true << L {} << u"B"_s << false << unavailable;
        QTest::newRow("the seller") << 0LL << 2'000LL << false << L {} << u"S"_s << true << u"own_listing"_s;
    }

    void buyNowOffer()
    {
        QFETCH(qint64, reserve);
        QFETCH(qint64, buyNowPrice);
        QFETCH(bool, sealed);
        QFETCH(QStringList, steps);
        QFETCH(QString, buyer);
        QFETCH(bool, available);
        QFETCH(QString, error);
        AuctionScript script(terms(reserve, sealed, buyNowPrice));
        script.runAll(steps, [] { return QString(); });
        QCOMPARE(script.auction.buyNowAvailable(script.rules), available);
        const std::optional<qint64> leaderBefore = script.auction.leaderId();
        const int countBefore = script.auction.bidCount();
        QCOMPARE(script.run(buyer + u" buynow @30:00"_s, 0), error);
        if (!error.isEmpty()) {
            QCOMPARE(script.status(), u"live"_s);
            QCOMPARE(script.auction.bidCount(), countBefore);
            return;
        }
        // Buying closes the listing as sold at once, at the Buy Now price.
        QCOMPARE(script.status(), u"sold"_s);
        QCOMPARE(script.priceAndLeader(), u"2000 B"_s);
        QCOMPARE(script.last.entries.size(), 1);
        const LedgerEntry &entry = script.last.entries.first();
        QCOMPARE(entry.seq, qint64(countBefore + 1));
        QCOMPARE(entry.kind, BidKind::BuyNow);
        QCOMPARE(entry.amount, rupees(2'000));
        QCOMPARE(listingStatusName(script.last.statusAfter), u"sold"_s);
        QCOMPARE(letter(script.last.outbidUserId), letter(leaderBefore));
        QCOMPARE(script.run(u"C bid 2500 @31:00"_s, 0), u"listing_not_live"_s);
        QCOMPARE(script.run(u"C buynow @31:00"_s, 0), u"listing_not_live"_s);
        QCOMPARE(script.run(u"close @60:00"_s, 0), u"listing_not_live"_s);
    }

    void sealed_data()
    {
        QTest::addColumn<qint64>("reserve");
        QTest::addColumn<QStringList>("steps");
        QTest::addColumn<QStringList>("after"); // the end after each bid (never extended), or the error
        QTest::addColumn<QString>("close"); // status, then winner and price when sold
        using L = QStringList;
        const QString end = u"60:00"_s;
        QTest::newRow("highest wins")
            << 0LL << L {u"A bid 800"_s, u"B bid 900"_s} << L {end, end} << u"sold B 900"_s;
        QTest::newRow("earliest on ties")
            << 0LL << L {u"A bid 900"_s, u"B bid 900"_s} << L {end, end} << u"sold A 900"_s;
        QTest::newRow("a lower bid is taken: bids are hidden")
            << 0LL << L {u"A bid 900"_s, u"B bid 600"_s} << L {end, end} << u"sold A 900"_s;
        QTest::newRow("raise own only upward")
            << 0LL << L {u"A bid 800"_s, u"A bid 800"_s, u"A bid 700"_s, u"A bid 850"_s}
            << L {end, u"bid_too_low"_s, u"bid_too_low"_s, end} << u"sold A 850"_s;
        QTest::newRow("raised to a tie: the earlier amount keeps it")
            << 0LL << L {u"A bid 800"_s, u"B bid 900"_s, u"A bid 900"_s} << L {end, end, end}
            << u"sold B 900"_s;
        QTest::newRow("below the starting price")
            << 0LL << L {u"A bid 499"_s} << L {u"bid_too_low"_s} << u"unsold"_s;
        QTest::newRow("proxy refused") << 0LL << L {u"A max 800"_s} << L {u"proxy_disabled"_s} << u"unsold"_s;
        QTest::newRow("no extension in the last second")
            << 0LL << L {u"A bid 800 @59:59"_s, u"B bid 900 @59:59.999"_s, u"C bid 950 @60:00"_s}
            << L {end, end, u"auction_ended"_s} << u"sold B 900"_s;
        QTest::newRow("reserve not met") << 1'000LL << L {u"A bid 900"_s} << L {end} << u"unsold"_s;
        QTest::newRow("reserve met") << 1'000LL << L {u"A bid 900"_s, u"B bid 1000"_s} << L {end, end}
                                     << u"sold B 1000"_s;
        QTest::newRow("seller") << 0LL << L {u"S bid 900"_s} << L {u"own_listing"_s} << u"unsold"_s;
    }

    void sealed()
    {
        QFETCH(qint64, reserve);
        QFETCH(QStringList, steps);
        QFETCH(QStringList, after);
        QFETCH(QString, close);
        AuctionScript script(terms(reserve, true));
        // Nothing of the contest leaks through what a bidder is told, and the end never moves.
        const auto quietEnd = [&script] {
            const bool quiet = !script.last.outbidUserId && !script.last.extended;
            return quiet ? clockText(script.auction.endsAt()) : u"leaked"_s;
        };
        QCOMPARE(script.runAll(steps, quietEnd), after);
        QCOMPARE(script.auction.minimumBid(script.rules), rupees(500));
        QVERIFY(!script.auction.buyNowAvailable(script.rules));
        QCOMPARE(script.run(u"S accept @59:00"_s, 0), u"invalid_transition"_s); // opened only at the close
        QCOMPARE(script.run(u"close @60:00"_s, 0), QString());
        const QString got = script.status() == u"sold"_s
            ? u"sold %1 %2"_s.arg(letter(script.auction.leaderId()))
                  .arg(script.auction.price() / kPaisePerRupee)
            : script.status();
        QCOMPARE(got, close);
    }
};

QTEST_GUILESS_MAIN(TestAuctionBids)
#include "tst_auctionbids.moc"
