// SPDX-License-Identifier: GPL-3.0-or-later
#include "auctionscript.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace boli;
using namespace boli::server;
using namespace boli::test::script;

/// @brief Replaying a ledger: it rebuilds the auction exactly, and any tampering with it is refused.
class TestAuctionReplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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
        const ListingTerms t = terms(reserve, sealed);
        AuctionScript script(t);
        for (qsizetype i = 0; i < steps.size(); ++i) {
            const QString outcome = script.runPriced(steps.at(i), int(i));
            QVERIFY2(
                outcome == u"-"_s || outcome.contains(u' '), qPrintable(steps.at(i) + u": "_s + outcome));
        }
        // Replayed under today's switches, which differ from those the bids were placed under.
        Auction fresh(t, ListingStatus::Live);
        const std::optional<Error> error = fresh.replay(script.ledger, script.rules);
        QVERIFY2(!error, error ? qPrintable(error->message) : "");
        const Auction &a = script.auction;
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
        AuctionScript script(terms());
        script.runExpecting(
            {u"A max 800"_s, u"B max 700"_s, u"C max 900"_s}, {u"500 A"_s, u"710 A"_s, u"810 C"_s});
        QList<LedgerEntry> ledger = script.ledger;
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
        const std::optional<Error> error = fresh.replay(ledger, script.rules);
        QVERIFY(error);
        QCOMPARE(errorCodeName(error->code), u"conflict"_s);
        // The untouched ledger still replays.
        Auction clean(terms(), ListingStatus::Live);
        QVERIFY(!clean.replay(script.ledger, script.rules));
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
        const ListingTerms t = terms(0, sealed);
        AuctionScript script(t);
        script.runExpecting({u"A bid 800 @59:55"_s}, {u"800 A"_s});
        QList<LedgerEntry> ledger = script.ledger;
        ledger[0].endsAtMs += shiftMs;
        Auction fresh(t, ListingStatus::Live);
        QCOMPARE(!fresh.replay(ledger, script.rules), accepted);
    }

    void replayUnderADifferentIncrementTableFails()
    {
        AuctionScript script(terms());
        script.runExpecting({u"A max 800"_s, u"B max 700"_s}, {u"500 A"_s, u"710 A"_s});
        AuctionRules other = script.rules;
        other.increments = IncrementTable(rupees(5));
        Auction fresh(terms(), ListingStatus::Live);
        // The table is the listing's: replay must be given the one the bids were placed under.
        QVERIFY(fresh.replay(script.ledger, other));
    }
};

QTEST_GUILESS_MAIN(TestAuctionReplay)
#include "tst_auctionreplay.moc"
