// SPDX-License-Identifier: GPL-3.0-or-later
// Two server processes on one database, one trader on each, bidding on the same listing at the same
// moments. The servers never accept conflicting bids: the ledger has one bid per sequence number,
// every accepted bid beats the one before, and every acknowledged bid is there.

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

class TestTwoServers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serversNeverAcceptConflictingBids()
    {
        TestDatabase database;
        QTemporaryDir dataDir;
        ServerProcess first(database.urlText(), dataDir.path());
        ServerProcess second(database.urlText(), dataDir.path());
        QCOMPARE(fixture::createAdmin(first), 0);
        QVERIFY2(first.start(), qPrintable(first.log()));
        QVERIFY2(second.start(), qPrintable(second.log()));

        TestClient admin, guest, farmer, traderA, traderB;
        for (TestClient *client : {&admin, &guest, &farmer, &traderA}) {
            QVERIFY(*test::waitFor(client->open(first.port())));
        }
        QVERIFY(*test::waitFor(traderB.open(second.port())));
        QVERIFY(fixture::login(admin, QString::fromLatin1(fixture::kAdminLogin),
            QString::fromLatin1(fixture::kAdminPassword), false));
        QVERIFY(fixture::disableReview(admin));
        // The second process re-reads settings on its own and announces what changed.
        QVERIFY(fixture::settingReaches(traderB, u"listing_review"_s, false));
        QVERIFY(fixture::registerAccount(guest, u"farmer"_s, u"9811111111"_s, u"4321"_s));
        QVERIFY(fixture::registerAccount(guest, u"trader"_s, u"9711111111"_s, u"trader-pass-a"_s));
        QVERIFY(fixture::registerAccount(guest, u"trader"_s, u"9722222222"_s, u"trader-pass-b"_s));
        QVERIFY(fixture::login(farmer, u"9811111111"_s, u"4321"_s, true));
        const qint64 a = fixture::login(traderA, u"9711111111"_s, u"trader-pass-a"_s, false);
        const qint64 b = fixture::login(traderB, u"9722222222"_s, u"trader-pass-b"_s, false);
        QVERIFY(a > 0 && b > 0);
        const qint64 listingId = fixture::createListing(farmer);
        QVERIFY(listingId > 0);
        QVERIFY(fixture::waitLive(traderA, listingId));
        QVERIFY(fixture::waitLive(traderB, listingId));

        // Each round both traders bid what their own server shows as the minimum, at the same
        // moment. At most one of each pair can win; the other is refused or lands above it.
        QList<AckedBid> acked;
        int refused = 0;
        for (int round = 0; round < 25; ++round) {
            const qint64 minimumA = fixture::minimumBid(traderA, listingId);
            const qint64 minimumB = fixture::minimumBid(traderB, listingId);
            QJsonObject bidA {{u"listing_id"_s, listingId}, {u"amount"_s, minimumA}};
            QJsonObject bidB {{u"listing_id"_s, listingId}, {u"amount"_s, minimumB}};
            auto sentA = traderA.request(u"bid.place"_s, bidA);
            auto sentB = traderB.request(u"bid.place"_s, bidB);
            const auto replyA = *test::waitFor(std::move(sentA));
            const auto replyB = *test::waitFor(std::move(sentB));
            for (const auto &[reply, bidder, amount] :
                {std::tuple {replyA, a, minimumA}, std::tuple {replyB, b, minimumB}}) {
                if (reply.ok()) {
                    acked.append(AckedBid {bidder, amount});
                } else {
                    QVERIFY2(
                        reply.error->code == ErrorCode::BidTooLow || reply.error->code == ErrorCode::Conflict,
                        qPrintable(errorCodeName(reply.error->code) + u": "_s + reply.error->message));
                    ++refused;
                }
            }
        }
        QVERIFY(acked.size() >= 25); // at least one bid of every round gets through
        QCOMPARE(first.terminate(), 0);
        QCOMPARE(second.terminate(), 0);

        const auto db = server::Database::open(database.url());
        server::ListingRepository listings(*db);
        const auto stored = listings.byId(listingId);
        const QList<server::LedgerEntry> ledger = listings.ledger(listingId);
        QCOMPARE(ledger.size(), acked.size());
        for (qsizetype i = 0; i < ledger.size(); ++i) {
            QCOMPARE(ledger.at(i).seq, qint64(i + 1));
            if (i > 0) {
                QVERIFY2(ledger.at(i).amount > ledger.at(i - 1).amount,
                    "an accepted bid did not beat the one before");
            }
        }
        for (const AckedBid &bid : std::as_const(acked)) {
            QVERIFY(std::any_of(ledger.cbegin(), ledger.cend(), [&](const server::LedgerEntry &e) {
                return e.bidderId == bid.bidderId && e.amount == bid.amount;
            }));
        }
        fixture::checkReplay(*stored, ledger);
        qInfo() << acked.size() << "bids accepted across two servers," << refused
                << "refused as stale or too low";
    }
};

QTEST_GUILESS_MAIN(TestTwoServers)
#include "tst_twoservers.moc"
