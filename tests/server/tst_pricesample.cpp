// SPDX-License-Identifier: GPL-3.0-or-later
// Offline first: on a server with no API key and no network, the shipped sample gives every demo lot a
// reference price at its own mandi, and a suggested starting range, and every answer says "sample".
// Also: the sample's rows all parse and all map to catalog crops.

#include "app/demodata.h"
#include "app/demolistings.h"
#include "opcall.h"
#include "prices/commoditymap.h"
#include "prices/datasetfile.h"
#include "testserver.h"

#include <QFile>
#include <QTest>

using namespace boli;
using namespace Qt::StringLiterals;
using namespace boli::test;

class TestPriceSample : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everySampleRowIsUsable()
    {
        TestServer server;
        QFile file(server::PriceService::kSampleResource);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto parsed = server::parseDatasetFile(file.readAll(), {});
        QVERIFY(std::holds_alternative<server::ParsedRows>(parsed));
        const auto &rows = std::get<server::ParsedRows>(parsed);
        QVERIFY(rows.seen > 0);
        QCOMPARE(rows.rows.size(), rows.seen);
        QVERIFY(rows.rejected.isEmpty());
        const auto map = server::CommodityMap::fromCatalog(server.parts().catalog);
        for (const auto &[line, row] : rows.rows) {
            QVERIFY2(map.cropIdFor(row.commodity), qPrintable(row.commodity));
        }
    }

    void demoLotsGetAReferenceAndASuggestionOffline()
    {
        TestServer server;
        QVERIFY(server.parts().prices.options().fetch.apiKey.isEmpty());
        server::DemoData(server.parts()).seed();
        server::DemoListings(server.parts(), server.clock()).seed();
        server::SqlQuery lots(*server.parts().database,
            u"SELECT crop_id, mandi, district, state, starting_price FROM listings ORDER BY id"_s);
        lots.exec();
        auto guest = openClient(server.port());
        QVERIFY(guest);
        int checked = 0;
        while (lots.next()) {
            const QJsonObject place {{u"crop_id"_s, lots.value(0).toLongLong()},
                {u"mandi"_s, lots.value(1).toString()}, {u"district"_s, lots.value(2).toString()},
                {u"state"_s, lots.value(3).toString()}};
            const Paise start = lots.value(4).toLongLong();
            const auto reply = call(*guest, u"prices.suggest"_s, place);
            QCOMPARE(codeOf(reply), u"ok"_s);
            const QString what = lots.value(1).toString();
            QCOMPARE(reply.fields[u"source"_s].toString(), u"sample"_s);
            const QJsonObject reference = reply.fields[u"reference"_s].toObject();
            QVERIFY2(reference[u"level"_s].toString() == u"market"_s, qPrintable(what));
            QCOMPARE(reference[u"source"_s].toString(), u"sample"_s);
            QCOMPARE(reference[u"date"_s].toString(), u"2026-11-20"_s);
            // The sample was built around the demo lots' own prices: within 15 % of them.
            const qint64 modal = reference[u"modal_price"_s].toInteger();
            QVERIFY2(modal * 100 > start * 85 && modal * 100 < start * 115, qPrintable(what));
            const QJsonObject suggestion = reply.fields[u"suggestion"_s].toObject();
            QCOMPARE(suggestion[u"basis"_s].toString(), u"reference"_s); // no Boli sales yet
            QVERIFY(suggestion[u"low"_s].toInteger() < suggestion[u"high"_s].toInteger());
            QVERIFY(suggestion[u"high"_s].toInteger() <= modal);
            const auto history = call(*guest, u"prices.history"_s, place);
            QCOMPARE(history.fields[u"days"_s].toArray().size(), 30); // the demo mandi reports daily
            ++checked;
        }
        QCOMPARE(checked, 12);
    }
};

QTEST_GUILESS_MAIN(TestPriceSample)
#include "tst_pricesample.moc"
