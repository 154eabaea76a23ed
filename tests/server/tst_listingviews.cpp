// SPDX-License-Identifier: GPL-3.0-or-later
// Listing views over the real WebSocket (docs/protocol.md, "The listing figures object"): who counts,
// once, what costs no write, and that the count is stored and survives a restart.

#include "marketsession.h"

#include <QTest>

using namespace boli;
using namespace boli::test;
using namespace Qt::StringLiterals;

/// @brief A view is one viewer opening a listing's detail: counted once, stored, never the seller's.
class TestListingViews : public MarketSession
{
    Q_OBJECT

private:
    /// Rows stored for the listing (a view reaches the database one event-loop turn after its reply).
    qint64 storedViews(qint64 listingId)
    {
        return server::SqlQuery(
            *m_server->parts().database, u"SELECT COUNT(*) FROM listing_views WHERE listing_id = :l"_s)
            .bind(u":l"_s, listingId)
            .scalar()
            .toLongLong();
    }

    qint64 storedViewsBy(qint64 listingId, const QString &viewerKey)
    {
        return server::SqlQuery(*m_server->parts().database,
            u"SELECT COUNT(*) FROM listing_views WHERE listing_id = :l AND viewer_key = :v"_s)
            .bind(u":l"_s, listingId)
            .bind(u":v"_s, viewerKey)
            .scalar()
            .toLongLong();
    }

    /// The `views` figure the seller's analytics shows, or -1 when the op failed.
    qint64 analyticsViews(TestClient &seller, qint64 listingId)
    {
        const auto reply = call(seller, u"analytics.listing"_s, ofListing(listingId));
        if (!reply.ok()) {
            qWarning().noquote() << "analytics.listing answered" << codeOf(reply);
            return -1;
        }
        return reply.fields[u"analytics"_s][u"views"_s].toInteger(-1);
    }

    /// Opens the listing's detail both ways a client can.
    void look(TestClient &viewer, qint64 listingId)
    {
        QCOMPARE(code(viewer, u"listing.get"_s, ofListing(listingId)), u"ok"_s);
        QCOMPARE(code(viewer, u"watch"_s, ofListing(listingId)), u"ok"_s);
    }

private Q_SLOTS:
    void init()
    {
        MarketSession::init();
        // One stored mandi price, so the first analytics call does not load the shipped sample (966
        // rows) inside the request, which on a loaded machine outlasts the test client's timeout.
        server::PriceRow row;
        row.commodity = u"Wheat"_s;
        row.market = u"Indore"_s;
        row.district = u"Indore"_s;
        row.state = u"Madhya Pradesh"_s;
        row.arrivalDate = QDate(2026, 11, 1);
        row.minPrice = row.modalPrice = row.maxPrice = 200'000;
        server::Transaction transaction(*m_server->parts().database);
        m_server->parts().prices.prices().store({{m_wheat, row}}, u"import"_s, 0);
        transaction.commit();
    }

    void repeatViewsCountOnce()
    {
        const qint64 id = liveListing(as(kFarmer));
        QVERIFY(id);
        look(as(kTraderA), id);
        QTRY_COMPARE(storedViews(id), 1);
        QCOMPARE(analyticsViews(as(kFarmer), id), 1);

        // A repeat, also from another device of the same account, writes nothing at all.
        const qint64 writes = m_server->parts().commits.writes();
        look(as(kTraderA), id);
        const auto otherDevice = connectAs(kTraderA);
        QVERIFY(otherDevice);
        look(*otherDevice, id);
        QCOMPARE(m_server->parts().commits.writes(), writes);
        QCOMPARE(m_server->parts().commits.pending(), 0);

        look(as(kTraderB), id);
        QTRY_COMPARE(storedViews(id), 2);
        QCOMPARE(analyticsViews(as(kFarmer), id), 2);
        QCOMPARE(storedViewsBy(id, u"user:%1"_s.arg(m_traderA)), 1);
        QCOMPARE(m_server->parts().listingViews.remembered(), 2);
    }

    void sellerAndListingAgentAreNotCounted()
    {
        const qint64 id = liveListing(as(kAgent), {{u"farmer_id"_s, m_farmer}});
        QVERIFY(id);
        QCOMPARE(stored(id)->createdBy, m_agent);
        look(as(kFarmer), id);
        look(as(kAgent), id);
        look(as(kAdmin), id); // moderating, not buying
        look(as(kTraderA), id); // a marker: once it is stored, the looks before it were decided too
        QTRY_COMPARE(storedViews(id), 1);
        QCOMPARE(storedViewsBy(id, u"user:%1"_s.arg(m_traderA)), 1);
        QCOMPARE(analyticsViews(as(kAgent), id), 1);
    }

    void guestsCountOncePerConnection()
    {
        const qint64 id = liveListing(as(kFarmer));
        QVERIFY(id);
        look(as(kGuest), id);
        look(as(kGuest), id);
        QTRY_COMPARE(storedViews(id), 1);
        const auto second = connectAs();
        QVERIFY(second);
        look(*second, id);
        QTRY_COMPARE(storedViews(id), 2);
        {
            const auto third = connectAs();
            QVERIFY(third);
            look(*third, id);
        } // a new connection after this one closed is a new guest again
        const auto fourth = connectAs();
        QVERIFY(fourth);
        look(*fourth, id);
        QTRY_COMPARE(storedViews(id), 4);
        QCOMPARE(analyticsViews(as(kFarmer), id), 4);
    }

    void listingsInReviewOrEndedGatherNoViews()
    {
        // Review is on: the new listing waits for an admin, and only the admin and its seller see it.
        const auto created = call(as(kFarmer), u"listing.create"_s, form());
        QCOMPARE(statusIn(created), u"pending_review"_s);
        const qint64 pending = idOf(created);
        QCOMPARE(code(as(kAdmin), u"listing.get"_s, ofListing(pending)), u"ok"_s);
        QCOMPARE(code(as(kTraderA), u"listing.get"_s, ofListing(pending)), u"not_found"_s);

        const qint64 id = liveListing(as(kFarmer));
        QVERIFY(id);
        look(as(kTraderA), id);
        QTRY_COMPARE(storedViews(id), 1);
        QCOMPARE(m_server->parts().listingViews.remembered(), 1);
        m_server->advanceClock(2 * 60 * kMinuteMs);
        QVERIFY(waitStatus(id, u"unsold"_s));
        // Over: the count is final and the server no longer remembers who saw it (once the close's
        // commit is back on the loop thread, which may be just after the row says unsold).
        QTRY_COMPARE(m_server->parts().listingViews.remembered(), 0);
        const qint64 writes = m_server->parts().commits.writes();
        look(as(kTraderB), id);
        look(as(kGuest), id);
        QCOMPARE(m_server->parts().commits.writes(), writes);
        QCOMPARE(storedViews(id), 1);
        QCOMPARE(storedViews(pending), 0);
        QCOMPARE(analyticsViews(as(kFarmer), id), 1);
    }

    void viewsSurviveARestart()
    {
        const qint64 id = liveListing(as(kFarmer));
        QVERIFY(id);
        look(as(kTraderA), id);
        look(as(kGuest), id);
        QTRY_COMPARE(storedViews(id), 2);

        m_server->restart();
        const auto farmer = connectAs(kFarmer);
        QVERIFY(farmer);
        QCOMPARE(analyticsViews(*farmer, id), 2);
        // After the restart the server has forgotten who looked, but the database has not: trader A
        // stays one view. Trader B's view comes after it in the queue, so once B's is stored A's was
        // decided too.
        const auto traderA = connectAs(kTraderA);
        const auto traderB = connectAs(kTraderB);
        QVERIFY(traderA && traderB);
        look(*traderA, id);
        look(*traderB, id);
        QTRY_COMPARE(storedViews(id), 3);
        QCOMPARE(storedViewsBy(id, u"user:%1"_s.arg(m_traderA)), 1);
        QCOMPARE(analyticsViews(*farmer, id), 3);
    }
};

QTEST_GUILESS_MAIN(TestListingViews)
#include "tst_listingviews.moc"
