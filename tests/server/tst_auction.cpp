// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/auction.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <functional>

using namespace Qt::StringLiterals;
using namespace boli;
using namespace boli::server;

Q_DECLARE_METATYPE(boli::server::ListingStatus)

namespace {
constexpr UtcMs T0 = 1'700'000'000'000;
constexpr qint64 kSecond = 1'000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kSeller = 1;
constexpr UtcMs kEnd = T0 + 60 * kMinute;

constexpr Paise rupees(qint64 r)
{
    return r * kPaisePerRupee;
}

/// The default bid_increments: ₹10 below ₹1,000, ₹25 to ₹5,000, ₹50 to ₹10,000, ₹100 above.
AuctionRules defaultRules()
{
    const QJsonArray bands {
        QJsonObject {{u"from"_s, 0}, {u"step"_s, 1'000}},
        QJsonObject {{u"from"_s, 100'000}, {u"step"_s, 2'500}},
        QJsonObject {{u"from"_s, 500'000}, {u"step"_s, 5'000}},
        QJsonObject {{u"from"_s, 1'000'000}, {u"step"_s, 10'000}},
    };
    AuctionRules rules;
    rules.increments = IncrementTable::fromJson(bands).value();
    return rules;
}

/// Live from T0 to T0 + 1 h, starting at ₹500 a quintal, Buy Now ₹2,000 unless told otherwise.
ListingTerms terms(qint64 reserveRupees = 0, bool sealed = false, qint64 buyNowRupees = 2'000)
{
    ListingTerms t;
    t.listingId = 7;
    t.sellerId = kSeller;
    t.format = sealed ? AuctionFormat::Sealed : AuctionFormat::Open;
    t.startingPrice = rupees(500);
    if (reserveRupees > 0) {
        t.reservePrice = rupees(reserveRupees);
    }
    if (buyNowRupees > 0) {
        t.buyNowPrice = rupees(buyNowRupees);
    }
    t.startsAt = T0;
    t.scheduledEndsAt = kEnd;
    return t;
}

// Bidders are letters in the tables: A = 11, B = 12, ...; S is the seller.
qint64 bidder(QChar letter)
{
    return letter == u'S' ? kSeller : 11 + (letter.unicode() - u'A');
}

QString letter(std::optional<qint64> id)
{
    return id ? QString(QChar(u'A' + int(*id - 11))) : u"-"_s;
}

QString errorName(const AuctionResult &result)
{
    const auto *error = std::get_if<Error>(&result);
    return error ? errorCodeName(error->code) : QString();
}

/// "mm:ss" (or "mm:ss.mmm") after T0.
QString clock(UtcMs at)
{
    const qint64 ms = at - T0;
    QString text =
        u"%1:%2"_s.arg(ms / kMinute, 2, 10, QChar(u'0')).arg(ms % kMinute / kSecond, 2, 10, QChar(u'0'));
    return ms % kSecond ? text + u".%1"_s.arg(ms % kSecond, 3, 10, QChar(u'0')) : text;
}

UtcMs parseClock(QStringView text)
{
    const auto parts = text.split(u':');
    const auto sec = parts.at(1).split(u'.');
    return T0 + parts.at(0).toLongLong() * kMinute + sec.at(0).toLongLong() * kSecond
        + (sec.size() > 1 ? sec.at(1).toLongLong() : 0);
}

/// @brief Runs a table's steps against one auction.
///
/// Commands: "A bid 600", "A max 800" (proxy), "B buynow", "S accept" (take the highest bid),
/// "S cancel", "S yes" / "S no" (answer the confirmation), "admin cancel", "close", "timeout",
/// "move <status>"; each at "@mm:ss[.mmm]" after T0, else at T0 + (i + 1) minutes. Switches:
/// "proxy|buynow on|off", "snipe|cap <seconds>", "confirm <minutes>".
struct Bench
{
    Auction auction;
    AuctionRules rules = defaultRules();
    AuctionChange last;

    explicit Bench(ListingTerms t, ListingStatus status = ListingStatus::Live)
        : auction(std::move(t), status)
    { }

    /// "-" for a switch, else the error name, or "" when accepted.
    QString run(const QString &step, int index)
    {
        QStringList w = step.split(u' ');
        const QString verb = w.value(1);
        if (w.at(0) == u"proxy"_s || w.at(0) == u"buynow"_s) {
            (w.at(0) == u"proxy"_s ? rules.proxyBidding : rules.buyNow) = verb == u"on"_s;
            return u"-"_s;
        }
        if (w.at(0) == u"snipe"_s || w.at(0) == u"cap"_s) {
            (w.at(0) == u"snipe"_s ? rules.antiSnipeMs : rules.extensionCapMs) = verb.toLongLong() * kSecond;
            return u"-"_s;
        }
        if (w.at(0) == u"confirm"_s) {
            rules.sellerConfirmationMs = verb.toLongLong() * kMinute;
            return u"-"_s;
        }
        UtcMs at = T0 + (index + 1) * kMinute;
        if (w.last().startsWith(u'@')) {
            at = parseClock(QStringView(w.takeLast()).mid(1));
        }
        const qint64 who = bidder(w.at(0).at(0));
        AuctionResult result = Error::of(ErrorCode::UnknownOp);
        if (w.at(0) == u"close"_s) {
            result = auction.close(at, rules);
        } else if (w.at(0) == u"timeout"_s) {
            result = auction.confirmationTimedOut(at);
        } else if (w.at(0) == u"move"_s) {
            result = auction.moveTo(listingStatusFromName(verb).value());
        } else if (w.at(0) == u"admin"_s) {
            result = auction.cancelByAdmin();
        } else if (verb == u"accept"_s) {
            result = auction.acceptHighest(who, at);
        } else if (verb == u"cancel"_s) {
            result = auction.cancelBySeller(who);
        } else if (verb == u"yes"_s || verb == u"no"_s) {
            result = auction.confirm(who, verb == u"yes"_s, at);
        } else if (verb == u"buynow"_s) {
            result = auction.buyNow(who, at, rules);
        } else {
            result =
                auction.placeBid(BidRequest {who, rupees(w.at(2).toLongLong()), verb == u"max"_s}, at, rules);
        }
        if (const auto *change = std::get_if<AuctionChange>(&result)) {
            last = *change;
        }
        return errorName(result);
    }

    /// Every step's outcome: "-" for a switch, the error name, or `show()` after an accepted command.
    QStringList runAll(const QStringList &steps, const std::function<QString()> &show)
    {
        QStringList out;
        for (qsizetype i = 0; i < steps.size(); ++i) {
            const QString outcome = run(steps.at(i), int(i));
            out << (outcome.isEmpty() ? show() : outcome);
        }
        return out;
    }

    [[nodiscard]] QString status() const { return listingStatusName(auction.status()); }
    [[nodiscard]] QString priceAndLeader() const
    {
        return u"%1 %2"_s.arg(auction.price() / kPaisePerRupee).arg(letter(auction.leaderId()));
    }
};
} // namespace

/// @brief The auction rules other than the proxy contest: amounts, who and when, reserve, Buy Now,
/// anti-sniping, sealed bids, the close, seller confirmation, accepting early and cancelling.
class TestAuction : public QObject
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
        Bench bench(terms());
        if (first > 0) {
            QCOMPARE(bench.run(u"A bid %1"_s.arg(first), 0), QString());
        }
        QCOMPARE(bench.auction.minimumBid(bench.rules), rupees(minimum));
        QCOMPARE(bench.run(u"B bid %1"_s.arg(amount), 1), error);
        QCOMPARE(bench.auction.price(), rupees(error.isEmpty() ? amount : first));
        QCOMPARE(bench.auction.bidCount(), (first > 0 ? 1 : 0) + (error.isEmpty() ? 1 : 0));
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
        Bench bench(terms(reserve));
        for (const QString &outcome : bench.runAll(steps, [] { return QString(); })) {
            QCOMPARE(outcome, QString());
        }
        QCOMPARE(bench.auction.reserveMet(), met);
        if (met && reserve > 0) {
            QVERIFY(bench.auction.price() >= rupees(reserve));
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
        Bench bench(terms(reserve, sealed, buyNowPrice));
        bench.runAll(steps, [] { return QString(); });
        QCOMPARE(bench.auction.buyNowAvailable(bench.rules), available);
        const std::optional<qint64> leaderBefore = bench.auction.leaderId();
        const int countBefore = bench.auction.bidCount();
        QCOMPARE(bench.run(buyer + u" buynow @30:00"_s, 0), error);
        if (!error.isEmpty()) {
            QCOMPARE(bench.status(), u"live"_s);
            QCOMPARE(bench.auction.bidCount(), countBefore);
            return;
        }
        // Buying closes the listing as sold at once, at the Buy Now price.
        QCOMPARE(bench.status(), u"sold"_s);
        QCOMPARE(bench.priceAndLeader(), u"2000 B"_s);
        QCOMPARE(bench.last.entries.size(), 1);
        const LedgerEntry &entry = bench.last.entries.first();
        QCOMPARE(entry.seq, qint64(countBefore + 1));
        QCOMPARE(entry.kind, BidKind::BuyNow);
        QCOMPARE(entry.amount, rupees(2'000));
        QCOMPARE(listingStatusName(bench.last.statusAfter), u"sold"_s);
        QCOMPARE(letter(bench.last.outbidUserId), letter(leaderBefore));
        QCOMPARE(bench.run(u"C bid 2500 @31:00"_s, 0), u"listing_not_live"_s);
        QCOMPARE(bench.run(u"C buynow @31:00"_s, 0), u"listing_not_live"_s);
        QCOMPARE(bench.run(u"close @60:00"_s, 0), u"listing_not_live"_s);
    }

    void antiSnipe_data()
    {
        QTest::addColumn<qint64>("snipe"); // seconds
        QTest::addColumn<qint64>("cap"); // seconds, 0: none
        QTest::addColumn<qint64>("leftMs"); // before the end when B bids
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("end"); // after B's bid
        QTest::addColumn<bool>("extended");
        QTest::newRow("31 s left") << 30LL << 0LL << 31'000LL << 700LL << QString() << u"60:00"_s << false;
        QTest::newRow("30 s + 1 ms left")
            << 30LL << 0LL << 30'001LL << 700LL << QString() << u"60:00"_s << false;
        // ≤ 30 s left moves the end to now + 30 s, which at exactly 30 s is where it already was.
        QTest::newRow("exactly 30 s left")
            << 30LL << 0LL << 30'000LL << 700LL << QString() << u"60:00"_s << false;
        QTest::newRow("30 s - 1 ms left")
            << 30LL << 0LL << 29'999LL << 700LL << QString() << u"60:00.001"_s << true;
        QTest::newRow("1 ms left") << 30LL << 0LL << 1LL << 700LL << QString() << u"60:29.999"_s << true;
        QTest::newRow("switched off") << 0LL << 0LL << 1LL << 700LL << QString() << u"60:00"_s << false;
        QTest::newRow("120 s") << 120LL << 0LL << 10'000LL << 700LL << QString() << u"61:50"_s << true;
        QTest::newRow("cap 20 s") << 30LL << 20LL << 1LL << 700LL << QString() << u"60:20"_s << true;
        QTest::newRow("rejected bid")
            << 30LL << 0LL << 1LL << 605LL << u"bid_too_low"_s << u"60:00"_s << false;
    }

    void antiSnipe()
    {
        QFETCH(qint64, snipe);
        QFETCH(qint64, cap);
        QFETCH(qint64, leftMs);
        QFETCH(qint64, amount);
        QFETCH(QString, error);
        QFETCH(QString, end);
        QFETCH(bool, extended);
        Bench bench(terms());
        bench.rules.antiSnipeMs = snipe * kSecond;
        bench.rules.extensionCapMs = cap * kSecond;
        QCOMPARE(bench.run(u"A bid 600 @01:00"_s, 0), QString());
        QCOMPARE(bench.last.extended, false);
        QCOMPARE(bench.run(u"B bid %1 @%2"_s.arg(amount).arg(clock(kEnd - leftMs)), 1), error);
        QCOMPARE(clock(bench.auction.endsAt()), end);
        if (error.isEmpty()) {
            QCOMPARE(bench.last.extended, extended);
            // The ledger row records the end it left behind.
            QCOMPARE(bench.last.entries.last().endsAtMs, bench.auction.endsAt());
        }
    }

    void antiSnipeScript_data()
    {
        QTest::addColumn<QStringList>("steps");
        QTest::addColumn<QStringList>("ends"); // the end after each step, or its error
        using L = QStringList;
        QTest::newRow("the extended end is used by the next check")
            << L {u"A bid 600 @59:50"_s, u"B bid 610 @60:10"_s, u"C bid 620 @60:40"_s, u"close @60:39.999"_s,
                   u"close @60:40"_s}
            << L {u"60:20"_s, u"60:40"_s, u"auction_ended"_s, u"invalid_transition"_s, u"60:40 sold"_s};
        QTest::newRow("a refused bid never extends")
            << L {u"proxy off"_s, u"A bid 600 @59:50"_s, u"B bid 605 @60:15"_s, u"B max 700 @60:16"_s,
                   u"S bid 700 @60:17"_s, u"C bid 610 @60:20"_s}
            << L {u"-"_s, u"60:20"_s, u"bid_too_low"_s, u"proxy_disabled"_s, u"own_listing"_s,
                   u"auction_ended"_s};
        QTest::newRow("no cap") << L {u"A bid 600 @59:50"_s, u"B bid 610 @60:10"_s, u"A bid 620 @60:30"_s,
            u"B bid 630 @60:50"_s, u"A bid 640 @61:00"_s}
                                << L {u"60:20"_s, u"60:40"_s, u"61:00"_s, u"61:20"_s, u"61:30"_s};
        QTest::newRow("cap 60 s") << L {u"cap 60"_s, u"A bid 600 @59:50"_s, u"B bid 610 @60:10"_s,
            u"A bid 620 @60:30"_s, u"B bid 630 @60:50"_s, u"A bid 640 @61:00"_s}
                                  << L {u"-"_s, u"60:20"_s, u"60:40"_s, u"61:00"_s, u"61:00"_s,
                                         u"auction_ended"_s};
        QTest::newRow("the setting changes between bids")
            << L {u"A bid 600 @59:50"_s, u"snipe 120"_s, u"B bid 610 @60:10"_s, u"snipe 0"_s,
                   u"A bid 620 @62:00"_s, u"snipe 30"_s, u"B bid 630 @62:05"_s}
            << L {u"60:20"_s, u"-"_s, u"62:10"_s, u"-"_s, u"62:10"_s, u"-"_s, u"62:35"_s};
        QTest::newRow("the cap changes between bids") << L {u"cap 30"_s, u"A bid 600 @59:50"_s,
            u"B bid 610 @60:10"_s, u"cap 0"_s,
            u"A bid 620 @60:20"_s} << L {u"-"_s, u"60:20"_s, u"60:30"_s, u"-"_s, u"60:50"_s};
        QTest::newRow("the leader's own raise is an accepted bid")
            << L {u"A max 800 @59:50"_s, u"A max 900 @60:15"_s} << L {u"60:20"_s, u"60:45"_s};
    }

    void antiSnipeScript()
    {
        QFETCH(QStringList, steps);
        QFETCH(QStringList, ends);
        Bench bench(terms());
        const QStringList got = bench.runAll(steps, [&bench] {
            const QString end = clock(bench.auction.endsAt());
            return bench.status() == u"live"_s ? end : end + u' ' + bench.status();
        });
        QCOMPARE(got, ends);
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
        Bench bench(terms(reserve, true));
        // Nothing of the contest leaks through what a bidder is told, and the end never moves.
        const auto quietEnd = [&bench] {
            const bool quiet = !bench.last.outbidUserId && !bench.last.extended;
            return quiet ? clock(bench.auction.endsAt()) : u"leaked"_s;
        };
        QCOMPARE(bench.runAll(steps, quietEnd), after);
        QCOMPARE(bench.auction.minimumBid(bench.rules), rupees(500));
        QVERIFY(!bench.auction.buyNowAvailable(bench.rules));
        QCOMPARE(bench.run(u"S accept @59:00"_s, 0), u"invalid_transition"_s); // opened only at the close
        QCOMPARE(bench.run(u"close @60:00"_s, 0), QString());
        const QString got = bench.status() == u"sold"_s
            ? u"sold %1 %2"_s.arg(letter(bench.auction.leaderId()))
                  .arg(bench.auction.price() / kPaisePerRupee)
            : bench.status();
        QCOMPARE(got, close);
    }

    void close_data()
    {
        QTest::addColumn<qint64>("reserve");
        QTest::addColumn<QStringList>("steps");
        QTest::addColumn<QStringList>("statuses"); // after each step, or its error
        using L = QStringList;
        QTest::newRow("no bids: unsold") << 0LL << L {u"close @60:00"_s} << L {u"unsold"_s};
        QTest::newRow("before the end")
            << 0LL << L {u"A bid 600"_s, u"close @59:59.999"_s} << L {u"live"_s, u"invalid_transition"_s};
        QTest::newRow("a bid, no reserve: sold")
            << 0LL << L {u"A bid 600"_s, u"close @60:00"_s} << L {u"live"_s, u"sold"_s};
        QTest::newRow("below the reserve: unsold")
            << 900LL << L {u"A bid 890"_s, u"close @60:00"_s} << L {u"live"_s, u"unsold"_s};
        QTest::newRow("at the reserve: sold")
            << 900LL << L {u"A bid 900"_s, u"close @60:00"_s} << L {u"live"_s, u"sold"_s};
        QTest::newRow("above the reserve: sold")
            << 900LL << L {u"A bid 950"_s, u"close @61:00"_s} << L {u"live"_s, u"sold"_s};
        QTest::newRow("confirmation on: awaiting")
            << 900LL << L {u"confirm 30"_s, u"A bid 950"_s, u"close @60:00"_s}
            << L {u"-"_s, u"live"_s, u"awaiting_confirmation"_s};
        QTest::newRow("confirmation on, below the reserve: unsold")
            << 900LL << L {u"confirm 30"_s, u"A bid 890"_s, u"close @60:00"_s}
            << L {u"-"_s, u"live"_s, u"unsold"_s};
        QTest::newRow("closing twice") << 0LL << L {u"A bid 600"_s, u"close @60:00"_s, u"close @60:01"_s}
                                       << L {u"live"_s, u"sold"_s, u"listing_not_live"_s};
        QTest::newRow("a bid after the close")
            << 0LL << L {u"close @60:00"_s, u"A bid 600 @59:00"_s} << L {u"unsold"_s, u"listing_not_live"_s};
    }

    void close()
    {
        QFETCH(qint64, reserve);
        QFETCH(QStringList, steps);
        QFETCH(QStringList, statuses);
        Bench bench(terms(reserve));
        QCOMPARE(bench.runAll(steps, [&bench] { return bench.status(); }), statuses);
    }

    void confirmation_data()
    {
        QTest::addColumn<QStringList>("steps");
        QTest::addColumn<QStringList>("statuses");
        // Reserve ₹900, a 30-minute window: closed at 60:00, answered by 90:00.
        const QStringList closed {u"confirm 30"_s, u"A bid 950"_s, u"close @60:00"_s};
        const QStringList waiting {u"-"_s, u"live"_s, u"awaiting_confirmation"_s};
        QTest::newRow("the farmer accepts")
            << closed + QStringList {u"S yes @70:00"_s} << waiting + QStringList {u"sold"_s};
        QTest::newRow("the farmer rejects")
            << closed + QStringList {u"S no @70:00"_s} << waiting + QStringList {u"unsold"_s};
        QTest::newRow("no answer: before the deadline, then at it")
            << closed + QStringList {u"timeout @89:59.999"_s, u"timeout @90:00"_s}
            << waiting + QStringList {u"invalid_transition"_s, u"sold"_s};
        QTest::newRow("an answer after the window is refused")
            << closed + QStringList {u"S no @90:00"_s, u"timeout @90:00"_s}
            << waiting + QStringList {u"invalid_transition"_s, u"sold"_s};
        QTest::newRow("a rejection just inside the window")
            << closed + QStringList {u"S no @89:59.999"_s} << waiting + QStringList {u"unsold"_s};
        QTest::newRow("someone else answers")
            << closed + QStringList {u"A yes @70:00"_s} << waiting + QStringList {u"forbidden"_s};
        QTest::newRow("the window runs from the close") << QStringList {u"confirm 30"_s, u"A bid 950"_s,
            u"close @65:00"_s, u"timeout @94:59"_s,
            u"timeout @95:00"_s} << waiting + QStringList {u"invalid_transition"_s, u"sold"_s};
        QTest::newRow("an admin cancels while waiting")
            << closed + QStringList {u"admin cancel"_s} << waiting + QStringList {u"cancelled"_s};
        QTest::newRow("an answer nobody asked for") << QStringList {u"A bid 950"_s, u"close @60:00"_s,
            u"S no @61:00"_s} << QStringList {u"live"_s, u"sold"_s, u"invalid_transition"_s};
        QTest::newRow("a timeout while still live") << QStringList {u"confirm 30"_s, u"A bid 950"_s,
            u"timeout @59:00"_s} << QStringList {u"-"_s, u"live"_s, u"invalid_transition"_s};
    }

    void confirmation()
    {
        QFETCH(QStringList, steps);
        QFETCH(QStringList, statuses);
        Bench bench(terms(900));
        QCOMPARE(bench.runAll(steps, [&bench] { return bench.status(); }), statuses);
    }

    void sellerAccept_data()
    {
        QTest::addColumn<qint64>("reserve");
        QTest::addColumn<bool>("sealed");
        QTest::addColumn<QStringList>("steps");
        QTest::addColumn<QStringList>("outcomes"); // price and leader after each step, or its error
        using L = QStringList;
        QTest::newRow("the seller takes the highest bid early")
            << 0LL << false << L {u"A max 800"_s, u"B max 700"_s, u"S accept @30:00"_s, u"C bid 900"_s}
            << L {u"500 A live"_s, u"710 A live"_s, u"710 A sold"_s, u"listing_not_live"_s};
        QTest::newRow("below the reserve: the seller's choice")
            << 900LL << false << L {u"A bid 600"_s, u"S accept"_s} << L {u"600 A live"_s, u"600 A sold"_s};
        QTest::newRow("with confirmation on: accepting is the confirmation")
            << 0LL << false << L {u"confirm 30"_s, u"A bid 600"_s, u"S accept"_s}
            << L {u"-"_s, u"600 A live"_s, u"600 A sold"_s};
        QTest::newRow("no bid") << 0LL << false << L {u"S accept"_s} << L {u"not_found"_s};
        QTest::newRow("someone else")
            << 0LL << false << L {u"A bid 600"_s, u"B accept"_s} << L {u"600 A live"_s, u"forbidden"_s};
        QTest::newRow("sealed") << 0LL << true << L {u"A bid 600"_s, u"S accept"_s}
                                << L {u"600 A live"_s, u"invalid_transition"_s};
        QTest::newRow("1 ms before the end") << 0LL << false << L {u"A bid 600"_s, u"S accept @59:59.999"_s}
                                             << L {u"600 A live"_s, u"600 A sold"_s};
        QTest::newRow("at the end: too late") << 0LL << false << L {u"A bid 600"_s, u"S accept @60:00"_s}
                                              << L {u"600 A live"_s, u"auction_ended"_s};
        QTest::newRow("after a Buy Now") << 0LL << false << L {u"A buynow"_s, u"S accept"_s}
                                         << L {u"2000 A sold"_s, u"listing_not_live"_s};
    }

    void sellerAccept()
    {
        QFETCH(qint64, reserve);
        QFETCH(bool, sealed);
        QFETCH(QStringList, steps);
        QFETCH(QStringList, outcomes);
        Bench bench(terms(reserve, sealed));
        QCOMPARE(bench.runAll(steps, [&bench] { return bench.priceAndLeader() + u' ' + bench.status(); }),
            outcomes);
    }

    void cancel_data()
    {
        QTest::addColumn<ListingStatus>("from");
        QTest::addColumn<QStringList>("steps");
        QTest::addColumn<QStringList>("statuses");
        using L = QStringList;
        const QString cancelled = u"cancelled"_s;
        for (ListingStatus from : {ListingStatus::Draft, ListingStatus::PendingReview,
                 ListingStatus::Scheduled, ListingStatus::Live}) {
            const QByteArray name = listingStatusName(from).toUtf8();
            QTest::addRow("seller withdraws: %s", name.constData())
                << from << L {u"S cancel"_s} << L {cancelled};
            QTest::addRow("admin cancels: %s", name.constData())
                << from << L {u"admin cancel"_s} << L {cancelled};
            QTest::addRow("someone else withdraws: %s", name.constData())
                << from << L {u"A cancel"_s} << L {u"forbidden"_s};
        }
        const ListingStatus live = ListingStatus::Live;
        QTest::newRow("seller, with a bid")
            << live << L {u"A bid 600"_s, u"S cancel"_s} << L {u"live"_s, u"listing_has_bids"_s};
        QTest::newRow("seller, after an unsold close")
            << live << L {u"close @60:00"_s, u"S cancel"_s} << L {u"unsold"_s, u"invalid_transition"_s};
        QTest::newRow("admin, with bids") << live << L {u"A bid 600"_s, u"B bid 700"_s, u"admin cancel"_s}
                                          << L {u"live"_s, u"live"_s, cancelled};
        QTest::newRow("admin, awaiting confirmation")
            << live << L {u"confirm 30"_s, u"A bid 600"_s, u"close @60:00"_s, u"admin cancel"_s}
            << L {u"-"_s, u"live"_s, u"awaiting_confirmation"_s, cancelled};
        QTest::newRow("admin, sold") << live << L {u"A bid 600"_s, u"close @60:00"_s, u"admin cancel"_s}
                                     << L {u"live"_s, u"sold"_s, u"invalid_transition"_s};
        QTest::newRow("admin, unsold")
            << live << L {u"close @60:00"_s, u"admin cancel"_s} << L {u"unsold"_s, u"invalid_transition"_s};
        QTest::newRow("admin, cancelled") << live << L {u"admin cancel"_s, u"admin cancel"_s, u"A bid 600"_s}
                                          << L {cancelled, u"invalid_transition"_s, u"listing_not_live"_s};
    }

    void cancel()
    {
        QFETCH(ListingStatus, from);
        QFETCH(QStringList, steps);
        QFETCH(QStringList, statuses);
        Bench bench(terms(), from);
        QCOMPARE(bench.runAll(steps, [&bench] { return bench.status(); }), statuses);
    }

    void lifeCycle_data()
    {
        QTest::addColumn<ListingStatus>("from");
        QTest::addColumn<QStringList>("steps");
        QTest::addColumn<QStringList>("statuses");
        using L = QStringList;
        const QString refused = u"invalid_transition"_s;
        QTest::newRow("with review") << ListingStatus::Draft
                                     << L {u"move pending_review"_s, u"move scheduled"_s, u"move live"_s}
                                     << L {u"pending_review"_s, u"scheduled"_s, u"live"_s};
        QTest::newRow("review off") << ListingStatus::Draft << L {u"move scheduled"_s} << L {u"scheduled"_s};
        QTest::newRow("draft to live")
            << ListingStatus::Draft << L {u"move live"_s, u"move draft"_s} << L {refused, refused};
        QTest::newRow("pending to live") << ListingStatus::PendingReview << L {u"move live"_s} << L {refused};
        QTest::newRow("scheduled back")
            << ListingStatus::Scheduled << L {u"move pending_review"_s, u"move draft"_s}
            << L {refused, refused};
        QTest::newRow("live back") << ListingStatus::Live << L {u"move scheduled"_s, u"move live"_s}
                                   << L {refused, refused};
        // Selling, closing and cancelling each have their own operation with its own checks.
        QTest::newRow("moveTo cannot end a listing")
            << ListingStatus::Live
            << L {u"move sold"_s, u"move unsold"_s, u"move cancelled"_s, u"move awaiting_confirmation"_s}
            << L {refused, refused, refused, refused};
        QTest::newRow("nothing leaves sold")
            << ListingStatus::Sold << L {u"move live"_s, u"close @60:00"_s, u"admin cancel"_s}
            << L {refused, u"listing_not_live"_s, refused};
    }

    void lifeCycle()
    {
        QFETCH(ListingStatus, from);
        QFETCH(QStringList, steps);
        QFETCH(QStringList, statuses);
        Bench bench(terms(), from);
        QCOMPARE(bench.runAll(steps, [&bench] { return bench.status(); }), statuses);
    }
};

QTEST_GUILESS_MAIN(TestAuction)
#include "tst_auction.moc"
