// SPDX-License-Identifier: GPL-3.0-or-later
// The real server is killed with SIGKILL at random moments while traders bid and listings close,
// several times. Afterwards every bid it acknowledged is in the ledger, every ledger replays to its
// stored listing, and every listing closed exactly once or (still running) not at all: a sale it
// acknowledged is sold, a listing whose time ran out during the rounds is closed, and none has two
// closes or two sales.

#include "crashtraffic.h"
#include "engine/auction.h"
#include "market/listingrepository.h"
#include "marketfixture.h"
#include "serverprocess.h"
#include "storage/database.h"
#include "testdatabase.h"
#include "waitfor.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace boli;
using namespace boli::test;
using namespace Qt::StringLiterals;
namespace fixture = boli::test::marketfixture;

namespace {
constexpr int kRounds = 4;
/// Listings that end by time: one minute, the shortest length the admin allows here.
constexpr int kTimedListings = 2;
const QString kClosingOps = u"'listing.accept','listing.buy_now','listing.close'"_s;
} // namespace

class TestCrashDurability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acknowledgedWorkSurvivesSigkill()
    {
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("random seed %u", seed); // the kill moments; a failure names the seed
        QRandomGenerator random(seed);
        TestDatabase database;
        QTemporaryDir dataDir;
        ServerProcess server(database.urlText(), dataDir.path());
        QCOMPARE(fixture::createAdmin(server), 0);
        QVERIFY2(server.start(), qPrintable(server.log()));
        QVERIFY(setUpMarket(server.port()));

        QList<CrashTraffic::AckedBid> acked;
        QStringList ackedCloses; // "op:listing" the server acknowledged
        for (int round = 0; round < kRounds; ++round) {
            TestClient traderA;
            TestClient traderB;
            TestClient farmer;
            QVERIFY(*test::waitFor(traderA.open(server.port())));
            QVERIFY(*test::waitFor(traderB.open(server.port())));
            QVERIFY(*test::waitFor(farmer.open(server.port())));
            const qint64 a = fixture::login(traderA, u"9711111111"_s, u"trader-pass-a"_s, false);
            const qint64 b = fixture::login(traderB, u"9722222222"_s, u"trader-pass-b"_s, false);
            QVERIFY(a > 0 && b > 0 && fixture::login(farmer, u"9811111111"_s, u"4321"_s, true) > 0);
            // Bid first (acknowledged, kept), so the listing this round's farmer accepts has a bidder.
            const qint64 toAccept = m_acceptable.at(round);
            const auto first = fixture::bid(traderB, toAccept, fixture::minimumBid(traderB, toAccept));
            QVERIFY(first.ok());
            acked.append({toAccept, b, first.fields.value(u"your_maximum"_s).toInteger()});

            CrashTraffic aTraffic(traderA, a, acked);
            CrashTraffic bTraffic(traderB, b, acked);
            CrashTraffic farmerTraffic(farmer, 0, acked);
            aTraffic.bidContinuously(m_hot, fixture::minimumBid(traderA, m_hot));
            bTraffic.bidContinuously(m_hot, fixture::minimumBid(traderB, m_hot));
            for (const qint64 timed : std::as_const(m_timed)) {
                aTraffic.bidContinuously(timed, fixture::minimumBid(traderA, timed));
            }
            // A random moment into the bidding, a sale and a Buy Now, then the kill a random few
            // milliseconds later: sometimes before their commit, sometimes after.
            QTest::qWait(int(random.bounded(150, 1'200)));
            farmerTraffic.sendOnce(u"listing.accept"_s, toAccept);
            bTraffic.sendOnce(u"listing.buy_now"_s, m_buyNow.at(round));
            QTest::qWait(int(random.bounded(0, 40)));
            server.kill();
            QTest::qWait(100); // replies the server wrote before dying are still acknowledgements
            if (farmerTraffic.acknowledged(u"listing.accept"_s, toAccept)) {
                ackedCloses.append(u"listing.accept:%1"_s.arg(toAccept));
            }
            if (bTraffic.acknowledged(u"listing.buy_now"_s, m_buyNow.at(round))) {
                ackedCloses.append(u"listing.buy_now:%1"_s.arg(m_buyNow.at(round)));
            }
            QVERIFY2(server.start(), qPrintable(server.log()));
        }
        qInfo() << acked.size() << "bids and" << ackedCloses << "acknowledged over" << kRounds << "kills";

        // The one-minute listings end on the restarted server's tick, whatever the kills interrupted.
        TestClient observer;
        QVERIFY(*test::waitFor(observer.open(server.port())));
        for (const qint64 timed : std::as_const(m_timed)) {
            QVERIFY2(waitClosed(observer, timed), qPrintable(u"listing %1 never closed"_s.arg(timed)));
        }
        const auto hotView = *test::waitFor(observer.request(u"listing.get"_s, {{u"listing_id"_s, m_hot}}));
        QVERIFY(hotView.ok());
        QCOMPARE(server.terminate(), 0);

        const auto db = server::Database::open(database.url());
        checkLedgers(*db, acked);
        checkClosedOnce(*db, ackedCloses);
        const auto hot = server::ListingRepository(*db).byId(m_hot);
        QCOMPARE(hotView.fields.value(u"listing"_s).toObject().value(u"price"_s).toInteger(), hot->price);
    }

private:
    /// Every acknowledged bid is in its listing's ledger; every ledger is gapless and replays.
    void checkLedgers(const server::Database &db, const QList<CrashTraffic::AckedBid> &acked)
    {
        server::ListingRepository listings(db);
        for (const qint64 id : allListings()) {
            const auto stored = listings.byId(id);
            QVERIFY(stored);
            const QList<server::LedgerEntry> ledger = listings.ledger(id);
            for (qsizetype i = 0; i < ledger.size(); ++i) {
                QCOMPARE(ledger.at(i).seq, qint64(i + 1)); // no gaps, no duplicates
            }
            fixture::checkReplay(*stored, ledger);
            for (const CrashTraffic::AckedBid &bid : acked) {
                const bool found = bid.listingId != id
                    || std::any_of(ledger.cbegin(), ledger.cend(), [&](const server::LedgerEntry &e) {
                           return e.bidderId == bid.bidderId && e.maximum == bid.amount
                               && e.kind == server::BidKind::Manual;
                       });
                QVERIFY2(found,
                    qPrintable(
                        u"acknowledged bid %1 by %2 on listing %3 is not in the ledger"_s.arg(bid.amount)
                            .arg(bid.bidderId)
                            .arg(id)));
            }
        }
    }

    /// At most one close and one sale per listing; acknowledged and timed-out ones exactly one.
    void checkClosedOnce(const server::Database &db, const QStringList &ackedCloses)
    {
        server::ListingRepository listings(db);
        for (const qint64 id : allListings()) {
            const auto stored = listings.byId(id);
            const qint64 closes = count(db,
                u"SELECT COUNT(*) FROM audit_log WHERE target = :t AND op IN (%1)"_s.arg(kClosingOps),
                u"listing:%1"_s.arg(id));
            const qint64 sales = count(db, u"SELECT COUNT(*) FROM transactions WHERE listing_id = :t"_s, id);
            const bool live = stored->status == server::ListingStatus::Live;
            const QString what = u"listing %1 (%2): %3 closes, %4 sales"_s.arg(id)
                                     .arg(server::listingStatusName(stored->status))
                                     .arg(closes)
                                     .arg(sales);
            QVERIFY2(closes == (live ? 0 : 1), qPrintable(what));
            QVERIFY2(sales == (stored->status == server::ListingStatus::Sold ? 1 : 0), qPrintable(what));
            const bool acknowledged = ackedCloses.contains(u"listing.accept:%1"_s.arg(id))
                || ackedCloses.contains(u"listing.buy_now:%1"_s.arg(id));
            QVERIFY2(!acknowledged || stored->status == server::ListingStatus::Sold, qPrintable(what));
            QVERIFY2(!m_timed.contains(id) || !live, qPrintable(what));
        }
        QVERIFY(listings.byId(m_hot)->status == server::ListingStatus::Live);
    }

    static qint64 count(const server::Database &db, const QString &sql, const QVariant &key)
    {
        return server::SqlQuery(db, sql).bind(u":t"_s, key).scalar().toLongLong();
    }

    [[nodiscard]] QList<qint64> allListings() const
    {
        return QList<qint64> {m_hot} + m_acceptable + m_buyNow + m_timed;
    }

    static bool waitClosed(TestClient &client, qint64 listingId)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 120'000) {
            const auto reply =
                *test::waitFor(client.request(u"listing.get"_s, {{u"listing_id"_s, listingId}}));
            if (reply.fields.value(u"listing"_s).toObject().value(u"status"_s).toString() != u"live"_s) {
                return true;
            }
            QTest::qWait(250);
        }
        return false;
    }

    /// Review off and one-minute auctions allowed; a farmer, two traders; the farmer's listings: the
    /// hot one, one to accept and one to buy per round, and the one-minute ones. All live.
    bool setUpMarket(quint16 port)
    {
        TestClient admin;
        TestClient guest;
        TestClient farmer;
        if (!*test::waitFor(admin.open(port)) || !*test::waitFor(guest.open(port))
            || !*test::waitFor(farmer.open(port))) {
            return false;
        }
        const QJsonArray lengths {1, 60};
        if (fixture::login(admin, QString::fromLatin1(fixture::kAdminLogin),
                QString::fromLatin1(fixture::kAdminPassword), false)
                == 0
            || !fixture::disableReview(admin)
            || !test::waitFor(admin.request(u"admin.settings.set"_s,
                                  {{u"key"_s, u"auction_durations_minutes"_s}, {u"value"_s, lengths}}))
                    ->ok()
            || !fixture::registerAccount(guest, u"farmer"_s, u"9811111111"_s, u"4321"_s)
            || !fixture::registerAccount(guest, u"trader"_s, u"9711111111"_s, u"trader-pass-a"_s)
            || !fixture::registerAccount(guest, u"trader"_s, u"9722222222"_s, u"trader-pass-b"_s)
            || fixture::login(farmer, u"9811111111"_s, u"4321"_s, true) == 0) {
            return false;
        }
        m_hot = fixture::createListing(farmer);
        for (int round = 0; round < kRounds; ++round) {
            m_acceptable.append(fixture::createListing(farmer));
            m_buyNow.append(create(farmer, {{u"buy_now_price"_s, 900'000}}));
        }
        for (int n = 0; n < kTimedListings; ++n) {
            m_timed.append(create(farmer, {{u"duration_minutes"_s, 1}}));
        }
        const QList<qint64> all = allListings();
        return std::all_of(
            all.cbegin(), all.cend(), [&](qint64 id) { return id > 0 && fixture::waitLive(farmer, id); });
    }

    /// A listing like fixture::createListing's, with some terms changed; its id or 0.
    static qint64 create(TestClient &farmer, const QJsonObject &changes)
    {
        const auto catalog = *test::waitFor(farmer.request(u"catalog.list"_s));
        QJsonObject fields {{u"crop_id"_s, catalog.fields.value(u"categories"_s)[0][u"crops"_s][0][u"id"_s]},
            {u"quantity_kg"_s, 1000}, {u"mandi"_s, u"Khanna"_s}, {u"district"_s, u"Ludhiana"_s},
            {u"state"_s, u"Punjab"_s}, {u"starting_price"_s, 200'000}, {u"duration_minutes"_s, 60}};
        for (auto it = changes.begin(); it != changes.end(); ++it) {
            fields.insert(it.key(), it.value());
        }
        const auto reply = *test::waitFor(farmer.request(u"listing.create"_s, fields));
        return reply.ok() ? reply.fields.value(u"listing"_s)[u"id"_s].toInteger() : 0;
    }

    qint64 m_hot = 0;
    QList<qint64> m_acceptable;
    QList<qint64> m_buyNow;
    QList<qint64> m_timed;
};

QTEST_GUILESS_MAIN(TestCrashDurability)
#include "tst_crashdurability.moc"
