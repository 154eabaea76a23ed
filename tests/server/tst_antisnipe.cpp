// SPDX-License-Identifier: GPL-3.0-or-later
#include "auctionscript.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace boli;
using namespace boli::server;
using namespace boli::test::script;

/// @brief Anti-sniping: a late bid moves the end, up to the extension cap, under the setting of its moment.
class TestAntiSnipe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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
        AuctionScript script(terms());
        script.rules.antiSnipeMs = snipe * kSecond;
        script.rules.extensionCapMs = cap * kSecond;
        QCOMPARE(script.run(u"A bid 600 @01:00"_s, 0), QString());
        QCOMPARE(script.last.extended, false);
        QCOMPARE(script.run(u"B bid %1 @%2"_s.arg(amount).arg(clockText(kEnd - leftMs)), 1), error);
        QCOMPARE(clockText(script.auction.endsAt()), end);
        if (error.isEmpty()) {
            QCOMPARE(script.last.extended, extended);
            // The ledger row records the end it left behind.
            QCOMPARE(script.last.entries.last().endsAtMs, script.auction.endsAt());
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
        AuctionScript script(terms());
        const QStringList got = script.runAll(steps, [&script] {
            const QString end = clockText(script.auction.endsAt());
            return script.status() == u"live"_s ? end : end + u' ' + script.status();
        });
        QCOMPARE(got, ends);
    }
};

QTEST_GUILESS_MAIN(TestAntiSnipe)
#include "tst_antisnipe.moc"
