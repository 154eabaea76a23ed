// SPDX-License-Identifier: GPL-3.0-or-later
// Importing a downloaded dataset file by hand (admin.prices.import and `boli-server import-prices`):
// bad rows are rejected with their row numbers and reasons, good rows are kept, the import replaces
// the shipped sample and is audited. Then the reference fallback levels and the history, with every
// expected figure worked out by hand from the file below.

#include "app/commands.h"
#include "opcall.h"
#include "testserver.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace boli;
using namespace Qt::StringLiterals;
using namespace boli::test;

namespace {
const QString kAdmin = u"import-admin@boli.example"_s;
const QString kPassword = u"import-pass-1"_s;

/// The portal's CSV export: its header spelling, quoted fields, Indian digit grouping. Line numbers
/// (the header is line 1) are what rejections name.
const QString kCsv =
    u"State,District,Market,Commodity,Variety,Grade,Arrival_Date,Min_x0020_Price,"
    "Max_x0020_Price,Modal_x0020_Price\r\n"
    "Punjab,Ludhiana,Khanna,Wheat,Sharbati,FAQ,19/11/2026,2300,2500,2400\r\n" // 2
    "Punjab,Ludhiana,Jagraon,Wheat,Sharbati,FAQ,19/11/2026,2200,2600,2360\r\n" // 3
    "Punjab,Ludhiana,Samrala,Wheat,Other,FAQ,19/11/2026,2250,2550,2380\r\n" // 4
    "Punjab,Patiala,Rajpura,Wheat,Other,FAQ,19/11/2026,2100,2400,2300\r\n" // 5
    "Haryana,Karnal,Karnal,Wheat,Other,FAQ,19/11/2026,2000,2300,2200\r\n" // 6
    "Punjab,Ludhiana,Khanna,Wheat,Sharbati,FAQ,31/11/2026,2300,2500,2400\r\n" // 7 no such day
    "Punjab,Ludhiana,Khanna,Wheat,Sharbati,FAQ,18/11/2026,abc,2500,2400\r\n" // 8 not a price
    "Punjab,Ludhiana,Khanna,Wheat,Sharbati,FAQ,18/11/2026,2500,2400,2450\r\n" // 9 min > max
    "Punjab,Ludhiana,,Wheat,Sharbati,FAQ,18/11/2026,2300,2500,2400\r\n" // 10 no market
    "Punjab,Ludhiana,Khanna,Wheat,Sharbati,FAQ,18/11/2026,2300,2500\r\n" // 11 a field short
    "Punjab,Ludhiana,Khanna,Dragon fruit,Other,FAQ,18/11/2026,9000,12000,10000\r\n" // 12 unknown
    "\"Madhya Pradesh\",Indore,Indore,\"Sesamum(Sesame,Gingelly,Til)\",White,FAQ,19/11/2026,"
    "\"9,500\",\"10,500\",\"10,000\"\r\n" // 13
    "Punjab,Ludhiana,Khanna,Wheat,Sharbati,FAQ,18/11/2026,2280,2480,2390\r\n" // 14
    "Punjab,Ludhiana,Doraha,Wheat,Other,FAQ,01/10/2026,2000,2200,2100\r\n"_s; // 15 stale

const QStringList kExpectedRejections {u"7:arrival_date '31/11/2026' is not a DD/MM/YYYY date"_s,
    u"8:min_price 'abc' is not a price in rupees per quintal"_s,
    u"9:prices out of order: min ₹2,500, modal ₹2,450, max ₹2,400 (need min ≤ modal ≤ max)"_s,
    u"10:market is missing"_s, u"11:has 9 fields, the header has 10"_s,
    u"12:unknown commodity 'Dragon fruit'"_s};
} // namespace

class TestPriceImport : public QObject
{
    Q_OBJECT

private:
    qint64 cropId(const QString &code)
    {
        for (const auto &crop : m_server->parts().catalog.crops(true)) {
            if (crop.code == code) {
                return crop.id;
            }
        }
        return -1;
    }

    QStringList rejections(const QJsonObject &run)
    {
        QStringList lines;
        for (const QJsonValue &rejection : run[u"rejections"_s].toArray()) {
            lines.append(u"%1:%2"_s.arg(rejection[u"row"_s].toInt()).arg(rejection[u"reason"_s].toString()));
        }
        return lines;
    }

    QJsonObject reference(
        const QString &crop, const QString &mandi, const QString &district, const QString &state)
    {
        const auto reply = call(*m_admin, u"prices.reference"_s,
            {{u"crop_id"_s, cropId(crop)}, {u"mandi"_s, mandi}, {u"district"_s, district},
                {u"state"_s, state}});
        return reply.fields[u"reference"_s].toObject();
    }

    QJsonObject importCsv()
    {
        const auto reply = call(*m_admin, u"admin.prices.import"_s,
            {{u"content"_s, kCsv}, {u"format"_s, u"csv"_s}, {u"file_name"_s, u"agmarknet-19-11.csv"_s}});
        if (codeOf(reply) != u"ok"_s) {
            qWarning() << reply.error->message;
        }
        return reply.fields[u"run"_s].toObject();
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<TestServer>();
        const auto admin = m_server->createUser(Role::Admin, kAdmin, kPassword);
        m_adminId = admin.id;
        m_server->createUser(Role::Farmer, u"9811100001"_s, u"4321"_s);
        m_admin = openClient(m_server->port(), kAdmin, kPassword);
        QVERIFY(m_admin);
    }

    void cleanup()
    {
        m_admin.reset();
        m_server.reset();
    }

    void csvKeepsGoodRowsAndNamesBadOnes()
    {
        // Before any import the shipped sample answers.
        QCOMPARE(reference(u"wheat"_s, u"Khanna"_s, u"Ludhiana"_s, u"Punjab"_s)[u"source"_s].toString(),
            u"sample"_s);
        const QJsonObject run = importCsv();
        QCOMPARE(run[u"ok"_s].toBool(), true);
        QCOMPARE(run[u"records_seen"_s].toInt(), 14);
        QCOMPARE(run[u"records_stored"_s].toInt(), 8);
        QCOMPARE(run[u"rejected"_s].toInt(), 6);
        QCOMPARE(rejections(run), kExpectedRejections);
        QCOMPARE(run[u"unknown_commodities"_s][u"Dragon fruit"_s].toInt(), 1);
        QCOMPARE(m_server->parts().prices.prices().count(u"import"_s), 8);
        QCOMPARE(m_server->parts().prices.prices().count(u"sample"_s), 0);

        server::AuditFilter filter;
        filter.op = u"admin.prices.import"_s;
        const auto audit = m_server->parts().auditLog.list(filter);
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().actorId, std::optional<qint64>(m_adminId));
        QVERIFY(audit.first().afterJson.contains(u"\"records_stored\":8"_s));

        // The admin status shows the import as the last run, rejections included.
        const auto status = call(*m_admin, u"admin.prices.status"_s).fields[u"status"_s].toObject();
        QCOMPARE(status[u"source"_s].toString(), u"import"_s);
        QCOMPARE(rejections(status[u"last_run"_s].toObject()), kExpectedRejections);
    }

    void referenceFallsBackLevelByLevel()
    {
        QCOMPARE(importCsv()[u"ok"_s].toBool(), true);
        // The mandi itself: its one row of 19/11 (₹2,300 / ₹2,500 / ₹2,400).
        QJsonObject ref = reference(u"wheat"_s, u"Khanna"_s, u"Ludhiana"_s, u"Punjab"_s);
        QCOMPARE(ref[u"level"_s].toString(), u"market"_s);
        QCOMPARE(ref[u"date"_s].toString(), u"2026-11-19"_s);
        QCOMPARE(ref[u"min_price"_s].toInteger(), 230'000);
        QCOMPARE(ref[u"max_price"_s].toInteger(), 250'000);
        QCOMPARE(ref[u"modal_price"_s].toInteger(), 240'000);
        QCOMPARE(ref[u"source"_s].toString(), u"import"_s);
        // No Machhiwara rows: Ludhiana's 19/11 rows (Khanna 2400, Jagraon 2360, Samrala 2380): the
        // median modal is 2380, the lowest min 2200 (Jagraon), the highest max 2600 (Jagraon).
        ref = reference(u"wheat"_s, u"Machhiwara"_s, u"Ludhiana"_s, u"Punjab"_s);
        QCOMPARE(ref[u"level"_s].toString(), u"district"_s);
        QCOMPARE(ref[u"modal_price"_s].toInteger(), 238'000);
        QCOMPARE(ref[u"min_price"_s].toInteger(), 220'000);
        QCOMPARE(ref[u"max_price"_s].toInteger(), 260'000);
        QCOMPARE(ref[u"markets"_s].toInt(), 3);
        // Doraha's only row is from 01/10, 49 days before the newest wheat price: too old, so the
        // district answers instead.
        QCOMPARE(reference(u"wheat"_s, u"Doraha"_s, u"Ludhiana"_s, u"Punjab"_s)[u"level"_s].toString(),
            u"district"_s);
        // Nothing in Sangrur: Punjab's four 19/11 rows 2300, 2360, 2380, 2400: the lower middle is 2360.
        ref = reference(u"wheat"_s, u"Nabha"_s, u"Sangrur"_s, u"Punjab"_s);
        QCOMPARE(ref[u"level"_s].toString(), u"state"_s);
        QCOMPARE(ref[u"modal_price"_s].toInteger(), 236'000);
        QCOMPARE(ref[u"min_price"_s].toInteger(), 210'000);
        QCOMPARE(ref[u"markets"_s].toInt(), 4);
        // Nothing in Bihar: all five 19/11 rows, 2200 2300 2360 2380 2400: the median is 2360.
        ref = reference(u"wheat"_s, u"Gulabbagh"_s, u"Purnia"_s, u"Bihar"_s);
        QCOMPARE(ref[u"level"_s].toString(), u"national"_s);
        QCOMPARE(ref[u"modal_price"_s].toInteger(), 236'000);
        QCOMPARE(ref[u"min_price"_s].toInteger(), 200'000);
        QCOMPARE(ref[u"markets"_s].toInt(), 5);
        // Quoted names with commas and "10,000" in Indian grouping: ₹10,000 = 10,00,000 paise.
        QCOMPARE(reference(u"sesame"_s, u"Indore"_s, u"Indore"_s, u"Madhya Pradesh"_s)[u"modal_price"_s]
                     .toInteger(),
            1'000'000);
        // A crop without any price: no reference, not an error.
        const auto none = call(*m_admin, u"prices.reference"_s, {{u"crop_id"_s, cropId(u"jute"_s)}});
        QCOMPARE(codeOf(none), u"ok"_s);
        QVERIFY(none.fields[u"reference"_s].isNull());
    }

    void historyIsTheDailySeriesWhereTheReferenceWasFound()
    {
        QCOMPARE(importCsv()[u"ok"_s].toBool(), true);
        const auto reply = call(*m_admin, u"prices.history"_s,
            {{u"crop_id"_s, cropId(u"wheat"_s)}, {u"mandi"_s, u"Khanna"_s}, {u"district"_s, u"Ludhiana"_s},
                {u"state"_s, u"Punjab"_s}});
        QCOMPARE(codeOf(reply), u"ok"_s);
        QCOMPARE(reply.fields[u"level"_s].toString(), u"market"_s);
        QCOMPARE(reply.fields[u"to"_s].toString(), u"2026-11-19"_s);
        QCOMPARE(reply.fields[u"from"_s].toString(), u"2026-10-21"_s); // 30 days including the 19th
        const QJsonArray days = reply.fields[u"days"_s].toArray();
        QCOMPARE(days.size(), 2);
        QCOMPARE(days.at(0)[u"date"_s].toString(), u"2026-11-18"_s);
        QCOMPARE(days.at(0)[u"modal_price"_s].toInteger(), 239'000);
        QCOMPARE(days.at(1)[u"modal_price"_s].toInteger(), 240'000);
        // The district's series over 60 days reaches back to Doraha's row of 01/10.
        const auto wide = call(*m_admin, u"prices.history"_s,
            {{u"crop_id"_s, cropId(u"wheat"_s)}, {u"mandi"_s, u"Machhiwara"_s},
                {u"district"_s, u"Ludhiana"_s}, {u"state"_s, u"Punjab"_s}, {u"days"_s, 60}});
        QCOMPARE(wide.fields[u"level"_s].toString(), u"district"_s);
        QCOMPARE(wide.fields[u"days"_s].toArray().size(), 3);
        QCOMPARE(wide.fields[u"days"_s][0][u"date"_s].toString(), u"2026-10-01"_s);
        QCOMPARE(code(*m_admin, u"prices.history"_s, {{u"crop_id"_s, cropId(u"wheat"_s)}, {u"days"_s, 91}}),
            u"invalid_value"_s);
    }

    void unreadableFilesChangeNothing_data()
    {
        QTest::addColumn<QString>("content");
        QTest::addColumn<QString>("format");
        QTest::newRow("csv without the price columns")
            << u"State,District,Market\nPunjab,Ludhiana,Khanna\n"_s << u"csv"_s;
        QTest::newRow("malformed json") << u"{\"records\": [{\"state\": "_s << u"json"_s;
        QTest::newRow("json without records") << u"{\"total\": 3}"_s << QString();
        QTest::newRow("header only")
            << u"State,District,Market,Commodity,Arrival_Date,Min Price,Max Price,Modal Price\n"_s
            << u"csv"_s;
    }

    void unreadableFilesChangeNothing()
    {
        QFETCH(QString, content);
        QFETCH(QString, format);
        QCOMPARE(importCsv()[u"ok"_s].toBool(), true);
        const qint64 rows = m_server->rowCount(u"price_records"_s);
        QJsonObject fields {{u"content"_s, content}};
        if (!format.isEmpty()) {
            fields.insert(u"format"_s, format);
        }
        QCOMPARE(code(*m_admin, u"admin.prices.import"_s, fields), u"invalid_value"_s);
        QCOMPARE(m_server->rowCount(u"price_records"_s), rows);
        QCOMPARE(m_server->parts().prices.currentSource(), u"import"_s);
    }

    void onlyAdminsImport()
    {
        auto farmer = openClient(m_server->port(), u"9811100001"_s, u"4321"_s);
        QVERIFY(farmer);
        QCOMPARE(code(*farmer, u"admin.prices.import"_s, {{u"content"_s, kCsv}}), u"forbidden"_s);
        QCOMPARE(code(*farmer, u"admin.prices.status"_s), u"forbidden"_s);
        QCOMPARE(code(*m_admin, u"admin.prices.import"_s, {{u"content"_s, kCsv}, {u"format"_s, u"xls"_s}}),
            u"invalid_value"_s);
        QCOMPARE(m_server->rowCount(u"price_records"_s), 0);
    }

    void commandLineImport()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"prices.csv"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kCsv.toUtf8());
        file.close();
        const int exitCode = server::runCommandLine({u"boli-server"_s, u"import-prices"_s, path, u"--db"_s,
            m_server->databaseUrl(), u"--data-dir"_s, m_server->dataDir()});
        QCOMPARE(exitCode, 0);
        QCOMPARE(m_server->parts().prices.prices().count(u"import"_s), 8);
        server::AuditFilter filter;
        filter.op = u"cli.import_prices"_s;
        QCOMPARE(m_server->parts().auditLog.count(filter), 1);
        // A file with nothing usable fails the command and stores nothing.
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("State,District,Market,Commodity,Arrival_Date,Min Price,Max Price,Modal Price\n"
                   "Punjab,Ludhiana,Khanna,Wheat,19/11/2026,x,y,z\n");
        file.close();
        QCOMPARE(server::runCommandLine({u"boli-server"_s, u"import-prices"_s, path, u"--db"_s,
                     m_server->databaseUrl(), u"--data-dir"_s, m_server->dataDir()}),
            1);
        QCOMPARE(m_server->parts().prices.prices().count(u"import"_s), 8);
    }

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<TestClient> m_admin;
    qint64 m_adminId = 0;
};

QTEST_GUILESS_MAIN(TestPriceImport)
#include "tst_priceimport.moc"
