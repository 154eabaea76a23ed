// SPDX-License-Identifier: GPL-3.0-or-later
// The pure parts of the price module, table-driven: CSV splitting, reading one dataset record into
// paise, and the suggested range arithmetic (worked out by hand in each row).

#include "prices/csvreader.h"
#include "prices/pricerow.h"
#include "prices/pricesuggestion.h"

#include <QTest>

using namespace boli;
using namespace boli::server;
using namespace Qt::StringLiterals;

class TestPriceRows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csv_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("records"); ///< "line:field|field;line:..."
        QTest::newRow("plain, LF") << u"a,b\nc,d\n"_s << u"1:a|b;2:c|d"_s;
        QTest::newRow("CRLF, no final newline") << u"a,b\r\nc,d"_s << u"1:a|b;2:c|d"_s;
        QTest::newRow("quoted comma") << u"\"x,y\",z\n"_s << u"1:x,y|z"_s;
        QTest::newRow("escaped quote") << u"\"say \"\"hi\"\"\",z\n"_s << u"1:say \"hi\"|z"_s;
        QTest::newRow("newline inside quotes keeps line numbers")
            << u"\"a\nb\",c\nd,e\n"_s << u"1:a\nb|c;3:d|e"_s;
        QTest::newRow("blank lines skipped") << u"a,b\n\n\nc,d\n"_s << u"1:a|b;4:c|d"_s;
        QTest::newRow("empty fields") << u"a,,c\n,,\n"_s << u"1:a||c;2:||"_s;
    }

    void csv()
    {
        QFETCH(QString, text);
        QFETCH(QString, records);
        QStringList seen;
        for (const CsvReader::Record &record : CsvReader::read(text)) {
            seen.append(u"%1:%2"_s.arg(record.line).arg(record.fields.join(u'|')));
        }
        QCOMPARE(seen.join(u';'), records);
    }

    void record_data()
    {
        QTest::addColumn<QString>("min");
        QTest::addColumn<QString>("max");
        QTest::addColumn<QString>("modal");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("expected"); ///< "min/max/modal@date" in paise, or the error
        QTest::newRow("whole rupees")
            << u"2300"_s << u"2500"_s << u"2400"_s << u"19/11/2026"_s << u"230000/250000/240000@2026-11-19"_s;
        QTest::newRow("paise and grouping") << u"1,000.5"_s << u"1,200"_s << u"1,100.25"_s << u"2026-11-19"_s
                                            << u"100050/120000/110025@2026-11-19"_s;
        QTest::newRow("equal prices")
            << u"500"_s << u"500"_s << u"500"_s << u"01/01/2026"_s << u"50000/50000/50000@2026-01-01"_s;
        QTest::newRow("no such day") << u"1"_s << u"2"_s << u"1"_s << u"29/02/2026"_s
                                     << u"arrival_date '29/02/2026' is not a DD/MM/YYYY date"_s;
        QTest::newRow("US order") << u"1"_s << u"2"_s << u"1"_s << u"11/19/2026"_s
                                  << u"arrival_date '11/19/2026' is not a DD/MM/YYYY date"_s;
        QTest::newRow("zero") << u"0"_s << u"2"_s << u"1"_s << u"19/11/2026"_s
                              << u"min_price '0' is not a price in rupees per quintal"_s;
        QTest::newRow("negative") << u"-5"_s << u"2"_s << u"1"_s << u"19/11/2026"_s
                                  << u"min_price '-5' is not a price in rupees per quintal"_s;
        QTest::newRow("three decimals") << u"1"_s << u"2.125"_s << u"1"_s << u"19/11/2026"_s
                                        << u"max_price '2.125' is not a price in rupees per quintal"_s;
        QTest::newRow("modal above max")
            << u"100"_s << u"200"_s << u"300"_s << u"19/11/2026"_s
            << u"prices out of order: min ₹100, modal ₹300, max ₹200 (need min ≤ modal ≤ "
               "max)"_s;
        QTest::newRow("missing modal")
            << u"100"_s << u"200"_s << QString() << u"19/11/2026"_s << u"modal_price is missing"_s;
    }

    void record()
    {
        QFETCH(QString, min);
        QFETCH(QString, max);
        QFETCH(QString, modal);
        QFETCH(QString, date);
        QFETCH(QString, expected);
        // The API's JSON spelling and the CSV export's escaped header both read the same.
        const QJsonObject json {{u"State"_s, u"Punjab"_s}, {u"District"_s, u"Ludhiana"_s},
            {u"Market"_s, u"Khanna"_s}, {u"Commodity"_s, u"Wheat"_s}, {u"Arrival_Date"_s, date},
            {u"Min_x0020_Price"_s, min}, {u"Max Price"_s, max}, {u"modal_price"_s, modal}};
        const auto parsed = parsePriceRow(json);
        QString seen;
        if (const auto *row = std::get_if<PriceRow>(&parsed)) {
            seen = u"%1/%2/%3@%4"_s.arg(row->minPrice)
                       .arg(row->maxPrice)
                       .arg(row->modalPrice)
                       .arg(row->arrivalDate.toString(Qt::ISODate));
        } else {
            seen = std::get<QString>(parsed);
        }
        QCOMPARE(seen, expected);
    }

    void suggestion_data()
    {
        QTest::addColumn<qint64>("reference"); ///< -1: none
        QTest::addColumn<QList<qint64>>("sales");
        QTest::addColumn<QString>("expected"); ///< "low-high basis", or "none"
        // 241,750 → high ₹2,410 (241,000); 90 % = 217,575 → ₹2,170 (217,000).
        QTest::newRow("reference only") << qint64(241750) << QList<qint64>() << u"217000-241000 reference"_s;
        // Sales 300,000 / 250,000 / 260,000 / 280,000: sorted, the lower middle is 260,000.
        QTest::newRow("sales only, even count")
            << qint64(-1) << QList<qint64> {300000, 250000, 260000, 280000} << u"234000-260000 sales"_s;
        // (200,000 + 211,000) / 2 = 205,500 → high 205,000; 184,950 → 184,000.
        QTest::newRow("both") << qint64(200000) << QList<qint64> {211000}
                              << u"184000-205000 reference_and_sales"_s;
        // (100,001 + 100,000) / 2 = 100,000 (rounded down) → 90,000 – 100,000.
        QTest::newRow("odd sum rounds down")
            << qint64(100001) << QList<qint64> {100000} << u"90000-100000 reference_and_sales"_s;
        // Below ₹10: both ends are the ₹10 floor.
        QTest::newRow("tiny") << qint64(500) << QList<qint64>() << u"1000-1000 reference"_s;
        QTest::newRow("nothing known") << qint64(-1) << QList<qint64>() << u"none"_s;
    }

    void suggestion()
    {
        QFETCH(qint64, reference);
        QFETCH(QList<qint64>, sales);
        QFETCH(QString, expected);
        const auto s =
            PriceSuggestion::compute(reference < 0 ? std::nullopt : std::optional(reference), sales);
        QCOMPARE(s ? u"%1-%2 %3"_s.arg(s->low).arg(s->high).arg(s->basis) : u"none"_s, expected);
    }
};

QTEST_GUILESS_MAIN(TestPriceRows)
#include "tst_pricerows.moc"
