// SPDX-License-Identifier: GPL-3.0-or-later
// Bidding on a live listing over the real WebSocket: refusals with their exact codes and no bid
// stored, outbid notices on every connection of the outbid trader, and a proxy answering a challenger.

#include "marketsession.h"
#include "waitfor.h"

#include <QJsonArray>
#include <QTest>

using namespace boli;
using namespace boli::test;
using namespace Qt::StringLiterals;

/// @brief Bids on a live listing: refusals, outbid notices and proxy answers, with the ledger they leave.
class TestMarketBidding : public MarketSession
{
    Q_OBJECT

private Q_SLOTS:
    void bidRefusals()
    {
        const qint64 id = liveListing(as(kFarmer));
        const qint64 firmListing = liveListing(as(kFirm));
        QVERIFY(id && firmListing);
        QCOMPARE(code(as(kTraderA), u"bid.place"_s, bid(id, 199'900)), u"bid_too_low"_s);
        QCOMPARE(code(as(kTraderA), u"bid.place"_s, bid(id, 0)), u"invalid_value"_s);
        QCOMPARE(code(as(kTraderA), u"bid.place"_s, ofListing(id)), u"missing_field"_s);
        QCOMPARE(code(as(kTraderA), u"bid.place"_s, bid(id + 100, 200'000)), u"listing_not_live"_s);
        QCOMPARE(code(as(kFarmer), u"bid.place"_s, bid(id, 200'000)), u"forbidden"_s);
        QCOMPARE(code(as(kFirm), u"bid.place"_s, bid(firmListing, 200'000)), u"own_listing"_s);
        QCOMPARE(code(as(kFirm), u"listing.buy_now"_s, ofListing(firmListing)), u"own_listing"_s);
        QCOMPARE(m_server->rowCount(u"bids"_s), 0);
        // A business seller also buys, on someone else's listing.
        QCOMPARE(code(as(kFirm), u"bid.place"_s, bid(id, 200'000)), u"ok"_s);
        QCOMPARE(m_server->rowCount(u"bids"_s), 1);
        QCOMPARE(stored(id)->price, 200'000);
    }

    void outbidReachesEveryConnection()
    {
        auto phone = connectAs(kTraderA);
        auto laptop = connectAs(kTraderA);
        QVERIFY(phone && laptop);
        const qint64 id = liveListing(as(kFarmer));
        QVERIFY(id);
        const auto first = call(*phone, u"bid.place"_s, bid(id, 200'000));
        QCOMPARE(codeOf(first), u"ok"_s);
        QCOMPARE(first.fields.value(u"leading"_s).toBool(), true);
        QCOMPARE(code(as(kTraderB), u"bid.place"_s, bid(id, 210'000)), u"ok"_s);
        for (TestClient *connection : {phone.get(), laptop.get()}) {
            const auto event = test::waitFor(connection->nextEvent(u"you.outbid"_s)).value_or(std::nullopt);
            QVERIFY(event);
            QCOMPARE(event->fields.value(u"listing_id"_s).toInteger(), id);
            QCOMPARE(event->fields.value(u"price"_s).toInteger(), 210'000);
            QCOMPARE(event->fields.value(u"minimum_bid"_s).toInteger(), 212'500);
        }
        QCOMPARE(kindsFor(m_traderA, id), QStringList {u"outbid"_s});
        QCOMPARE(kindsFor(m_traderB, id), QStringList {});
        QCOMPARE(ledgerRows(id), (QStringList {u"A 200000 manual"_s, u"B 210000 manual"_s}));
        QCOMPARE(stored(id)->leaderId.value_or(0), m_traderB);
    }

    void proxyAnswersChallenger()
    {
        const qint64 id = liveListing(as(kFarmer));
        QVERIFY(id);
        const auto maximum = call(as(kTraderA), u"bid.place"_s, bid(id, 230'000, true));
        QCOMPARE(codeOf(maximum), u"ok"_s);
        QCOMPARE(maximum.fields.value(u"your_maximum"_s).toInteger(), 230'000);
        QCOMPARE(listingOf(maximum).value(u"price"_s).toInteger(), 200'000);

        const auto challenge = call(as(kTraderB), u"bid.place"_s, bid(id, 210'000));
        QCOMPARE(codeOf(challenge), u"ok"_s);
        QCOMPARE(challenge.fields.value(u"leading"_s).toBool(), false);
        QCOMPARE(listingOf(challenge).value(u"price"_s).toInteger(), 212'500);
        const QJsonArray entries = challenge.fields.value(u"entries"_s).toArray();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).toObject().value(u"mine"_s).toBool(), true);
        QCOMPARE(entries.at(1).toObject().value(u"kind"_s).toString(), u"auto"_s);
        QCOMPARE(
            ledgerRows(id), (QStringList {u"A 200000 manual"_s, u"B 210000 manual"_s, u"A 212500 auto"_s}));
        const auto listing = stored(id);
        QCOMPARE(listing->price, 212'500);
        QCOMPARE(listing->leaderId.value_or(0), m_traderA);
        QCOMPARE(listing->bidCount, 3);
        // The challenger is told at once that the proxy outbid them.
        const auto event = test::waitFor(as(kTraderB).nextEvent(u"you.outbid"_s)).value_or(std::nullopt);
        QVERIFY(event);
        QCOMPARE(event->fields.value(u"price"_s).toInteger(), 212'500);
    }
};

QTEST_GUILESS_MAIN(TestMarketBidding)
#include "tst_marketbidding.moc"
