// SPDX-License-Identifier: GPL-3.0-or-later
// What the market tells people as time passes, over the real WebSocket: anti-sniping extensions and
// the close (sold, unsold, awaiting the farmer's answer) with its sale row and notifications.

#include "marketsession.h"

#include <QTest>

using namespace boli;
using namespace boli::test;
using namespace Qt::StringLiterals;

/// @brief Anti-sniping and the close as watchers, bidders and the seller see them.
class TestMarketClosing : public MarketSession
{
    Q_OBJECT
public:
    TestMarketClosing()
        : MarketSession(Review::Off)
    { }

private Q_SLOTS:
    void antiSnipingExtends()
    {
        const QJsonObject setting {{u"key"_s, u"anti_snipe_seconds"_s}, {u"value"_s, 20}};
        QCOMPARE(code(as(kAdmin), u"admin.settings.set"_s, setting), u"ok"_s);
        const qint64 id = liveListing(as(kFarmer), {{u"duration_minutes"_s, 15}});
        QVERIFY(id);
        // The bidder watches too: its events come before its reply on the one socket.
        QCOMPARE(code(as(kGuest), u"watch"_s, ofListing(id)), u"ok"_s);
        QCOMPARE(code(as(kTraderA), u"watch"_s, ofListing(id)), u"ok"_s);
        EventLog bidderLog(as(kTraderA));
        const qint64 end = stored(id)->endsAt;
        m_server->advanceClock(end - m_server->clock().nowMs() - 5'000);

        QCOMPARE(code(as(kTraderA), u"bid.place"_s, bid(id, 199'000)), u"bid_too_low"_s);
        QCOMPARE(bidderLog.named(u"listing.extended"_s).size(), 0);
        QCOMPARE(stored(id)->endsAt, end);

        const auto accepted = call(as(kTraderA), u"bid.place"_s, bid(id, 200'000));
        QCOMPARE(codeOf(accepted), u"ok"_s);
        QCOMPARE(bidderLog.named(u"listing.extended"_s).size(), 1);
        const auto ledger = m_server->parts().listings.ledger(id);
        QCOMPARE(ledger.size(), 1);
        const qint64 extendedTo = ledger.first().atMs + 20'000;
        QVERIFY(extendedTo > end);
        const auto event = nextEvent(as(kGuest), u"listing.extended"_s);
        QVERIFY(event);
        QCOMPARE(event->fields.value(u"listing_id"_s).toInteger(), id);
        QCOMPARE(event->fields.value(u"ends_at"_s).toInteger(), extendedTo);
        QCOMPARE(listingOf(accepted.fields).value(u"ends_at"_s).toInteger(), extendedTo);
        QCOMPARE(stored(id)->endsAt, extendedTo);
        QCOMPARE(ledger.first().endsAtMs, extendedTo);
        // The old end passes; the moved one holds the auction open.
        m_server->advanceClock(10'000);
        QTest::qWait(3 * server::Market::kTickMs);
        QCOMPARE(statusOf(id), u"live"_s);
    }

    void closing_data()
    {
        QTest::addColumn<qint64>("reserve");
        QTest::addColumn<bool>("bids");
        QTest::addColumn<int>("confirmMinutes");
        QTest::addColumn<QString>("answer");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QStringList>("winner");
        QTest::addColumn<QStringList>("loser");
        QTest::addColumn<QStringList>("seller");
        const QStringList won {u"won"_s}, lost {u"lost"_s}, beaten {u"outbid"_s, u"lost"_s};
        QTest::newRow("sold") << 0LL << true << 0 << QString() << u"sold"_s << won << beaten
                              << QStringList {u"sold"_s};
        QTest::newRow("below reserve") << 250'000LL << true << 0 << QString() << u"unsold"_s << lost << beaten
                                       << QStringList {u"unsold"_s};
        QTest::newRow("no bids") << 0LL << false << 0 << QString() << u"unsold"_s << QStringList()
                                 << QStringList() << QStringList {u"unsold"_s};
        QTest::newRow("farmer accepts") << 0LL << true << 5 << u"accept"_s << u"sold"_s << won << beaten
                                        << QStringList {u"confirm_required"_s, u"sold"_s};
        QTest::newRow("farmer rejects") << 0LL << true << 5 << u"reject"_s << u"unsold"_s << lost << beaten
                                        << QStringList {u"confirm_required"_s, u"unsold"_s};
        QTest::newRow("no answer") << 0LL << true << 5 << u"silence"_s << u"sold"_s << won << beaten
                                   << QStringList {u"confirm_required"_s, u"sold"_s};
    }

    void closing()
    {
        QFETCH(qint64, reserve);
        QFETCH(bool, bids);
        QFETCH(int, confirmMinutes);
        QFETCH(QString, answer);
        QFETCH(QString, status);
        setSetting(u"seller_confirmation_minutes"_s, confirmMinutes);
        const qint64 id =
            liveListing(as(kFarmer), reserve ? QJsonObject {{u"reserve_price"_s, reserve}} : QJsonObject());
        QVERIFY(id);
        QCOMPARE(code(as(kGuest), u"watch"_s, ofListing(id)), u"ok"_s);
        if (bids) {
            QCOMPARE(code(as(kTraderA), u"bid.place"_s, bid(id, 200'000)), u"ok"_s);
            QCOMPARE(code(as(kTraderB), u"bid.place"_s, bid(id, 205'000)), u"ok"_s);
        }

        // No wall-clock bound here (timings belong to the benchmark): the close comes from the
        // market's own tick (Market::kTickMs) once the server's clock passes the end.
        m_server->advanceClock(60 * kMinuteMs + 1'000);
        const auto closed = nextEvent(as(kGuest), u"listing.closed"_s);
        QVERIFY(closed);
        QVERIFY(closed->serverTimeMs >= listingOf(closed->fields).value(u"ends_at"_s).toInteger());
        const QString firstStatus = answer.isEmpty() ? status : u"awaiting_confirmation"_s;
        QCOMPARE(listingOf(closed->fields).value(u"status"_s).toString(), firstStatus);
        QCOMPARE(statusOf(id), firstStatus);

        if (answer == u"accept"_s || answer == u"reject"_s) {
            QJsonObject confirm {{u"listing_id"_s, id}, {u"accept"_s, answer == u"accept"_s}};
            if (answer == u"reject"_s) {
                QCOMPARE(code(as(kFarmer), u"listing.confirm"_s, confirm), u"missing_field"_s);
                confirm.insert(u"reason"_s, u"price too low for this grade"_s);
            }
            QCOMPARE(code(as(kTraderA), u"listing.confirm"_s, confirm), u"forbidden"_s);
            const auto answered = call(as(kFarmer), u"listing.confirm"_s, confirm);
            QCOMPARE(codeOf(answered), u"ok"_s);
            QCOMPARE(listingOf(answered.fields).value(u"status"_s).toString(), status);
        } else if (answer == u"silence"_s) {
            QVERIFY(stored(id)->confirmationDeadline);
            m_server->advanceClock(6 * kMinuteMs);
        }
        if (!answer.isEmpty()) {
            const auto final = nextEvent(as(kGuest), u"listing.closed"_s);
            QVERIFY(final);
            QCOMPARE(listingOf(final->fields).value(u"status"_s).toString(), status);
        }
        QVERIFY(waitStatus(id, status));
        QTest::qWait(3 * server::Market::kTickMs); // more ticks: nothing closes twice
        QCOMPARE(statusOf(id), status);
        QCOMPARE(m_server->rowCount(u"transactions"_s), status == u"sold"_s ? 1 : 0);
        if (status == u"sold"_s) {
            const auto sale = m_server->parts().sales.byListing(id);
            QVERIFY(sale);
            QCOMPARE(sale->buyerId, m_traderB);
            QCOMPARE(sale->pricePerQuintal, 205'000);
            QCOMPARE(sale->total, 205'000LL * 2500 / 100);
        }
        QTEST(kindsFor(m_traderB, id), "winner");
        QTEST(kindsFor(m_traderA, id), "loser");
        QTEST(kindsFor(m_farmer, id), "seller");
    }
};

QTEST_GUILESS_MAIN(TestMarketClosing)
#include "tst_marketclosing.moc"
