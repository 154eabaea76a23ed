// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/auction.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace boli;
using namespace boli::server;

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

/// Live from T0 to T0 + 1 h, starting at ₹500 a quintal.
ListingTerms terms(qint64 reserveRupees = 0, AuctionFormat format = AuctionFormat::Open)
{
    ListingTerms t;
    t.listingId = 7;
    t.sellerId = kSeller;
    t.format = format;
    t.startingPrice = rupees(500);
    if (reserveRupees > 0) {
        t.reservePrice = rupees(reserveRupees);
    }
    t.buyNowPrice = rupees(2'000);
    t.startsAt = T0;
    t.scheduledEndsAt = kEnd;
    return t;
}

// Bidders are letters in the tables: A = 11, B = 12, ...
qint64 bidder(QChar letter)
{
    return 11 + (letter.unicode() - u'A');
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

QString row(const LedgerEntry &e)
{
    return u"%1 %2 %3 %4"_s.arg(e.seq)
        .arg(letter(e.bidderId))
        .arg(e.amount / kPaisePerRupee)
        .arg(bidKindName(e.kind));
}

QStringList rows(const QList<LedgerEntry> &ledger)
{
    QStringList out;
    for (const LedgerEntry &e : ledger) {
        out << row(e);
    }
    return out;
}

/// @brief Runs the little step language of the tables against one auction and keeps its ledger.
///
/// "A max 800" (proxy maximum ₹800), "B bid 700" (plain bid), "C buynow", "A max 900 @59:45"
/// (at T0 + 59 min 45 s; otherwise step i runs at T0 + i + 1 minutes), and setting switches
/// "proxy off|on", "buynow off|on", "snipe <seconds>", "cap <seconds>".
struct Bench
{
    Auction auction;
    AuctionRules rules = defaultRules();
    QList<LedgerEntry> ledger;
    AuctionChange last;

    explicit Bench(ListingTerms t)
        : auction(std::move(t), ListingStatus::Live)
    { }

    /// "" for a setting switch, the error name for a refusal, else "<price> <leader>".
    QString run(const QString &step, int index)
    {
        const QStringList w = step.split(u' ');
        if (w.at(0) == u"proxy"_s || w.at(0) == u"buynow"_s) {
            (w.at(0) == u"proxy"_s ? rules.proxyBidding : rules.buyNow) = w.at(1) == u"on"_s;
            return u"-"_s;
        }
        if (w.at(0) == u"snipe"_s || w.at(0) == u"cap"_s) {
            (w.at(0) == u"snipe"_s ? rules.antiSnipeMs : rules.extensionCapMs) =
                w.at(1).toLongLong() * kSecond;
            return u"-"_s;
        }
        UtcMs at = T0 + (index + 1) * kMinute;
        if (w.last().startsWith(u'@')) {
            const QStringList mmss = w.last().mid(1).split(u':');
            at = T0 + mmss.at(0).toLongLong() * kMinute + mmss.at(1).toLongLong() * kSecond;
        }
        const qint64 who = bidder(w.at(0).at(0));
        const AuctionResult result = w.at(1) == u"buynow"_s
            ? auction.buyNow(who, at, rules)
            : auction.placeBid(
                BidRequest {who, rupees(w.at(2).toLongLong()), w.at(1) == u"max"_s}, at, rules);
        if (const auto *change = std::get_if<AuctionChange>(&result)) {
            last = *change;
            ledger.append(change->entries);
            return u"%1 %2"_s.arg(auction.price() / kPaisePerRupee).arg(letter(auction.leaderId()));
        }
        return errorName(result);
    }

    void runAll(const QStringList &steps, const QStringList &after)
    {
        for (qsizetype i = 0; i < steps.size(); ++i) {
            const QString outcome = run(steps.at(i), int(i));
            if (i < after.size()) {
                QVERIFY2(outcome == after.at(i),
                    qPrintable(u"step %1 \"%2\": got \"%3\", expected \"%4\""_s.arg(i + 1).arg(
                        steps.at(i), outcome, after.at(i))));
            }
        }
    }
};
} // namespace

/// @brief Proxy bidding step by step with the exact ledger; aliases; replaying a ledger.
class TestAuctionProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contest_data()
    {
        QTest::addColumn<qint64>("reserve"); // rupees, 0: none
        QTest::addColumn<QStringList>("steps");
        QTest::addColumn<QStringList>("after"); // "<price> <leader>" or the error, per step
        QTest::addColumn<QStringList>("ledger"); // "seq bidder rupees kind"

        using L = QStringList;
        QTest::newRow("opening max: price at the starting price")
            << 0LL << L {u"A max 800"_s} << L {u"500 A"_s} << L {u"1 A 500 manual"_s};
        QTest::newRow("opening plain bid: price at its amount")
            << 0LL << L {u"A bid 620"_s} << L {u"620 A"_s} << L {u"1 A 620 manual"_s};
        QTest::newRow("challenger below the max: leader answers one step above")
            << 0LL << L {u"A max 800"_s, u"B max 600"_s} << L {u"500 A"_s, u"610 A"_s}
            << L {u"1 A 500 manual"_s, u"2 B 600 manual"_s, u"3 A 610 auto"_s};
        QTest::newRow("challenger just below the max: answer capped at the max")
            << 0LL << L {u"A max 800"_s, u"B max 795"_s} << L {u"500 A"_s, u"800 A"_s}
            << L {u"1 A 500 manual"_s, u"2 B 795 manual"_s, u"3 A 800 auto"_s};
        QTest::newRow("challenger equal to the max: the earlier keeps it")
            << 0LL << L {u"A max 800"_s, u"B max 800"_s} << L {u"500 A"_s, u"800 A"_s}
            << L {u"1 A 500 manual"_s, u"2 B 800 manual"_s, u"3 A 800 auto"_s};
        QTest::newRow("challenger above the max: old max + one step")
            << 0LL << L {u"A max 800"_s, u"B max 1200"_s} << L {u"500 A"_s, u"810 B"_s}
            << L {u"1 A 500 manual"_s, u"2 A 800 auto"_s, u"3 B 810 manual"_s};
        QTest::newRow("challenger above the max: capped at the challenger's max")
            << 0LL << L {u"A max 800"_s, u"B max 805"_s} << L {u"500 A"_s, u"805 B"_s}
            << L {u"1 A 500 manual"_s, u"2 A 800 auto"_s, u"3 B 805 manual"_s};
        QTest::newRow("step of the band the beaten max is in (₹995 + ₹10)")
            << 0LL << L {u"A max 995"_s, u"B max 2000"_s} << L {u"500 A"_s, u"1005 B"_s}
            << L {u"1 A 500 manual"_s, u"2 A 995 auto"_s, u"3 B 1005 manual"_s};
        QTest::newRow("step of the band the beaten max is in (₹1,000 + ₹25)")
            << 0LL << L {u"A max 1000"_s, u"B max 2000"_s} << L {u"500 A"_s, u"1025 B"_s}
            << L {u"1 A 500 manual"_s, u"2 A 1000 auto"_s, u"3 B 1025 manual"_s};
        QTest::newRow("plain bids: the price is exactly the amount")
            << 0LL << L {u"A bid 600"_s, u"B bid 700"_s, u"A bid 1500"_s}
            << L {u"600 A"_s, u"700 B"_s, u"1500 A"_s}
            << L {u"1 A 600 manual"_s, u"2 B 700 manual"_s, u"3 A 1500 manual"_s};
        QTest::newRow("plain bid above a max: exactly the amount, not max + step")
            << 0LL << L {u"A max 800"_s, u"B bid 900"_s} << L {u"500 A"_s, u"900 B"_s}
            << L {u"1 A 500 manual"_s, u"2 A 800 auto"_s, u"3 B 900 manual"_s};
        QTest::newRow("plain bid below a max: the max answers")
            << 0LL << L {u"A max 800"_s, u"B bid 700"_s} << L {u"500 A"_s, u"710 A"_s}
            << L {u"1 A 500 manual"_s, u"2 B 700 manual"_s, u"3 A 710 auto"_s};
        QTest::newRow("max over a plain leader: no auto row, plain bid + step")
            << 0LL << L {u"A bid 600"_s, u"B max 900"_s} << L {u"600 A"_s, u"610 B"_s}
            << L {u"1 A 600 manual"_s, u"2 B 610 manual"_s};
        QTest::newRow("leader raises own max: price unchanged")
            << 0LL << L {u"A max 800"_s, u"B max 600"_s, u"A max 1500"_s}
            << L {u"500 A"_s, u"610 A"_s, u"610 A"_s}
            << L {u"1 A 500 manual"_s, u"2 B 600 manual"_s, u"3 A 610 auto"_s, u"4 A 610 manual"_s};
        QTest::newRow("leader raises after a tie: unchanged although above second + step")
            << 0LL << L {u"A max 800"_s, u"B max 800"_s, u"A max 1500"_s}
            << L {u"500 A"_s, u"800 A"_s, u"800 A"_s}
            << L {u"1 A 500 manual"_s, u"2 B 800 manual"_s, u"3 A 800 auto"_s, u"4 A 800 manual"_s};
        QTest::newRow("the raised max answers the next challenger")
            << 0LL << L {u"A max 800"_s, u"B max 600"_s, u"A max 1500"_s, u"C max 1000"_s}
            << L {u"500 A"_s, u"610 A"_s, u"610 A"_s, u"1025 A"_s}
            << L {u"1 A 500 manual"_s, u"2 B 600 manual"_s, u"3 A 610 auto"_s, u"4 A 610 manual"_s,
                   u"5 C 1000 manual"_s, u"6 A 1025 auto"_s};
        QTest::newRow("three bidders")
            << 0LL << L {u"A max 800"_s, u"B max 700"_s, u"C max 750"_s, u"C max 900"_s}
            << L {u"500 A"_s, u"710 A"_s, u"760 A"_s, u"810 C"_s}
            << L {u"1 A 500 manual"_s, u"2 B 700 manual"_s, u"3 A 710 auto"_s, u"4 C 750 manual"_s,
                   u"5 A 760 auto"_s, u"6 A 800 auto"_s, u"7 C 810 manual"_s};
        QTest::newRow("two challengers tie: the earlier keeps the lead")
            << 0LL << L {u"A max 700"_s, u"B max 900"_s, u"C max 900"_s}
            << L {u"500 A"_s, u"710 B"_s, u"900 B"_s}
            << L {u"1 A 500 manual"_s, u"2 A 700 auto"_s, u"3 B 710 manual"_s, u"4 C 900 manual"_s,
                   u"5 B 900 auto"_s};
        QTest::newRow("below the minimum") << 0LL << L {u"A max 800"_s, u"B max 505"_s}
                                           << L {u"500 A"_s, u"bid_too_low"_s} << L {u"1 A 500 manual"_s};
        QTest::newRow("leader lowers own max")
            << 0LL << L {u"A max 800"_s, u"A max 700"_s, u"A max 800"_s}
            << L {u"500 A"_s, u"bid_too_low"_s, u"bid_too_low"_s} << L {u"1 A 500 manual"_s};
        QTest::newRow("leader raise must still reach price + step")
            << 0LL << L {u"A bid 600"_s, u"A max 605"_s, u"A max 610"_s}
            << L {u"600 A"_s, u"bid_too_low"_s, u"600 A"_s} << L {u"1 A 600 manual"_s, u"2 A 600 manual"_s};
        QTest::newRow("leader's plain bid: price at exactly the amount")
            << 0LL << L {u"A bid 600"_s, u"A bid 800"_s, u"B bid 700"_s}
            << L {u"600 A"_s, u"800 A"_s, u"bid_too_low"_s} << L {u"1 A 600 manual"_s, u"2 A 800 manual"_s};
        QTest::newRow("leader with a max bids plain above it")
            << 0LL << L {u"A max 800"_s, u"B max 600"_s, u"A bid 900"_s, u"A bid 850"_s}
            << L {u"500 A"_s, u"610 A"_s, u"900 A"_s, u"bid_too_low"_s}
            << L {u"1 A 500 manual"_s, u"2 B 600 manual"_s, u"3 A 610 auto"_s, u"4 A 900 manual"_s};
        // Reserve ₹900
        QTest::newRow("reserve: opening max meeting it jumps to it")
            << 900LL << L {u"A max 1200"_s} << L {u"900 A"_s} << L {u"1 A 900 manual"_s};
        QTest::newRow("reserve: opening max below it")
            << 900LL << L {u"A max 800"_s} << L {u"500 A"_s} << L {u"1 A 500 manual"_s};
        QTest::newRow("reserve: leader raises to meet it")
            << 900LL << L {u"A max 800"_s, u"A max 950"_s} << L {u"500 A"_s, u"900 A"_s}
            << L {u"1 A 500 manual"_s, u"2 A 900 manual"_s};
        QTest::newRow("reserve: leader raises, still below it")
            << 900LL << L {u"A max 800"_s, u"A max 850"_s} << L {u"500 A"_s, u"500 A"_s}
            << L {u"1 A 500 manual"_s, u"2 A 500 manual"_s};
        QTest::newRow("reserve: challenger's max meets it")
            << 900LL << L {u"A max 800"_s, u"B max 1200"_s} << L {u"500 A"_s, u"900 B"_s}
            << L {u"1 A 500 manual"_s, u"2 A 800 auto"_s, u"3 B 900 manual"_s};
        QTest::newRow("reserve: challenger's max still below it")
            << 900LL << L {u"A max 800"_s, u"B max 850"_s} << L {u"500 A"_s, u"810 B"_s}
            << L {u"1 A 500 manual"_s, u"2 A 800 auto"_s, u"3 B 810 manual"_s};
        QTest::newRow("reserve: challenger below a max above it")
            << 900LL << L {u"A max 1200"_s, u"B max 950"_s} << L {u"900 A"_s, u"960 A"_s}
            << L {u"1 A 900 manual"_s, u"2 B 950 manual"_s, u"3 A 960 auto"_s};
        QTest::newRow("reserve: plain bid at it")
            << 900LL << L {u"A bid 900"_s} << L {u"900 A"_s} << L {u"1 A 900 manual"_s};
        // Proxy bidding switched off
        QTest::newRow("proxy off: a max is refused")
            << 0LL << L {u"proxy off"_s, u"A max 800"_s, u"A bid 600"_s}
            << L {u"-"_s, u"proxy_disabled"_s, u"600 A"_s} << L {u"1 A 600 manual"_s};
        QTest::newRow("proxy off: plain bids still work, the leader's too")
            << 0LL << L {u"proxy off"_s, u"A bid 600"_s, u"A bid 800"_s, u"B bid 700"_s, u"B bid 810"_s}
            << L {u"-"_s, u"600 A"_s, u"800 A"_s, u"bid_too_low"_s, u"810 B"_s}
            << L {u"1 A 600 manual"_s, u"2 A 800 manual"_s, u"3 B 810 manual"_s};
        QTest::newRow("proxy off later: a max set before still answers")
            << 0LL << L {u"A max 800"_s, u"proxy off"_s, u"B bid 700"_s, u"A max 900"_s}
            << L {u"500 A"_s, u"-"_s, u"710 A"_s, u"proxy_disabled"_s}
            << L {u"1 A 500 manual"_s, u"2 B 700 manual"_s, u"3 A 710 auto"_s};
    }

    void contest()
    {
        QFETCH(qint64, reserve);
        QFETCH(QStringList, steps);
        QFETCH(QStringList, after);
        QFETCH(QStringList, ledger);
        Bench bench(terms(reserve));
        bench.runAll(steps, after);
        QCOMPARE(rows(bench.ledger), ledger);
        QCOMPARE(bench.auction.bidCount(), int(ledger.size()));
    }

    void outbidNotice_data()
    {
        QTest::addColumn<QStringList>("steps");
        QTest::addColumn<QString>("outbid"); // who the last command told they were outbid
        QTest::addColumn<qint64>("priceBefore");
        QTest::newRow("first bid") << QStringList {u"A max 800"_s} << u"-"_s << 0LL;
        QTest::newRow("challenger takes the lead")
            << QStringList {u"A max 800"_s, u"B max 900"_s} << u"A"_s << 500LL;
        // A deliberate choice: the challenger whose bid is out-proxied at once is told so at once.
        QTest::newRow("challenger out-proxied at once")
            << QStringList {u"A max 800"_s, u"B max 700"_s} << u"B"_s << 500LL;
        QTest::newRow("leader raises")
            << QStringList {u"A max 800"_s, u"B max 700"_s, u"A max 900"_s} << u"-"_s << 710LL;
    }

    void outbidNotice()
    {
        QFETCH(QStringList, steps);
        QFETCH(QString, outbid);
        QFETCH(qint64, priceBefore);
        Bench bench(terms());
        bench.runAll(steps, {});
        QCOMPARE(letter(bench.last.outbidUserId), outbid);
        QCOMPARE(bench.last.priceBefore, rupees(priceBefore));
    }

    void aliases_data()
    {
        QTest::addColumn<QStringList>("steps");
        QTest::addColumn<QString>("aliases"); // bidders A..D, 0: never bid
        QTest::newRow("in order of first bid")
            << QStringList {u"B max 700"_s, u"A max 800"_s, u"C max 900"_s} << u"2130"_s;
        QTest::newRow("a second bid keeps the number")
            << QStringList {u"A bid 600"_s, u"B bid 700"_s, u"A bid 800"_s, u"D bid 900"_s} << u"1203"_s;
        QTest::newRow("auto rows add no number") << QStringList {u"C max 900"_s, u"A max 700"_s} << u"2010"_s;
        QTest::newRow("refused bids add no number")
            << QStringList {u"A max 800"_s, u"B max 501"_s} << u"1000"_s;
    }

    void aliases()
    {
        QFETCH(QStringList, steps);
        QFETCH(QString, aliases);
        Bench bench(terms());
        bench.runAll(steps, {});
        QString got;
        for (QChar c : u"ABCD"_s) {
            got += QString::number(bench.auction.bidderAlias(bidder(c)));
        }
        QCOMPARE(got, aliases);
        QCOMPARE(bench.auction.bidderAlias(kSeller), 0);
    }

    void replay_data()
    {
        QTest::addColumn<bool>("sealed");
        QTest::addColumn<qint64>("reserve");
        QTest::addColumn<QStringList>("steps");
        using L = QStringList;
        QTest::newRow("proxy contest")
            << false << 0LL
            << L {u"A max 800"_s, u"B max 700"_s, u"C max 750"_s, u"C max 900"_s, u"A bid 1500"_s};
        QTest::newRow("leader raises and reserve jump")
            << false << 900LL << L {u"A max 800"_s, u"B max 600"_s, u"A max 1200"_s, u"C max 1000"_s};
        QTest::newRow("anti-sniping, then the setting changes")
            << false << 0LL
            << L {u"A max 800 @59:40"_s, u"B max 900 @60:05"_s, u"snipe 120"_s, u"A bid 1000 @60:30"_s,
                   u"snipe 0"_s};
        QTest::newRow("extension cap, then the cap changes")
            << false << 0LL
            << L {u"cap 40"_s, u"A bid 600 @59:50"_s, u"B bid 700 @60:15"_s, u"A bid 800 @60:35"_s,
                   u"cap 0"_s};
        QTest::newRow("proxy then proxy switched off")
            << false << 0LL << L {u"A max 800"_s, u"B max 700"_s, u"proxy off"_s, u"B bid 900"_s};
        QTest::newRow("buy now then switched off") << false << 0LL << L {u"B buynow"_s, u"buynow off"_s};
        QTest::newRow("buy now below the reserve")
            << false << 1500LL << L {u"A max 800"_s, u"B buynow"_s, u"buynow off"_s, u"proxy off"_s};
        QTest::newRow("sealed") << true << 0LL
                                << L {u"A bid 800"_s, u"B bid 900"_s, u"A bid 950"_s, u"C bid 950"_s};
    }

    void replay()
    {
        QFETCH(bool, sealed);
        QFETCH(qint64, reserve);
        QFETCH(QStringList, steps);
        const ListingTerms t = terms(reserve, sealed ? AuctionFormat::Sealed : AuctionFormat::Open);
        Bench bench(t);
        for (qsizetype i = 0; i < steps.size(); ++i) {
            const QString outcome = bench.run(steps.at(i), int(i));
            QVERIFY2(
                outcome == u"-"_s || outcome.contains(u' '), qPrintable(steps.at(i) + u": "_s + outcome));
        }
        // Replayed under today's switches, which differ from those the bids were placed under.
        Auction fresh(t, ListingStatus::Live);
        const std::optional<Error> error = fresh.replay(bench.ledger, bench.rules);
        QVERIFY2(!error, error ? qPrintable(error->message) : "");
        const Auction &a = bench.auction;
        QCOMPARE(fresh.price(), a.price());
        QVERIFY(fresh.leaderId() == a.leaderId());
        QCOMPARE(fresh.bidCount(), a.bidCount());
        QCOMPARE(fresh.endsAt(), a.endsAt());
        QVERIFY(fresh.status() == a.status());
        QCOMPARE(fresh.reserveMet(), a.reserveMet());
        for (QChar c : u"ABCD"_s) {
            QCOMPARE(fresh.bidderAlias(bidder(c)), a.bidderAlias(bidder(c)));
            QVERIFY(fresh.maximumOf(bidder(c)) == a.maximumOf(bidder(c)));
        }
    }

    void replayDetectsTampering_data()
    {
        QTest::addColumn<QString>("tamper");
        // The ledger: 1 A 500 manual, 2 B 700 manual, 3 A 710 auto, 4 A 800 auto, 5 C 810 manual.
        // "end 4,5 +60": the end stored with rows 4 and 5 moved by 60 minutes.
        QTest::newRow("manual amount") << u"amount 2 +10"_s;
        QTest::newRow("auto amount") << u"amount 3 +10"_s;
        QTest::newRow("winning amount lowered") << u"amount 5 -10"_s;
        QTest::newRow("opening amount") << u"amount 1 +1"_s;
        QTest::newRow("auto row's bidder swapped") << u"bidder 3"_s;
        QTest::newRow("auto row dropped") << u"drop 3"_s;
        QTest::newRow("manual row dropped") << u"drop 2"_s;
        QTest::newRow("kind changed to auto") << u"kind 2"_s;
        QTest::newRow("time after the end") << u"late 5"_s;
        QTest::newRow("row added") << u"extra 0"_s;
        QTest::newRow("end moved back") << u"end 1 -1"_s;
        QTest::newRow("end pushed out an hour") << u"end 4,5 +60"_s;
        QTest::newRow("two ends in one command") << u"end 5 +1"_s;
    }

    void replayDetectsTampering()
    {
        QFETCH(QString, tamper);
        Bench bench(terms());
        bench.runAll({u"A max 800"_s, u"B max 700"_s, u"C max 900"_s}, {u"500 A"_s, u"710 A"_s, u"810 C"_s});
        QList<LedgerEntry> ledger = bench.ledger;
        QCOMPARE(ledger.size(), 5);
        const QStringList w = tamper.split(u' ');
        const qsizetype i = w.at(1).toInt() - 1;
        if (w.at(0) == u"amount"_s) {
            ledger[i].amount += rupees(w.at(2).toLongLong());
        } else if (w.at(0) == u"bidder"_s) {
            ledger[i].bidderId = bidder(u'D');
        } else if (w.at(0) == u"drop"_s) {
            ledger.removeAt(i);
        } else if (w.at(0) == u"kind"_s) {
            ledger[i].kind = BidKind::Auto;
        } else if (w.at(0) == u"end"_s) {
            for (const QString &n : w.at(1).split(u',')) {
                ledger[n.toInt() - 1].endsAtMs += w.at(2).toLongLong() * kMinute;
            }
        } else if (w.at(0) == u"late"_s) {
            ledger[i].atMs = kEnd + kMinute;
        } else {
            LedgerEntry extra = ledger.last();
            extra.seq += 1;
            ledger.append(extra);
        }
        Auction fresh(terms(), ListingStatus::Live);
        const std::optional<Error> error = fresh.replay(ledger, bench.rules);
        QVERIFY(error);
        QCOMPARE(errorCodeName(error->code), u"conflict"_s);
        // The untouched ledger still replays.
        Auction clean(terms(), ListingStatus::Live);
        QVERIFY(!clean.replay(bench.ledger, bench.rules));
    }

    void replayChecksTheStoredEnd_data()
    {
        QTest::addColumn<bool>("sealed");
        QTest::addColumn<qint64>("shiftMs");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("sealed, as stored") << true << 0LL << true;
        QTest::newRow("sealed, end moved 10 s") << true << 10 * kSecond << false;
        QTest::newRow("open, end moved 10 s by a bid 5 s before it") << false << 10 * kSecond << true;
    }

    void replayChecksTheStoredEnd()
    {
        QFETCH(bool, sealed);
        QFETCH(qint64, shiftMs);
        QFETCH(bool, accepted);
        const ListingTerms t = terms(0, sealed ? AuctionFormat::Sealed : AuctionFormat::Open);
        Bench bench(t);
        bench.runAll({u"A bid 800 @59:55"_s}, {u"800 A"_s});
        QList<LedgerEntry> ledger = bench.ledger;
        ledger[0].endsAtMs += shiftMs;
        Auction fresh(t, ListingStatus::Live);
        QCOMPARE(!fresh.replay(ledger, bench.rules), accepted);
    }

    void replayUnderADifferentIncrementTableFails()
    {
        Bench bench(terms());
        bench.runAll({u"A max 800"_s, u"B max 700"_s}, {u"500 A"_s, u"710 A"_s});
        AuctionRules other = bench.rules;
        other.increments = IncrementTable(rupees(5));
        Auction fresh(terms(), ListingStatus::Live);
        // The table is the listing's: replay must be given the one the bids were placed under.
        QVERIFY(fresh.replay(bench.ledger, other));
    }
};

QTEST_GUILESS_MAIN(TestAuctionProxy)
#include "tst_auctionproxy.moc"
