// SPDX-License-Identifier: GPL-3.0-or-later
#include "auctionscript.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace boli;
using namespace boli::server;
using namespace boli::test::script;

/// @brief The close: sold or unsold against the reserve, the seller's confirmation window, and the seller
/// accepting the highest bid early.
class TestAuctionClose : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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
        AuctionScript script(terms(reserve));
        QCOMPARE(script.runAll(steps, [&script] { return script.status(); }), statuses);
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
        AuctionScript script(terms(900));
        QCOMPARE(script.runAll(steps, [&script] { return script.status(); }), statuses);
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
        AuctionScript script(terms(reserve, sealed));
        QCOMPARE(script.runAll(steps, [&script] { return script.priceAndLeader() + u' ' + script.status(); }),
            outcomes);
    }
};

QTEST_GUILESS_MAIN(TestAuctionClose)
#include "tst_auctionclose.moc"
