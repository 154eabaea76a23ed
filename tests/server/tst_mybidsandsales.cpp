// SPDX-License-Identifier: GPL-3.0-or-later
// The fixed market of querymarket.h walked through its closes, in order: the stats and my bids while
// live, my bids after the first listings close and after all close, sales moving step by step with
// their audit records, and the stats at the end.

#include "querymarket.h"

#include <QJsonArray>
#include <QTest>
#include <algorithm>
#include <limits>

using namespace boli;
using namespace boli::test;
using namespace Qt::StringLiterals;

/// @brief market.stats and bids.mine as the market closes, and transactions step by step.
class TestMyBidsAndSales : public QueryMarket
{
    Q_OBJECT

private Q_SLOTS:
    void statsWhileLive()
    {
        const QJsonObject expected {{u"live_listings"_s, 5}, {u"total_listings"_s, 6}, {u"total_bids"_s, 6},
            {u"sold"_s, 0}, {u"unsold"_s, 0}, {u"success_rate"_s, 0}, {u"average_bids_per_listing"_s, 0},
            {u"unique_bidders"_s, 3}};
        QCOMPARE(stats(), expected);
    }

    void myBidsWhileLive()
    {
        // Last bid first. A sealed auction tells nobody who leads; my maximum is from my manual rows only.
        QCOMPARE(myBids(u"T1"_s),
            u"L3:sealed:260000:- L2:winning:450000:600000 L1:outbid:230000:230000 total=3"_s);
        QCOMPARE(myBids(u"T2"_s), u"L3:sealed:250000:- L1:winning:240000:240000 total=2"_s);
        QCOMPARE(myBids(u"B"_s), u"L5:winning:120000:120000 total=1"_s);
        QCOMPARE(myBids(u"T1"_s, {{u"state"_s, u"outbid"_s}}), u"L1:outbid:230000:230000 total=1"_s);
        QCOMPARE(myBids(u"T1"_s, {{u"limit"_s, 1}, {u"offset"_s, 1}}), u"L2:winning:450000:600000 total=3"_s);
        QCOMPARE(myBids(u"T3"_s), u" total=0"_s);
        const auto sealed = as(u"T1"_s, u"bids.mine"_s).fields.value(u"bids"_s).toArray().at(0).toObject();
        QVERIFY(sealed.value(u"listing"_s).toObject().value(u"price"_s).isNull());
        QCOMPARE(codeOf(as(u"T1"_s, u"bids.mine"_s, {{u"state"_s, u"leading"_s}})), u"invalid_value"_s);
    }

    void myBidsAfterFirstCloses()
    {
        m_server->advanceClock(31 * kMinuteMs);
        QVERIFY(waitStatus(u"L2"_s, u"sold"_s));
        QVERIFY(waitStatus(u"L3"_s, u"sold"_s));
        QCOMPARE(myBids(u"T1"_s), u"L3:won:260000:- L2:won:450000:600000 L1:outbid:230000:230000 total=3"_s);
        QCOMPARE(myBids(u"T2"_s), u"L3:lost:250000:- L1:winning:240000:240000 total=2"_s);
        QCOMPARE(
            myBids(u"T1"_s, {{u"state"_s, u"won"_s}}), u"L3:won:260000:- L2:won:450000:600000 total=2"_s);
        const auto sealed = as(u"T2"_s, u"bids.mine"_s).fields.value(u"bids"_s).toArray().at(0).toObject();
        QCOMPARE(sealed.value(u"listing"_s).toObject().value(u"price"_s).toInteger(), 260'000); // revealed
    }

    void transactions()
    {
        const auto sale = [this](const QString &label) {
            return m_server->parts().sales.byListing(m_ids.value(label))->id;
        };
        // Newest sale first; L2 and L3 closed in the same tick, in no fixed order, so ids decide.
        const auto rows = [this](const QString &who) {
            const auto reply = as(who, u"transactions.mine"_s);
            QStringList out;
            qint64 previous = std::numeric_limits<qint64>::max();
            for (const QJsonValue &row : reply.fields.value(u"transactions"_s).toArray()) {
                const qint64 id = row.toObject().value(u"id"_s).toInteger();
                out << (id < previous ? QString() : u"(out of order)"_s)
                        + u"%1:%2"_s.arg(m_ids.key(row.toObject().value(u"listing_id"_s).toInteger()),
                            row.toObject().value(u"role"_s).toString());
                previous = id;
            }
            std::sort(out.begin(), out.end());
            return out.join(u' ') + u" total=%1"_s.arg(reply.fields.value(u"total"_s).toInteger());
        };
        QCOMPARE(rows(u"T1"_s), u"L2:buyer L3:buyer total=2"_s);
        QCOMPARE(rows(u"F1"_s), u"L2:seller total=1"_s);
        QCOMPARE(rows(u"F2"_s), u"L3:seller total=1"_s);
        QCOMPARE(rows(u"agent"_s), u" total=0"_s);

        // Each step: who, sale, status asked → code. Refusals change nothing and audit nothing.
        const qint64 s2 = sale(u"L2"_s);
        const qint64 s3 = sale(u"L3"_s);
        struct Step
        {
            QString who;
            qint64 sale;
            QString status;
            QString code;
        };
        const QList<Step> steps {
            {u"T2"_s, s2, u"confirmed"_s, u"not_found"_s}, // not a party
            {u"F1"_s, 999'999, u"confirmed"_s, u"not_found"_s},
            {u"F1"_s, s2, u"shipped"_s, u"invalid_value"_s},
            {u"F1"_s, s2, u"paid"_s, u"invalid_transition"_s}, // skips a step
            {u"F1"_s, s2, u"confirmed"_s, u"ok"_s},
            {u"T1"_s, s2, u"paid"_s, u"ok"_s},
            {u"T1"_s, s2, u"paid"_s, u"invalid_transition"_s},
            {u"T1"_s, s2, u"confirmed"_s, u"invalid_transition"_s}, // backwards
            {u"F1"_s, s2, u"disputed"_s, u"ok"_s},
            {u"T1"_s, s2, u"delivered"_s, u"invalid_transition"_s}, // only an admin settles a dispute
            {u"admin"_s, s2, u"delivered"_s, u"ok"_s},
            {u"admin"_s, s2, u"completed"_s, u"ok"_s},
            {u"F1"_s, s2, u"disputed"_s, u"invalid_transition"_s}, // completed is final
            {u"admin"_s, s3, u"delivered"_s, u"ok"_s}, // an admin may skip ahead
            {u"F2"_s, s3, u"pending"_s, u"invalid_transition"_s},
        };
        for (const Step &step : steps) {
            const QString what = u"%1 %2 → %3"_s.arg(step.who, QString::number(step.sale), step.status);
            const qint64 audited = m_server->rowCount(u"audit_log"_s);
            const auto before = m_server->parts().sales.byId(step.sale);
            const auto reply = as(step.who, u"transaction.update"_s,
                {{u"transaction_id"_s, step.sale}, {u"status"_s, step.status}});
            QVERIFY2(codeOf(reply) == step.code, qPrintable(what + u": "_s + codeOf(reply)));
            const auto after = m_server->parts().sales.byId(step.sale);
            if (step.code != u"ok"_s) {
                QCOMPARE(m_server->rowCount(u"audit_log"_s), audited);
                QVERIFY(!before || before->status == after->status);
                continue;
            }
            QCOMPARE(
                reply.fields.value(u"transaction"_s).toObject().value(u"status"_s).toString(), step.status);
            QCOMPARE(server::saleStatusName(after->status), step.status);
            server::AuditFilter filter;
            filter.op = u"transaction.update"_s;
            filter.target = u"transaction:%1"_s.arg(step.sale);
            const QJsonObject record = m_server->parts().auditLog.list(filter).first().toJson();
            QCOMPARE(record.value(u"actor_id"_s).toInteger(), m_users.value(step.who));
            QCOMPARE(record.value(u"before"_s).toObject(),
                (QJsonObject {{u"status"_s, server::saleStatusName(before->status)}}));
            QCOMPARE(record.value(u"after"_s).toObject(), (QJsonObject {{u"status"_s, step.status}}));
        }
        server::AuditFilter all;
        all.op = u"transaction.update"_s;
        QCOMPARE(m_server->parts().auditLog.count(all), 6);
    }

    void myBidsAfterAllClose()
    {
        m_server->advanceClock(1441 * kMinuteMs);
        for (const QString &label : {u"L1"_s, u"L5"_s}) {
            QVERIFY2(waitStatus(label, u"sold"_s), qPrintable(label));
        }
        QVERIFY(waitStatus(u"L4"_s, u"unsold"_s));
        QCOMPARE(myBids(u"T1"_s), u"L3:won:260000:- L2:won:450000:600000 L1:lost:230000:230000 total=3"_s);
        QCOMPARE(myBids(u"T2"_s), u"L3:lost:250000:- L1:won:240000:240000 total=2"_s);
        QCOMPARE(myBids(u"T2"_s, {{u"state"_s, u"lost"_s}}), u"L3:lost:250000:- total=1"_s);
        QCOMPARE(myBids(u"B"_s), u"L5:won:120000:120000 total=1"_s);
        QCOMPARE(as(u"guest"_s, u"listings.browse"_s).fields.value(u"total"_s).toInteger(), 0);
    }

    void statsAfterAllClose()
    {
        // Sold L1 L2 L3 L5, unsold L4: 4 / 5; closed listings' bids (2 + 1 + 2 + 0 + 1) / 5.
        const QJsonObject expected {{u"live_listings"_s, 0}, {u"total_listings"_s, 6}, {u"total_bids"_s, 6},
            {u"sold"_s, 4}, {u"unsold"_s, 1}, {u"success_rate"_s, 0.8}, {u"average_bids_per_listing"_s, 1.2},
            {u"unique_bidders"_s, 3}};
        QCOMPARE(stats(), expected);
    }
};

QTEST_GUILESS_MAIN(TestMyBidsAndSales)
#include "tst_mybidsandsales.moc"
