// SPDX-License-Identifier: GPL-3.0-or-later
// Browsing the fixed market of querymarket.h over the real WebSocket: every filter and sort with the
// exact listings in order, refused filters, and the public view only.

#include "querymarket.h"

#include <QJsonArray>
#include <QTest>

using namespace boli;
using namespace boli::test;
using namespace Qt::StringLiterals;

/// @brief listings.browse on the live market.
class TestBrowse : public QueryMarket
{
    Q_OBJECT

private Q_SLOTS:
    void browse_data()
    {
        QTest::addColumn<QJsonObject>("fields");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<qint64>("total");
        const auto row = [](const char *name, const QJsonObject &fields, const QString &ids, qint64 total) {
            QTest::newRow(name) << fields << ids << total;
        };
        const auto low = [](QJsonObject fields) {
            fields.insert(u"sort"_s, u"price_low"_s);
            return fields;
        };
        row("newest by default", {}, u"L5 L4 L3 L2 L1"_s, 5);
        row("newest", {{u"sort"_s, u"newest"_s}}, u"L5 L4 L3 L2 L1"_s, 5);
        // Shown prices: L5 1200 (bid), L3 2100 (sealed: its start), L1 2400, L2 4500 (proxy at start), L4
        // 5000.
        row("price_low", low({}), u"L5 L3 L1 L2 L4"_s, 5);
        row("price_high", {{u"sort"_s, u"price_high"_s}}, u"L4 L2 L1 L3 L5"_s, 5);
        row("ending_soon", {{u"sort"_s, u"ending_soon"_s}}, u"L2 L3 L1 L4 L5"_s, 5);
        row("category", {{u"category_id"_s, m_oilseeds}}, u"L4 L2"_s, 2);
        row("crop (cancelled L6 left out)", {{u"crop_id"_s, m_crops.value(u"wheat"_s)}}, u"L3 L1"_s, 2);
        row("state in another case", {{u"state"_s, u"madhya PRADESH"_s}}, u"L2 L1"_s, 2);
        row("state trimmed", {{u"state"_s, u" Rajasthan "_s}}, u"L4 L3"_s, 2);
        row("district", {{u"district"_s, u"INDORE"_s}}, u"L1"_s, 1);
        row("mandi", {{u"mandi"_s, u"kota"_s}}, u"L3"_s, 1);
        row("mandi is exact, not a prefix", {{u"mandi"_s, u"Kot"_s}}, QString(), 0);
        row("empty place means any", {{u"district"_s, u""_s}}, u"L5 L4 L3 L2 L1"_s, 5);
        row("sealed filtered by its start, not its hidden 2600",
            low({{u"min_price"_s, 215'000}, {u"max_price"_s, 300'000}}), u"L1"_s, 1);
        row("max_price", low({{u"max_price"_s, 220'000}}), u"L5 L3"_s, 2);
        row("bounds are inclusive", {{u"min_price"_s, 240'000}, {u"max_price"_s, 240'000}}, u"L1"_s, 1);
        row("no bid: its start", {{u"min_price"_s, 500'000}}, u"L4"_s, 1);
        row("a bid: its price, not its start", {{u"max_price"_s, 110'000}}, QString(), 0);
        row("ending within", {{u"ending_within_minutes"_s, 31}, {u"sort"_s, u"ending_soon"_s}}, u"L2 L3"_s,
            2);
        row("combined", {{u"state"_s, u"Madhya Pradesh"_s}, {u"crop_id"_s, m_crops.value(u"wheat"_s)}},
            u"L1"_s, 1);
        row("paged", low({{u"offset"_s, 1}, {u"limit"_s, 2}}), u"L3 L1"_s, 5);
        row("past the end", {{u"offset"_s, 10}}, QString(), 5);
    }

    void browse()
    {
        QFETCH(QJsonObject, fields);
        QFETCH(QString, expected);
        QFETCH(qint64, total);
        const auto reply = as(u"guest"_s, u"listings.browse"_s, fields);
        QCOMPARE(codeOf(reply), u"ok"_s);
        QCOMPARE(labels(reply), expected);
        QCOMPARE(reply.fields.value(u"total"_s).toInteger(), total);
    }

    void browseRefusals_data()
    {
        QTest::addColumn<QJsonObject>("fields");
        QTest::addColumn<QString>("code");
        QTest::newRow("sort") << QJsonObject {{u"sort"_s, u"cheapest"_s}} << u"invalid_value"_s;
        QTest::newRow("negative price") << QJsonObject {{u"min_price"_s, -1}} << u"invalid_value"_s;
        QTest::newRow("min above max")
            << QJsonObject {{u"min_price"_s, 5}, {u"max_price"_s, 4}} << u"invalid_value"_s;
        QTest::newRow("limit 0") << QJsonObject {{u"limit"_s, 0}} << u"invalid_value"_s;
        QTest::newRow("limit 201") << QJsonObject {{u"limit"_s, 201}} << u"invalid_value"_s;
        QTest::newRow("offset") << QJsonObject {{u"offset"_s, -1}} << u"invalid_value"_s;
        QTest::newRow("within 0") << QJsonObject {{u"ending_within_minutes"_s, 0}} << u"invalid_value"_s;
        QTest::newRow("within 8 days")
            << QJsonObject {{u"ending_within_minutes"_s, 11'520}} << u"invalid_value"_s;
        QTest::newRow("category 0") << QJsonObject {{u"category_id"_s, 0}} << u"invalid_value"_s;
        QTest::newRow("category text") << QJsonObject {{u"category_id"_s, u"oilseeds"_s}} << u"wrong_type"_s;
        QTest::newRow("long mandi") << QJsonObject {{u"mandi"_s, QString(81, u'x')}} << u"invalid_value"_s;
    }

    void browseRefusals()
    {
        QFETCH(QJsonObject, fields);
        QFETCH(QString, code);
        QCOMPARE(codeOf(as(u"T1"_s, u"listings.browse"_s, fields)), code);
    }

    void browseShowsOnlyPublicViews()
    {
        // Even the seller browsing gets the public view: no reserve, sealed price and leader hidden.
        const auto reply = as(u"F1"_s, u"listings.browse"_s, {{u"sort"_s, u"price_low"_s}});
        const QJsonArray listings = reply.fields.value(u"listings"_s).toArray();
        QCOMPARE(listings.size(), 5);
        for (const QJsonValue &listing : listings) {
            QVERIFY(!listing.toObject().contains(u"reserve_price"_s));
        }
        const QJsonObject sealed = listings.at(1).toObject();
        QCOMPARE(sealed.value(u"format"_s).toString(), u"sealed"_s);
        QVERIFY(sealed.value(u"price"_s).isNull());
        QVERIFY(!sealed.contains(u"leader_alias"_s));
        QCOMPARE(listings.at(2).toObject().value(u"price"_s).toInteger(), 240'000);
        QCOMPARE(listings.at(2).toObject().value(u"leader_alias"_s).toString(), u"Bidder 2"_s);
    }
};

QTEST_GUILESS_MAIN(TestBrowse)
#include "tst_browse.moc"
