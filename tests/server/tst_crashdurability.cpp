// SPDX-License-Identifier: GPL-3.0-or-later
// The real server is killed with SIGKILL while traders bid, several times. Every bid it had
// acknowledged must be in the ledger afterwards, and the ledger must replay to the stored listing.

#include "engine/auction.h"
#include "market/listingrepository.h"
#include "marketfixture.h"
#include "serverprocess.h"
#include "storage/database.h"
#include "testdatabase.h"
#include "waitfor.h"

#include <QTemporaryDir>
#include <QTest>

using namespace boli;
using namespace boli::test;
using namespace Qt::StringLiterals;
namespace fixture = boli::test::marketfixture;

class TestCrashDurability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acknowledgedBidsSurviveSigkill()
    {
        TestDatabase database;
        QTemporaryDir dataDir;
        ServerProcess server(database.urlText(), dataDir.path());
        QCOMPARE(fixture::createAdmin(server), 0);
        QVERIFY2(server.start(), qPrintable(server.log()));

        const qint64 listingId = setUpMarket(server.port());
        QVERIFY(listingId > 0);

        QList<AckedBid> acked;
        constexpr int kRounds = 3;
        for (int round = 0; round < kRounds; ++round) {
            TestClient traderA;
            TestClient traderB;
            QVERIFY(*test::waitFor(traderA.open(server.port())));
            QVERIFY(*test::waitFor(traderB.open(server.port())));
            const qint64 a = fixture::login(traderA, u"9711111111"_s, u"trader-pass-a"_s, false);
            const qint64 b = fixture::login(traderB, u"9722222222"_s, u"trader-pass-b"_s, false);
            QVERIFY(a > 0 && b > 0);
            qint64 minimum = fixture::minimumBid(traderA, listingId);
            for (int i = 0; i < 12; ++i) {
                TestClient &trader = i % 2 ? traderB : traderA;
                const auto reply = fixture::bid(trader, listingId, minimum);
                QVERIFY2(reply.ok(), qPrintable(reply.error ? reply.error->message : u"?"_s));
                acked.append(AckedBid {i % 2 ? b : a, minimum});
                minimum = reply.fields.value(u"listing"_s).toObject().value(u"minimum_bid"_s).toInteger();
            }
            // Bids in flight, unanswered, when the process dies: they may or may not have landed.
            for (int i = 0; i < 6; ++i) {
                traderA.socket().sendTextMessage(
                    QString::fromUtf8(protocol::encodeRequest(1000 + i, u"bid.place"_s,
                        {{u"listing_id"_s, listingId}, {u"amount"_s, minimum + 100'000 * (i + 1)}})));
            }
            traderA.socket().flush();
            server.kill();
            QVERIFY2(server.start(), qPrintable(server.log()));
        }

        // The restarted server rebuilt the listing; its view agrees with the ledger.
        TestClient observer;
        QVERIFY(*test::waitFor(observer.open(server.port())));
        const auto view = *test::waitFor(observer.request(u"listing.get"_s, {{u"listing_id"_s, listingId}}));
        QVERIFY(view.ok());
        QCOMPARE(server.terminate(), 0);

        const auto db = server::Database::open(database.url());
        server::ListingRepository listings(*db);
        const auto stored = listings.byId(listingId);
        QVERIFY(stored);
        const QList<server::LedgerEntry> ledger = listings.ledger(listingId);
        for (const AckedBid &bid : std::as_const(acked)) {
            const bool found = std::any_of(ledger.cbegin(), ledger.cend(), [&](const server::LedgerEntry &e) {
                return e.bidderId == bid.bidderId && e.maximum == bid.amount
                    && e.kind == server::BidKind::Manual;
            });
            QVERIFY2(found,
                qPrintable(
                    u"acknowledged bid %1 by %2 is not in the ledger"_s.arg(bid.amount).arg(bid.bidderId)));
        }
        for (qsizetype i = 0; i < ledger.size(); ++i) {
            QCOMPARE(ledger.at(i).seq, qint64(i + 1)); // no gaps, no duplicates
        }
        fixture::checkReplay(*stored, ledger);
        QCOMPARE(view.fields.value(u"listing"_s).toObject().value(u"price"_s).toInteger(), stored->price);
        QVERIFY(ledger.size() >= acked.size());
    }

private:
    /// Admin switches review off; a farmer and two traders register; the farmer lists. The id.
    qint64 setUpMarket(quint16 port)
    {
        TestClient admin;
        TestClient guest;
        TestClient farmer;
        if (!*test::waitFor(admin.open(port)) || !*test::waitFor(guest.open(port))
            || !*test::waitFor(farmer.open(port))) {
            return 0;
        }
        if (fixture::login(admin, QString::fromLatin1(fixture::kAdminLogin),
                QString::fromLatin1(fixture::kAdminPassword), false)
                == 0
            || !fixture::disableReview(admin)
            || !fixture::registerAccount(guest, u"farmer"_s, u"9811111111"_s, u"4321"_s)
            || !fixture::registerAccount(guest, u"trader"_s, u"9711111111"_s, u"trader-pass-a"_s)
            || !fixture::registerAccount(guest, u"trader"_s, u"9722222222"_s, u"trader-pass-b"_s)
            || fixture::login(farmer, u"9811111111"_s, u"4321"_s, true) == 0) {
            return 0;
        }
        const qint64 id = fixture::createListing(farmer);
        return id > 0 && fixture::waitLive(farmer, id) ? id : 0;
    }
};

QTEST_GUILESS_MAIN(TestCrashDurability)
#include "tst_crashdurability.moc"
