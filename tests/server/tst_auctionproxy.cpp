// SPDX-License-Identifier: GPL-3.0-or-later
#include "auctionscript.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace boli;
using namespace boli::server;
using namespace boli::test::script;

namespace {

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

} // namespace

/// @brief Proxy bidding step by step with the exact ledger, the outbid notice, and bidder aliases.
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
        AuctionScript script(terms(reserve));
        script.runExpecting(steps, after);
        QCOMPARE(rows(script.ledger), ledger);
        QCOMPARE(script.auction.bidCount(), int(ledger.size()));
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
        AuctionScript script(terms());
        script.runExpecting(steps, {});
        QCOMPARE(letter(script.last.outbidUserId), outbid);
        QCOMPARE(script.last.priceBefore, rupees(priceBefore));
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
        AuctionScript script(terms());
        script.runExpecting(steps, {});
        QString got;
        for (QChar c : u"ABCD"_s) {
            got += QString::number(script.auction.bidderAlias(bidder(c)));
        }
        QCOMPARE(got, aliases);
        QCOMPARE(script.auction.bidderAlias(kSeller), 0);
    }
};

QTEST_GUILESS_MAIN(TestAuctionProxy)
#include "tst_auctionproxy.moc"
