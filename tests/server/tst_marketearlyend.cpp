// SPDX-License-Identifier: GPL-3.0-or-later
// Ending a listing before its time over the real WebSocket: Buy Now until the first bid, the seller
// accepting the highest bid early, and cancelling — each with its sale row and notifications.

#include "marketsession.h"

#include <QJsonArray>
#include <QTest>

using namespace boli;
using namespace boli::test;
using namespace Qt::StringLiterals;

/// @brief Buy Now, accepting early and cancelling, with the sale and notifications each leaves.
class TestMarketEarlyEnd : public MarketSession
{
    Q_OBJECT

private Q_SLOTS:
    void buyNowUntilFirstBid()
    {
        const qint64 id = liveListing(as(kFarmer), {{u"buy_now_price"_s, 280'000}});
        const qint64 bidOn = liveListing(as(kFarmer), {{u"buy_now_price"_s, 280'000}});
        QVERIFY(id && bidOn);
        QVERIFY(listingOf(call(as(kTraderB), u"listing.get"_s, ofListing(id)))
                    .value(u"buy_now_available"_s)
                    .toBool());
        const auto first = call(as(kTraderA), u"bid.place"_s, bid(bidOn, 200'000));
        QCOMPARE(codeOf(first), u"ok"_s);
        QVERIFY(!listingOf(first).value(u"buy_now_available"_s).toBool());
        QCOMPARE(code(as(kTraderB), u"listing.buy_now"_s, ofListing(bidOn)), u"buy_now_unavailable"_s);
        QCOMPARE(statusOf(bidOn), u"live"_s);
        QCOMPARE(ledgerRows(bidOn), QStringList {u"A 200000 manual"_s});

        const auto bought = call(as(kTraderB), u"listing.buy_now"_s, ofListing(id));
        QCOMPARE(codeOf(bought), u"ok"_s);
        QCOMPARE(statusIn(bought), u"sold"_s);
        const qint64 total = 280'000LL * 2500 / 100;
        QCOMPARE(bought.fields.value(u"transaction"_s).toObject().value(u"total"_s).toInteger(), total);
        QCOMPARE(statusOf(id), u"sold"_s);
        QCOMPARE(m_server->rowCount(u"transactions"_s), 1);
        const auto sale = m_server->parts().sales.byListing(id);
        QVERIFY(sale);
        QCOMPARE(sale->buyerId, m_traderB);
        QCOMPARE(sale->sellerId, m_farmer);
        QCOMPARE(sale->pricePerQuintal, 280'000);
        QCOMPARE(sale->quantityKg, 2500);
        QCOMPARE(sale->total, total);
        QCOMPARE(ledgerRows(id), QStringList {u"B 280000 buy_now"_s});
        QCOMPARE(kindsFor(m_traderB, id), QStringList {u"won"_s});
        QCOMPARE(kindsFor(m_farmer, id), QStringList {u"sold"_s});
        QCOMPARE(code(as(kTraderA), u"bid.place"_s, bid(id, 300'000)), u"listing_not_live"_s);
        QCOMPARE(code(as(kTraderA), u"listing.buy_now"_s, ofListing(id)), u"listing_not_live"_s);
        QCOMPARE(m_server->rowCount(u"transactions"_s), 1);
    }

    void sellerAcceptsEarly()
    {
        const qint64 id = liveListing(as(kFarmer));
        QVERIFY(id);
        QCOMPARE(code(as(kFarmer), u"listing.accept"_s, ofListing(id)), u"not_found"_s);
        QCOMPARE(code(as(kTraderA), u"bid.place"_s, bid(id, 200'000)), u"ok"_s);
        QCOMPARE(code(as(kTraderB), u"bid.place"_s, bid(id, 205'000)), u"ok"_s);
        QCOMPARE(code(as(kTraderA), u"listing.accept"_s, ofListing(id)), u"forbidden"_s);

        const auto accepted = call(as(kFarmer), u"listing.accept"_s, ofListing(id));
        QCOMPARE(codeOf(accepted), u"ok"_s);
        QCOMPARE(statusIn(accepted), u"sold"_s);
        QCOMPARE(statusOf(id), u"sold"_s);
        const auto sale = m_server->parts().sales.byListing(id);
        QVERIFY(sale);
        QCOMPARE(sale->buyerId, m_traderB);
        QCOMPARE(sale->total, 205'000LL * 2500 / 100);
        QCOMPARE(m_server->rowCount(u"transactions"_s), 1);
        QCOMPARE(kindsFor(m_farmer, id), QStringList {u"sold"_s});
        QCOMPARE(kindsFor(m_traderB, id), QStringList {u"won"_s});
        QCOMPARE(kindsFor(m_traderA, id), (QStringList {u"outbid"_s, u"lost"_s}));
    }

    void cancelling()
    {
        const qint64 id = liveListing(as(kFarmer));
        const qint64 unbid = liveListing(as(kFarmer));
        QVERIFY(id && unbid);
        QCOMPARE(code(as(kTraderA), u"bid.place"_s, bid(id, 200'000)), u"ok"_s);
        QCOMPARE(code(as(kTraderA), u"listing.cancel"_s, ofListing(id)), u"forbidden"_s);
        QCOMPARE(code(as(kFarmer), u"listing.cancel"_s, ofListing(id)), u"listing_has_bids"_s);
        QCOMPARE(statusOf(id), u"live"_s);
        QCOMPARE(code(as(kAdmin), u"listing.cancel"_s, ofListing(id)), u"missing_field"_s);

        const QString reason = u"the lot failed the moisture test"_s;
        const auto cancelled =
            call(as(kAdmin), u"listing.cancel"_s, {{u"listing_id"_s, id}, {u"reason"_s, reason}});
        QCOMPARE(codeOf(cancelled), u"ok"_s);
        QCOMPARE(statusIn(cancelled), u"cancelled"_s);
        QCOMPARE(statusOf(id), u"cancelled"_s);
        QCOMPARE(stored(id)->statusReason, reason);
        QCOMPARE(kindsFor(m_traderA, id), QStringList {u"cancelled"_s});
        QCOMPARE(kindsFor(m_farmer, id), QStringList {u"cancelled"_s});
        QCOMPARE(m_server->rowCount(u"transactions"_s), 0);

        const auto withdrawn = call(as(kFarmer), u"listing.cancel"_s, ofListing(unbid));
        QCOMPARE(codeOf(withdrawn), u"ok"_s);
        QCOMPARE(statusOf(unbid), u"cancelled"_s);
        QCOMPARE(stored(unbid)->statusReason, u"withdrawn by the seller"_s);
        // docs/auction-rules.md "Cancelling": a final listing is never cancelled again.
        QCOMPARE(code(as(kAdmin), u"listing.cancel"_s, {{u"listing_id"_s, id}, {u"reason"_s, reason}}),
            u"invalid_transition"_s);
    }
};

QTEST_GUILESS_MAIN(TestMarketEarlyEnd)
#include "tst_marketearlyend.moc"
