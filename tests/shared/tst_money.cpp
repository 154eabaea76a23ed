// SPDX-License-Identifier: GPL-3.0-or-later
#include "boli/money.h"

#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using boli::Kilograms;
using boli::Paise;

/// @brief Formats, parses and multiplies money exactly as a mandi clerk would write it.
class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatRupees_data();
    void formatRupees();
    void parseRupees_data();
    void parseRupees();
    void parseRupeesRejects_data();
    void parseRupeesRejects();
    void formatThenParseRoundTrips_data();
    void formatThenParseRoundTrips();
    void totalForQuantity_data();
    void totalForQuantity();
};

void TestMoney::formatRupees_data()
{
    QTest::addColumn<Paise>("amount");
    QTest::addColumn<QString>("expected");

    QTest::newRow("zero") << Paise(0) << u"₹0"_s;
    QTest::newRow("five paise") << Paise(5) << u"₹0.05"_s;
    QTest::newRow("fifty paise keeps two digits") << Paise(50) << u"₹0.50"_s;
    QTest::newRow("one rupee hides zero paise") << Paise(100) << u"₹1"_s;
    QTest::newRow("three digits, no comma") << Paise(99'999) << u"₹999.99"_s;
    QTest::newRow("thousand") << Paise(100'000) << u"₹1,000"_s;
    QTest::newRow("one lakh") << Paise(10'000'000) << u"₹1,00,000"_s;
    QTest::newRow("lakh grouping") << Paise(12'345'000) << u"₹1,23,450"_s;
    QTest::newRow("one crore") << Paise(1'000'000'000) << u"₹1,00,00,000"_s;
    QTest::newRow("crore with paise") << Paise(1'234'567'890) << u"₹1,23,45,678.90"_s;
    QTest::newRow("parse cap") << Paise(1'000'000'000'000) << u"₹10,00,00,00,000"_s;
    QTest::newRow("largest qint64") << std::numeric_limits<Paise>::max() << u"₹92,23,37,20,36,85,47,758.07"_s;
    QTest::newRow("negative paise") << Paise(-5) << u"-₹0.05"_s;
    QTest::newRow("negative lakh") << Paise(-12'345'000) << u"-₹1,23,450"_s;
    QTest::newRow("negative crore with paise") << Paise(-1'234'567'890) << u"-₹1,23,45,678.90"_s;
    // -min does not fit in qint64: negating it is signed overflow.
    QTest::newRow("smallest qint64") << std::numeric_limits<Paise>::min()
                                     << u"-₹92,23,37,20,36,85,47,758.08"_s;
}

void TestMoney::formatRupees()
{
    QFETCH(Paise, amount);
    QFETCH(QString, expected);

    QCOMPARE(boli::formatRupees(amount), expected);
}

void TestMoney::parseRupees_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Paise>("expected");

    QTest::newRow("plain rupees") << u"1234"_s << Paise(123'400);
    QTest::newRow("western grouping, one decimal") << u"1,234.5"_s << Paise(123'450);
    QTest::newRow("symbol, space, lakh grouping, paise") << u"₹ 1,23,450.05"_s << Paise(12'345'005);
    QTest::newRow("symbol without space") << u"₹1,23,450"_s << Paise(12'345'000);
    QTest::newRow("surrounding spaces") << u" 7 "_s << Paise(700);
    QTest::newRow("tabs and newline around symbol") << u"\t₹\t5\n"_s << Paise(500);
    QTest::newRow("zero") << u"0"_s << Paise(0);
    QTest::newRow("paise only") << u"0.05"_s << Paise(5);
    QTest::newRow("one decimal is tens of paise") << u"0.5"_s << Paise(50);
    QTest::newRow("two zero decimals") << u"12.00"_s << Paise(1'200);
    QTest::newRow("leading zeros") << u"007"_s << Paise(700);
    QTest::newRow("crore with paise") << u"1,23,45,678.90"_s << Paise(1'234'567'890);
    QTest::newRow("exactly the cap") << u"10000000000"_s << Paise(1'000'000'000'000);
}

void TestMoney::parseRupees()
{
    QFETCH(QString, text);
    QFETCH(Paise, expected);

    const std::optional<Paise> parsed = boli::parseRupees(text);
    QVERIFY2(parsed.has_value(), qPrintable(u"'%1' was rejected"_s.arg(text)));
    QCOMPARE(*parsed, expected);
}

void TestMoney::parseRupeesRejects_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << u"   "_s;
    QTest::newRow("symbol only") << u"₹"_s;
    QTest::newRow("negative") << u"-5"_s;
    QTest::newRow("explicit plus") << u"+5"_s;
    QTest::newRow("three decimals") << u"1.234"_s;
    QTest::newRow("letters") << u"abc"_s;
    QTest::newRow("trailing letter") << u"12a"_s;
    QTest::newRow("two decimal points") << u"1..2"_s;
    QTest::newRow("two decimal points apart") << u"1.2.3"_s;
    QTest::newRow("no digit before the point") << u".5"_s;
    QTest::newRow("no digit after the point") << u"1."_s;
    QTest::newRow("leading comma") << u",12"_s;
    QTest::newRow("double comma") << u"1,,234"_s;
    QTest::newRow("trailing comma") << u"12,"_s;
    QTest::newRow("comma before the point") << u"1,.5"_s;
    QTest::newRow("inner space") << u"1 234"_s;
    QTest::newRow("exponent") << u"1e3"_s;
    QTest::newRow("hex") << u"0x10"_s;
    QTest::newRow("symbol twice") << u"₹₹5"_s;
    QTest::newRow("Rs prefix") << u"Rs 5"_s;
    QTest::newRow("one rupee over the cap") << u"10000000001"_s;
    QTest::newRow("paise over the cap") << u"10000000000.01"_s;
    QTest::newRow("beyond qint64") << u"99999999999999999999999"_s;
    QTest::newRow("Devanagari digits") << u"१२३"_s;
    QTest::newRow("Arabic-Indic digits") << u"١٢٣"_s;
    QTest::newRow("fullwidth digit") << u"５"_s;
    QTest::newRow("superscript digit") << u"²"_s;
}

void TestMoney::parseRupeesRejects()
{
    QFETCH(QString, text);

    const std::optional<Paise> parsed = boli::parseRupees(text);
    QVERIFY2(!parsed.has_value(), qPrintable(u"'%1' parsed as %2 paise"_s.arg(text).arg(parsed.value_or(0))));
}

void TestMoney::formatThenParseRoundTrips_data()
{
    QTest::addColumn<Paise>("amount");

    for (const Paise amount : {Paise(0), Paise(1), Paise(99), Paise(100), Paise(12'345'005),
             Paise(1'234'567'890), Paise(1'000'000'000'000)}) {
        QTest::addRow("%lld", static_cast<long long>(amount)) << amount;
    }
}

void TestMoney::formatThenParseRoundTrips()
{
    QFETCH(Paise, amount);

    const QString text = boli::formatRupees(amount);
    const std::optional<Paise> parsed = boli::parseRupees(text);
    QVERIFY2(parsed.has_value(), qPrintable(text));
    QCOMPARE(*parsed, amount);
}

void TestMoney::totalForQuantity_data()
{
    QTest::addColumn<Paise>("pricePerQuintal");
    QTest::addColumn<Kilograms>("quantity");
    QTest::addColumn<Paise>("expected");

    QTest::newRow("one and a half quintals") << Paise(250'000) << Kilograms(150) << Paise(375'000);
    QTest::newRow("exactly one quintal") << Paise(250'000) << Kilograms(100) << Paise(250'000);
    QTest::newRow("wheat MSP, odd weight") << Paise(218'300) << Kilograms(2'575) << Paise(5'621'225);
    QTest::newRow("no quantity") << Paise(250'000) << Kilograms(0) << Paise(0);
    QTest::newRow("no price") << Paise(0) << Kilograms(500) << Paise(0);
    QTest::newRow("0.49 paisa rounds down") << Paise(1) << Kilograms(49) << Paise(0);
    QTest::newRow("0.5 paisa rounds up") << Paise(1) << Kilograms(50) << Paise(1);
    QTest::newRow("1.49 paise rounds down") << Paise(1) << Kilograms(149) << Paise(1);
    QTest::newRow("1.5 paise rounds up") << Paise(1) << Kilograms(150) << Paise(2);
    QTest::newRow("3.33 paise rounds down") << Paise(333) << Kilograms(1) << Paise(3);
    QTest::newRow("3.5 paise rounds up") << Paise(350) << Kilograms(1) << Paise(4);
    QTest::newRow("2499.99 paise rounds up") << Paise(249'999) << Kilograms(1) << Paise(2'500);
    QTest::newRow("cap price, ten tonnes")
        << Paise(1'000'000'000'000) << Kilograms(10'000) << Paise(100'000'000'000'000);
}

void TestMoney::totalForQuantity()
{
    QFETCH(Paise, pricePerQuintal);
    QFETCH(Kilograms, quantity);
    QFETCH(Paise, expected);

    QCOMPARE(boli::totalForQuantity(pricePerQuintal, quantity), expected);
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
