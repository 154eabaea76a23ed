// SPDX-License-Identifier: GPL-3.0-or-later
// Many traders bidding on one listing at once over real WebSockets, each as fast as it can: every
// acknowledged bid is in the ledger, prices only rise in commit order, there is one leader, the
// stored state replays from the ledger, and a watcher's last update is the final state.

#include "audit/auditverifier.h"
#include "marketsession.h"
#include "waitfor.h"

#include <QJsonArray>
#include <QTest>

#include <algorithm>
#include <map>

using namespace boli;
using namespace boli::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int kTraders = 12;
constexpr int kBidsEach = 20;
constexpr qint64 kStartingPrice = 200'000;

/// One bid as a trader sent it and what the server answered.
struct SentBid
{
    qint64 bidderId = 0;
    qint64 amount = 0;
    QString code;
    QJsonObject reply;

    /// The seq of the row this bid wrote (a plain bid writes exactly one, its own).
    [[nodiscard]] qint64 seq() const
    {
        const QJsonArray entries = reply.value(u"entries"_s).toArray();
        return entries.size() == 1 ? entries.first().toObject().value(u"seq"_s).toInteger() : -1;
    }
};

/// A trader bidding `count` times, each time the minimum_bid it last saw; after a refusal it looks
/// the listing up again. Tasks are named before they are awaited (GCC 12, see architecture.md).
QCoro::Task<> bidAsFastAsPossible(
    TestClient *client, qint64 bidderId, qint64 listingId, int count, QList<SentBid> *sent)
{
    qint64 minimum = kStartingPrice;
    for (int i = 0; i < count; ++i) {
        QJsonObject fields {{u"listing_id"_s, listingId}, {u"amount"_s, minimum}};
        auto bidding = client->request(u"bid.place"_s, std::move(fields));
        const protocol::Reply reply = co_await bidding;
        sent->append(SentBid {bidderId, minimum, codeOf(reply), reply.fields});
        if (reply.ok()) {
            minimum = listingOf(reply.fields).value(u"minimum_bid"_s).toInteger();
            continue;
        }
        QJsonObject which {{u"listing_id"_s, listingId}};
        auto looking = client->request(u"listing.get"_s, std::move(which));
        const protocol::Reply seen = co_await looking;
        minimum = listingOf(seen.fields).value(u"minimum_bid"_s).toInteger();
    }
}

QCoro::Task<> allOf(std::vector<QCoro::Task<>> tasks)
{
    for (auto &task : tasks) {
        co_await task;
    }
}

} // namespace

/// @brief A dozen traders bidding at once: the ledger, the replies and the watcher all agree.
class TestMarketConcurrency : public MarketSession
{
    Q_OBJECT

private Q_SLOTS:
    // Its own accounts: a farmer and a dozen traders.
    void init() { start(); }

    void manyTradersBidAtOnce()
    {
        m_server->createUser(Role::Farmer, kFarmer, kPin, u"Ramesh Patel"_s);
        auto farmer = connectAs(kFarmer);
        auto watcher = std::make_unique<TestClient>();
        QVERIFY(farmer && test::waitFor(watcher->open(m_server->port())).value_or(false));
        std::vector<std::unique_ptr<TestClient>> traders;
        QList<qint64> traderIds;
        for (int i = 0; i < kTraders; ++i) {
            const QString login = u"trader%1@traders.example"_s.arg(i);
            traderIds << m_server->createUser(Role::Trader, login, kPassword).id;
            traders.push_back(connectAs(login));
            QVERIFY(traders.back());
        }
        const qint64 id = liveListing(*farmer, {{u"starting_price"_s, kStartingPrice}});
        QVERIFY(id);
        QCOMPARE(codeOf(call(*watcher, u"watch"_s, {{u"listing_id"_s, id}})), u"ok"_s);
        QList<QJsonObject> updates;
        connect(&watcher->socket(), &QWebSocket::textMessageReceived, this, [&updates](const QString &text) {
            auto decoded = protocol::decodeServerMessage(text.toUtf8());
            if (auto *event = std::get_if<protocol::Event>(&decoded);
                event && event->name == u"listing.updated"_s) {
                updates.append(listingOf(event->fields));
            }
        });

        std::vector<QList<SentBid>> sent(kTraders);
        std::vector<QCoro::Task<>> bidding;
        for (int i = 0; i < kTraders; ++i) {
            bidding.push_back(bidAsFastAsPossible(traders[i].get(), traderIds[i], id, kBidsEach, &sent[i]));
        }
        QVERIFY(test::waitFor(allOf(std::move(bidding)), std::chrono::minutes(2)));

        QList<SentBid> acked;
        QMap<QString, int> codes;
        for (const QList<SentBid> &mine : sent) {
            QCOMPARE(mine.size(), kBidsEach);
            for (const SentBid &one : mine) {
                ++codes[one.code];
                if (one.code == u"ok"_s) {
                    acked << one;
                }
            }
        }
        QString tally;
        for (auto it = codes.cbegin(); it != codes.cend(); ++it) {
            tally += u"%1 × %2; "_s.arg(it.key()).arg(it.value());
        }
        QVERIFY(acked.size() >= kBidsEach);
        const auto record = m_server->parts().listings.byId(id);
        const QList<server::LedgerEntry> ledger = m_server->parts().listings.ledger(id);
        QCOMPARE(ledger.size(), acked.size());
        QCOMPARE(record->bidCount, int(ledger.size()));
        for (qsizetype i = 0; i < ledger.size(); ++i) {
            QCOMPARE(ledger.at(i).seq, qint64(i + 1));
            QCOMPARE(ledger.at(i).kind, server::BidKind::Manual);
            if (i > 0) {
                QVERIFY(ledger.at(i).amount > ledger.at(i - 1).amount);
            }
        }

        // Every acknowledged bid is the ledger row its reply named, by bidder and amount.
        std::map<qint64, SentBid> bySeq;
        for (const SentBid &one : std::as_const(acked)) {
            const qint64 seq = one.seq();
            QVERIFY2(seq >= 1 && seq <= ledger.size(), "an ok reply names no row of the ledger");
            QVERIFY2(!bySeq.count(seq), "two ok replies name the same ledger row");
            QCOMPARE(ledger.at(seq - 1).bidderId, one.bidderId);
            QCOMPARE(ledger.at(seq - 1).amount, one.amount);
            bySeq.emplace(seq, one);
        }
        // In commit order each reply shows the listing after its own bid: strictly rising prices,
        // with the bidder as the leader — and `leading` saying the same.
        QHash<qint64, int> aliases;
        for (const server::LedgerEntry &entry : ledger) {
            aliases.insert(entry.bidderId, aliases.value(entry.bidderId, int(aliases.size()) + 1));
        }
        qint64 previousPrice = 0;
        qint64 previousSeq = -1;
        int notLeading = 0;
        int wrongAlias = 0;
        for (const auto &[seq, one] : bySeq) {
            const QJsonObject shown = listingOf(one.reply);
            QCOMPARE(shown.value(u"price"_s).toInteger(), one.amount);
            QVERIFY(shown.value(u"price"_s).toInteger() > previousPrice);
            QVERIFY(shown.value(u"listing_seq"_s).toInteger() > previousSeq);
            wrongAlias +=
                shown.value(u"leader_alias"_s) == u"Bidder %1"_s.arg(aliases.value(one.bidderId)) ? 0 : 1;
            notLeading += one.reply.value(u"leading"_s).toBool() ? 0 : 1;
            previousPrice = shown.value(u"price"_s).toInteger();
            previousSeq = shown.value(u"listing_seq"_s).toInteger();
        }

        // One leader, the same everywhere: the row, the running auction, the last ledger row.
        const server::RunningListing *running = m_server->parts().market.running(id);
        QVERIFY(running);
        QCOMPARE(record->leaderId.value_or(0), ledger.last().bidderId);
        QCOMPARE(running->auction.leaderId().value_or(0), ledger.last().bidderId);
        QCOMPARE(record->price, ledger.last().amount);
        QCOMPARE(running->auction.price(), record->price);

        server::Auction replayed(record->terms(), server::ListingStatus::Live);
        const auto replayError = replayed.replay(ledger, m_server->parts().market.rulesFor(*record));
        QVERIFY2(!replayError, replayError ? qPrintable(replayError->message) : "");
        QCOMPARE(replayed.price(), record->price);
        QCOMPARE(replayed.bidCount(), record->bidCount);
        QCOMPARE(replayed.leaderId().value_or(0), record->leaderId.value_or(0));
        QCOMPARE(replayed.endsAt(), record->endsAt);

        // Coalesced updates still end on the final state.
        QTRY_VERIFY_WITH_TIMEOUT(
            !updates.isEmpty() && updates.last().value(u"bid_count"_s) == record->bidCount, 5'000);
        QCOMPARE(updates.last().value(u"price"_s).toInteger(), record->price);
        QCOMPARE(updates.last().value(u"listing_seq"_s).toInteger(), record->version);
        QVERIFY(updates.size() <= acked.size());

        // One audit record per accepted bid, and the chain written by the group commits holds.
        server::SqlQuery audits(*m_server->parts().database,
            u"SELECT COUNT(*) FROM audit_log WHERE op = 'bid.place' AND target = :t"_s);
        audits.bind(u":t"_s, u"listing:%1"_s.arg(id));
        QCOMPARE(audits.scalar().toLongLong(), qint64(acked.size()));
        const auto verification = server::AuditVerifier(*m_server->parts().database).verify();
        QVERIFY2(verification.intact(), qPrintable(verification.summary()));
        // Replies agree with themselves, and losing the race to a faster trader is the only
        // acceptable refusal: one server process never answers `conflict` to itself.
        QStringList problems;
        if (wrongAlias > 0) {
            problems << u"%1 of %2 ok replies name another leader_alias than the bidder's"_s.arg(wrongAlias)
                            .arg(acked.size());
        }
        if (notLeading > 0) {
            problems << u"%1 of %2 ok replies say leading: false"_s.arg(notLeading).arg(acked.size());
        }
        if (codes.size() > codes.count(u"ok"_s) + codes.count(u"bid_too_low"_s)) {
            problems << u"replies: "_s + tally;
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u" / "_s)));
    }
};

QTEST_GUILESS_MAIN(TestMarketConcurrency)
#include "tst_marketconcurrency.moc"
