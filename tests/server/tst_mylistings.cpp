// SPDX-License-Identifier: GPL-3.0-or-later
// A seller's own listings and the admins' moderation queue, on the fixed market of querymarket.h.

#include "querymarket.h"

#include <QJsonArray>
#include <QTest>

using namespace boli;
using namespace boli::test;
using namespace Qt::StringLiterals;

/// @brief listings.mine (with the seller's own reserve) and admin.listings.pending.
class TestMyListings : public QueryMarket
{
    Q_OBJECT

private Q_SLOTS:
    void myListings_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QJsonObject>("fields");
        QTest::addColumn<QString>("expected");
        QTest::newRow("farmer, newest first") << u"F1"_s << QJsonObject() << u"L8 L5 L2 L1"_s;
        QTest::newRow("farmer, live") << u"F1"_s << QJsonObject {{u"status"_s, u"live"_s}} << u"L5 L2 L1"_s;
        QTest::newRow("farmer, paged")
            << u"F1"_s << QJsonObject {{u"offset"_s, 1}, {u"limit"_s, 1}} << u"L5"_s;
        QTest::newRow("listed by an agent") << u"F2"_s << QJsonObject() << u"L7 L6 L3"_s;
        QTest::newRow("the agent") << u"agent"_s << QJsonObject() << u"L7 L6 L3"_s;
        QTest::newRow("agent, cancelled")
            << u"agent"_s << QJsonObject {{u"status"_s, u"cancelled"_s}} << u"L6"_s;
        QTest::newRow("business seller") << u"B"_s << QJsonObject() << u"L4"_s;
        QTest::newRow("no such status")
            << u"F1"_s << QJsonObject {{u"status"_s, u"gone"_s}} << u"invalid_value"_s;
    }

    void myListings()
    {
        QFETCH(QString, who);
        QFETCH(QJsonObject, fields);
        QFETCH(QString, expected);
        const auto reply = as(who, u"listings.mine"_s, fields);
        QCOMPARE(reply.ok() ? labels(reply) : codeOf(reply), expected);
    }

    void myListingsShowOwnReserve()
    {
        const auto reply = as(u"F1"_s, u"listings.mine"_s);
        QCOMPARE(reply.fields.value(u"total"_s).toInteger(), 4);
        const QJsonArray listings = reply.fields.value(u"listings"_s).toArray();
        QCOMPARE(listings.at(0).toObject().value(u"reserve_price"_s).toInteger(), 250'000); // L8
        QVERIFY(listings.at(1).toObject().value(u"reserve_price"_s).isNull()); // L5: none set
        QCOMPARE(listings.at(3).toObject().value(u"reserve_price"_s).toInteger(), 220'000); // L1
    }

    void pendingQueue()
    {
        auto reply = as(u"admin"_s, u"admin.listings.pending"_s);
        QCOMPARE(labels(reply), u"L7 L8"_s);
        QCOMPARE(reply.fields.value(u"total"_s).toInteger(), 2);
        QCOMPARE(reply.fields.value(u"listings"_s)
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(u"reserve_price"_s)
                     .toInteger(),
            250'000);
        reply = as(u"admin"_s, u"admin.listings.pending"_s, {{u"offset"_s, 1}, {u"limit"_s, 1}});
        QCOMPARE(labels(reply), u"L8"_s);
        QCOMPARE(reply.fields.value(u"total"_s).toInteger(), 2);
        QCOMPARE(
            codeOf(as(u"admin"_s, u"admin.listings.pending"_s, {{u"limit"_s, 500}})), u"invalid_value"_s);
    }
};

QTEST_GUILESS_MAIN(TestMyListings)
#include "tst_mylistings.moc"
