// SPDX-License-Identifier: GPL-3.0-or-later
// Watching a listing over the real WebSocket: the snapshot and since_seq, coalesced updates that
// never lose the final state, and sealed auctions that show nobody the bids until the close.

#include "marketsession.h"

#include <QJsonArray>
#include <QTest>

using namespace boli;
using namespace boli::test;
using namespace Qt::StringLiterals;

/// @brief What a watcher of a listing is shown: the snapshot, coalesced updates, and sealed bids kept hidden.
class TestMarketWatching : public MarketSession
{
    Q_OBJECT
public:
    TestMarketWatching()
        : MarketSession(Review::Off)
    { }

private Q_SLOTS:
    void watchShowsTheAuction()
    {
        const qint64 id = liveListing(as(kFarmer), {{u"reserve_price"_s, 205'000}});
        QVERIFY(id);
        QCOMPARE(code(as(kTraderA), u"bid.place"_s, bid(id, 200'000)), u"ok"_s);
        QCOMPARE(code(as(kTraderB), u"bid.place"_s, bid(id, 210'000)), u"ok"_s);

        const auto watched = call(as(kGuest), u"watch"_s, ofListing(id));
        QCOMPARE(codeOf(watched), u"ok"_s);
        const QJsonObject view = listingOf(watched.fields);
        const auto record = stored(id);
        QCOMPARE(view.value(u"listing_seq"_s).toInteger(), record->version);
        QCOMPARE(view.value(u"price"_s).toInteger(), 210'000);
        QCOMPARE(view.value(u"bid_count"_s).toInteger(), 2);
        QCOMPARE(view.value(u"ends_at"_s).toInteger(), record->endsAt);
        QCOMPARE(view.value(u"reserve_met"_s).toBool(), true);
        QCOMPARE(view.value(u"leader_alias"_s).toString(), u"Bidder 2"_s);
        QCOMPARE(view.value(u"minimum_bid"_s).toInteger(), 212'500);
        QVERIFY(!view.contains(u"reserve_price"_s));
        QCOMPARE(watched.fields.value(u"up_to_date"_s).toBool(), false);
        const QJsonArray bids = watched.fields.value(u"bids"_s).toArray();
        QCOMPARE(bids.size(), 2);
        QCOMPARE(bids.at(0).toObject().value(u"bidder"_s).toString(), u"Bidder 1"_s);
        QCOMPARE(bids.at(1).toObject().value(u"bidder"_s).toString(), u"Bidder 2"_s);
        QCOMPARE(bids.at(1).toObject().value(u"amount"_s).toInteger(), 210'000);

        const qint64 seq = view.value(u"listing_seq"_s).toInteger();
        const auto current = call(as(kGuest), u"watch"_s, {{u"listing_id"_s, id}, {u"since_seq"_s, seq}});
        QCOMPARE(current.fields.value(u"up_to_date"_s).toBool(), true);
        QCOMPARE(current.fields.value(u"bids"_s).toArray().size(), 0);
        const auto behind = call(as(kGuest), u"watch"_s, {{u"listing_id"_s, id}, {u"since_seq"_s, seq - 1}});
        QCOMPARE(behind.fields.value(u"up_to_date"_s).toBool(), false);
        QCOMPARE(behind.fields.value(u"bids"_s).toArray().size(), 2);
        QCOMPARE(code(as(kGuest), u"watch"_s, ofListing(id + 100)), u"not_found"_s);
    }

    void burstKeepsFinalState()
    {
        const qint64 id = liveListing(as(kFarmer));
        QVERIFY(id);
        QCOMPARE(code(as(kGuest), u"watch"_s, ofListing(id)), u"ok"_s);
        EventLog log(as(kGuest));
        // Frames sent back to back, without waiting for replies: the server takes them in together.
        constexpr int kBids = 40;
        for (int i = 0; i < kBids; ++i) {
            as(kTraderA).socket().sendTextMessage(QString::fromUtf8(
                protocol::encodeRequest(1'000 + i, u"bid.place"_s, bid(id, 200'000 + i * 2'500))));
        }
        const qint64 finalPrice = 200'000 + (kBids - 1) * 2'500;
        QTRY_COMPARE_WITH_TIMEOUT(stored(id)->bidCount, kBids, 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(!log.named(u"listing.updated"_s).isEmpty()
                && listingOf(log.named(u"listing.updated"_s).last()).value(u"bid_count"_s) == kBids,
            5'000);
        QTest::qWait(300);
        const QList<QJsonObject> updates = log.named(u"listing.updated"_s);
        QVERIFY(updates.size() <= kBids);
        const QJsonObject last = listingOf(updates.last());
        QCOMPARE(last.value(u"price"_s).toInteger(), finalPrice);
        QCOMPARE(last.value(u"bid_count"_s).toInteger(), kBids);
        QCOMPARE(last.value(u"listing_seq"_s).toInteger(), stored(id)->version);
        QCOMPARE(stored(id)->price, finalPrice);
        // bid.accepted is not coalesced: every row arrives once, in order.
        QList<qint64> seqs;
        for (const QJsonObject &accepted : log.named(u"bid.accepted"_s)) {
            for (const QJsonValue &row : accepted.value(u"bids"_s).toArray()) {
                seqs << row.toObject().value(u"seq"_s).toInteger();
            }
        }
        QCOMPARE(seqs.size(), kBids);
        for (int i = 0; i < kBids; ++i) {
            QCOMPARE(seqs.at(i), qint64(i + 1));
        }
    }

    void sealedHidesBids()
    {
        const qint64 id = liveListing(as(kFarmer), {{u"format"_s, u"sealed"_s}});
        QVERIFY(id);
        QCOMPARE(code(as(kGuest), u"watch"_s, ofListing(id)), u"ok"_s);
        EventLog log(as(kGuest));
        EventLog aLog(as(kTraderA));
        QList<protocol::Reply> replies {call(as(kTraderA), u"bid.place"_s, bid(id, 210'000)),
            call(as(kTraderB), u"bid.place"_s, bid(id, 225'000)),
            call(as(kTraderA), u"bid.place"_s, bid(id, 225'000)),
            call(as(kTraderC), u"bid.place"_s, bid(id, 205'000))};
        for (const protocol::Reply &reply : std::as_const(replies)) {
            QCOMPARE(codeOf(reply), u"ok"_s);
            QVERIFY(listingOf(reply.fields).value(u"price"_s).isNull());
            QVERIFY(!listingOf(reply.fields).contains(u"leader_alias"_s));
        }
        QCOMPARE(code(as(kTraderA), u"bid.place"_s, bid(id, 220'000)), u"bid_too_low"_s);
        QCOMPARE(code(as(kTraderC), u"bid.place"_s, bid(id, 240'000, true)), u"proxy_disabled"_s);
        QCOMPARE(code(as(kTraderB), u"listing.buy_now"_s, ofListing(id)), u"buy_now_unavailable"_s);
        QCOMPARE(code(as(kFarmer), u"listing.accept"_s, ofListing(id)), u"invalid_transition"_s);

        const auto seen = call(as(kGuest), u"listing.get"_s, ofListing(id));
        QVERIFY(listingOf(seen.fields).value(u"price"_s).isNull());
        QVERIFY(listingOf(seen.fields).value(u"reserve_met"_s).isNull());
        QVERIFY(!listingOf(seen.fields).contains(u"leader_alias"_s));
        QCOMPARE(seen.fields.value(u"bids"_s).toArray().size(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!log.named(u"listing.updated"_s).isEmpty()
                && listingOf(log.named(u"listing.updated"_s).last()).value(u"bid_count"_s) == 4,
            5'000);
        for (const QJsonObject &update : log.named(u"listing.updated"_s)) {
            QVERIFY(listingOf(update).value(u"price"_s).isNull());
            QVERIFY(!listingOf(update).contains(u"leader_alias"_s));
        }
        QCOMPARE(log.named(u"bid.accepted"_s).size(), 0);
        QCOMPARE(aLog.named(u"you.outbid"_s).size(), 0);
        QCOMPARE(kindsFor(m_traderA, id), QStringList());

        m_server->advanceClock(60 * kMinuteMs + 1'000);
        const auto closed = nextEvent(as(kGuest), u"listing.closed"_s);
        QVERIFY(closed);
        QCOMPARE(listingOf(closed->fields).value(u"status"_s).toString(), u"sold"_s);
        QCOMPARE(listingOf(closed->fields).value(u"price"_s).toInteger(), 225'000);
        const auto after = call(as(kGuest), u"listing.get"_s, ofListing(id));
        const QJsonArray bids = after.fields.value(u"bids"_s).toArray();
        QCOMPARE(bids.size(), 4);
        QCOMPARE(bids.at(1).toObject().value(u"amount"_s).toInteger(), 225'000);
        QCOMPARE(bids.at(1).toObject().value(u"kind"_s).toString(), u"sealed"_s);
        // Equal to A's raise, but placed earlier: B wins.
        QCOMPARE(m_server->parts().sales.byListing(id)->buyerId, m_traderB);
        // No reply may tell a sealed bidder whether someone bid more: the lowest bid hears what the
        // highest hears.
        QCOMPARE(replies.at(3).fields.value(u"leading"_s), replies.at(1).fields.value(u"leading"_s));
    }
};

QTEST_GUILESS_MAIN(TestMarketWatching)
#include "tst_marketwatching.moc"
