// SPDX-License-Identifier: GPL-3.0-or-later
// The mandi price fetcher against a local stand-in for api.data.gov.in serving the dataset's real JSON
// shape: every page is fetched and stored; a timeout, an HTTP 500, malformed JSON and a partial page
// each fail the run, store nothing and leave the last good data exactly as it was, and the admin sees
// why; unknown commodities are counted and skipped.

#include "fakedatagov.h"
#include "opcall.h"
#include "testserver.h"
#include "waitfor.h"

#include <QJsonDocument>
#include <QTest>

using namespace boli;
using namespace Qt::StringLiterals;
using namespace boli::test;

namespace {
const QString kAdmin = u"prices-admin@boli.example"_s;
const QString kPassword = u"prices-pass-1"_s;

/// Five rows over three pages of two: wheat at two Ludhiana mandis, onion, soybean.
QJsonArray goodRecords()
{
    return {FakeDataGov::record(
                u"Wheat"_s, u"Khanna"_s, u"Ludhiana"_s, u"Punjab"_s, u"18/11/2026"_s, 2300, 2500, 2400),
        FakeDataGov::record(
            u"Wheat"_s, u"Jagraon"_s, u"Ludhiana"_s, u"Punjab"_s, u"18/11/2026"_s, 2200, 2450, 2380),
        FakeDataGov::record(
            u"Wheat"_s, u"Khanna"_s, u"Ludhiana"_s, u"Punjab"_s, u"19/11/2026"_s, 2350, 2550, 2420),
        FakeDataGov::record(
            u"Onion"_s, u"Lasalgaon"_s, u"Nashik"_s, u"Maharashtra"_s, u"19/11/2026"_s, 1500, 2100, 1800),
        FakeDataGov::record(
            u"Soyabean"_s, u"Indore"_s, u"Indore"_s, u"Madhya Pradesh"_s, u"19/11/2026"_s, 4300, 4700, 4550)};
}
} // namespace

class TestPriceFetcher : public QObject
{
    Q_OBJECT

private:
    server::PriceService &prices() { return m_server->parts().prices; }

    qint64 cropId(const QString &code)
    {
        for (const auto &crop : m_server->parts().catalog.crops(true)) {
            if (crop.code == code) {
                return crop.id;
            }
        }
        return -1;
    }

    /// Every stored price row, to prove a failed run changed nothing.
    QString snapshot()
    {
        server::SqlQuery query(*m_server->parts().database,
            u"SELECT crop_id, market, arrival_date, min_price, max_price, modal_price, source, stored_at "
            "FROM price_records ORDER BY crop_id, market, arrival_date"_s);
        query.exec();
        QStringList rows;
        while (query.next()) {
            QStringList fields;
            for (int i = 0; i < 8; ++i) {
                fields.append(query.value(i).toString());
            }
            rows.append(fields.join(u'|'));
        }
        return rows.join(u'\n');
    }

    server::PriceRun fetch()
    {
        auto task = prices().fetchNow();
        const auto run = boli::test::waitFor(std::move(task));
        if (!run) {
            qFatal("the fetch never finished");
        }
        return *run;
    }

    QJsonObject adminStatus()
    {
        const auto reply = call(*m_admin, u"admin.prices.status"_s);
        return reply.fields.value(u"status"_s).toObject();
    }

    /// Fetches with the stand-in answering badly, then checks nothing changed and the admin sees why.
    void expectFailure(const QString &errorPart)
    {
        const QString before = snapshot();
        const qint64 runsBefore = m_server->rowCount(u"price_runs"_s);
        const server::PriceRun run = fetch();
        QVERIFY(!run.ok);
        QVERIFY2(run.error.contains(errorPart), qPrintable(run.error));
        QCOMPARE(snapshot(), before);
        QCOMPARE(m_server->rowCount(u"price_runs"_s), runsBefore + 1);
        const QJsonObject status = adminStatus();
        QCOMPARE(status[u"last_run"_s][u"ok"_s].toBool(), false);
        QCOMPARE(status[u"last_run"_s][u"error"_s].toString(), run.error);
        QCOMPARE(status[u"last_success"_s][u"records_stored"_s].toInt(), 5);
        QCOMPARE(status[u"source"_s].toString(), u"api"_s);
        // The key never leaves the server, not even in the status.
        QVERIFY(!QJsonDocument(status).toJson().contains("secret-test-key"));
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<TestServer>();
        m_server->createUser(Role::Admin, kAdmin, kPassword);
        m_admin = openClient(m_server->port(), kAdmin, kPassword);
        QVERIFY(m_admin);
        m_fake = std::make_unique<FakeDataGov>();
        QVERIFY(m_fake->port() != 0);
        server::PriceOptions options = prices().options();
        options.fetch.baseUrl = QUrl(m_fake->baseUrl());
        options.fetch.apiKey = u"secret-test-key"_s;
        options.fetch.pageSize = 2;
        options.fetch.timeout = std::chrono::milliseconds(400);
        prices().setOptions(options);
        m_fake->servePages(goodRecords(), 2);
    }

    void cleanup()
    {
        m_admin.reset();
        m_server.reset();
        m_fake.reset();
    }

    void fetchesEveryPage()
    {
        const server::PriceRun run = fetch();
        QVERIFY2(run.ok, qPrintable(run.error));
        QCOMPARE(run.pages, 3);
        QCOMPARE(run.recordsSeen, 5);
        QCOMPARE(run.recordsStored, 5);
        QCOMPARE(m_fake->requests().size(), 3);
        for (const QString &target : m_fake->requests()) {
            QVERIFY2(
                target.startsWith(u"/resource/9ef84268-d588-465a-a308-a864a43d0070?"_s), qPrintable(target));
            QVERIFY(target.contains(u"api-key=secret-test-key"_s));
            QVERIFY(target.contains(u"format=json"_s));
        }
        QVERIFY(m_fake->requests().at(2).contains(u"offset=4"_s));
        QCOMPARE(prices().prices().count(u"api"_s), 5);

        // 19/11 at Khanna: ₹2,420 modal = 242,000 paise per quintal.
        const auto reply = call(*m_admin, u"prices.reference"_s,
            {{u"crop_id"_s, cropId(u"wheat"_s)}, {u"mandi"_s, u"Khanna"_s}, {u"district"_s, u"Ludhiana"_s},
                {u"state"_s, u"Punjab"_s}});
        QCOMPARE(codeOf(reply), u"ok"_s);
        const QJsonObject reference = reply.fields[u"reference"_s].toObject();
        QCOMPARE(reference[u"level"_s].toString(), u"market"_s);
        QCOMPARE(reference[u"date"_s].toString(), u"2026-11-19"_s);
        QCOMPARE(reference[u"modal_price"_s].toInteger(), 242'000);
        QCOMPARE(reference[u"min_price"_s].toInteger(), 235'000);
        QCOMPARE(reference[u"max_price"_s].toInteger(), 255'000);
        QCOMPARE(reference[u"source"_s].toString(), u"api"_s);
        QCOMPARE(reply.fields[u"source"_s].toString(), u"api"_s);
    }

    void failedRunsKeepTheLastGoodData_data()
    {
        QTest::addColumn<QString>("failure");
        QTest::addColumn<QString>("error");
        QTest::newRow("timeout on the second page") << u"stall"_s << u"timed out"_s;
        QTest::newRow("HTTP 500") << u"500"_s << u"HTTP 500"_s;
        QTest::newRow("malformed JSON") << u"malformed"_s << u"malformed JSON"_s;
        QTest::newRow("partial page") << u"partial"_s << u"partial page at offset 2"_s;
        QTest::newRow("empty page before the total") << u"empty"_s << u"partial data"_s;
        QTest::newRow("no records array") << u"norecords"_s << u"no 'records' array"_s;
    }

    void failedRunsKeepTheLastGoodData()
    {
        QFETCH(QString, failure);
        QFETCH(QString, error);
        QVERIFY(fetch().ok);
        // New prices are on offer, but one page fails: not even the pages that came may land.
        QJsonArray newer = goodRecords();
        for (qsizetype i = 0; i < newer.size(); ++i) {
            QJsonObject record = newer.at(i).toObject();
            record[u"modal_price"_s] = u"2450"_s;
            record[u"max_price"_s] = u"2600"_s;
            newer[i] = record;
        }
        m_fake->reset();
        m_fake->servePages(newer, 2);
        const QByteArray page =
            u"{\"total\": 5, \"count\": 2, \"offset\": \"2\", \"limit\": \"2\", \"records\": [%1]}"_s
                .arg(QString::fromUtf8(QJsonDocument(newer.at(2).toObject()).toJson(QJsonDocument::Compact)))
                .toUtf8();
        if (failure == u"stall"_s) {
            m_fake->stall(2);
        } else if (failure == u"500"_s) {
            m_fake->answer(0, 500, "{\"error\": \"Internal Server Error\"}");
        } else if (failure == u"malformed"_s) {
            m_fake->answer(
                2, 200, "{\"total\": 5, \"count\": 2, \"offset\": \"2\", \"records\": [{\"state\": ");
        } else if (failure == u"partial"_s) {
            m_fake->answer(2, 200, page); // count says 2, one record came
        } else if (failure == u"empty"_s) {
            m_fake->answer(2, 200, "{\"total\": 5, \"count\": 0, \"offset\": \"2\", \"records\": []}");
        } else {
            m_fake->answer(2, 200, "{\"total\": 5, \"count\": 2, \"offset\": \"2\"}");
        }
        expectFailure(error);
    }

    void unknownCommoditiesAreCountedAndSkipped()
    {
        QJsonArray records = goodRecords();
        records.append(FakeDataGov::record(u"Marigold(Calcutta)"_s, u"Ghazipur"_s, u"East Delhi"_s,
            u"Delhi"_s, u"19/11/2026"_s, 3000, 5000, 4000));
        records.append(FakeDataGov::record(u"Marigold(Calcutta)"_s, u"Azadpur"_s, u"North Delhi"_s,
            u"Delhi"_s, u"19/11/2026"_s, 3200, 5200, 4100));
        records.append(FakeDataGov::record(u"Coriander(Leaves)"_s, u"Azadpur"_s, u"North Delhi"_s, u"Delhi"_s,
            u"19/11/2026"_s, 800, 1600, 1200));
        m_fake->reset();
        m_fake->servePages(records, 2);
        const server::PriceRun run = fetch();
        QVERIFY2(run.ok, qPrintable(run.error));
        QCOMPARE(run.pages, 4);
        QCOMPARE(run.recordsSeen, 8);
        QCOMPARE(run.recordsStored, 5);
        QCOMPARE(run.unknownCommodities[u"Marigold(Calcutta)"_s].toInt(), 2);
        // Coriander leaves are not coriander seed: only an explicit alias may map a name.
        QCOMPARE(run.unknownCommodities[u"Coriander(Leaves)"_s].toInt(), 1);
        QCOMPARE(prices().prices().count(), 5);
        const QJsonObject status = adminStatus();
        QCOMPARE(status[u"last_run"_s][u"unknown_commodities"_s][u"Marigold(Calcutta)"_s].toInt(), 2);
    }

    void withoutAKeyNothingIsFetched()
    {
        server::PriceOptions options = prices().options();
        options.fetch.apiKey.clear();
        prices().setOptions(options);
        const server::PriceRun run = fetch();
        QVERIFY(!run.ok);
        QVERIFY2(run.error.contains(u"no data.gov.in API key"_s), qPrintable(run.error));
        QVERIFY(m_fake->requests().isEmpty());
        // With no key and nothing stored, the answers come from the shipped sample, and say so.
        const auto reply = call(*m_admin, u"prices.reference"_s, {{u"crop_id"_s, cropId(u"wheat"_s)}});
        QCOMPARE(reply.fields[u"source"_s].toString(), u"sample"_s);
        QCOMPARE(reply.fields[u"reference"_s][u"source"_s].toString(), u"sample"_s);
        // The first real fetch replaces the sample entirely.
        options.fetch.apiKey = u"secret-test-key"_s;
        prices().setOptions(options);
        QVERIFY(fetch().ok);
        QCOMPARE(prices().prices().count(u"sample"_s), 0);
        QCOMPARE(prices().prices().count(), 5);
        QCOMPARE(prices().currentSource(), u"api"_s);
    }

    void everyRunIsAudited()
    {
        QVERIFY(fetch().ok);
        m_fake->answer(0, 500, "oops");
        QVERIFY(!fetch().ok);
        server::AuditFilter filter;
        filter.op = u"prices.fetch"_s;
        const auto records = m_server->parts().auditLog.list(filter);
        QCOMPARE(records.size(), 2);
        QVERIFY(records.at(0).afterJson.contains(u"HTTP 500"_s));
        QVERIFY(records.at(1).afterJson.contains(u"\"records_stored\":5"_s));
    }

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<TestClient> m_admin;
    std::unique_ptr<FakeDataGov> m_fake;
};

QTEST_GUILESS_MAIN(TestPriceFetcher)
#include "tst_pricefetcher.moc"
