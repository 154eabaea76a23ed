// SPDX-License-Identifier: GPL-3.0-or-later
#include "boli/fieldreader.h"

#include <QJsonDocument>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using boli::ErrorCode;
using boli::FieldReader;

namespace {

/// What a read should leave behind: no error, or the first error's code.
using Outcome = std::optional<ErrorCode>;
const Outcome kOk;

const QString kKey = u"f"_s;

QJsonObject objectFrom(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        qFatal("bad test JSON: %s", json.constData());
    }
    return document.object();
}

/// Readable form of a read's result: "undefined" for an empty optional, else the JSON text.
QString render(const QJsonValue &value)
{
    if (value.isUndefined()) {
        return u"undefined"_s;
    }
    const QByteArray json = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

template<typename T>
QJsonValue toJson(const std::optional<T> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Undefined);
}

QString render(const Outcome &outcome)
{
    return outcome ? boli::errorCodeName(*outcome) : u"ok"_s;
}

QString render(const std::optional<boli::Error> &error)
{
    return error ? boli::errorCodeName(error->code) : u"ok"_s;
}

/// The columns every getter table shares: the request object, the value read, the outcome.
void addReadColumns()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QJsonValue>("expected");
    QTest::addColumn<Outcome>("outcome");
}

/// Compares a getter's result and error with the current row, and that any message names the field.
void checkRead(const FieldReader &reader, const QJsonValue &actual)
{
    QFETCH(QJsonValue, expected);
    QFETCH(Outcome, outcome);

    QCOMPARE(render(actual), render(expected));
    QCOMPARE(render(reader.error()), render(outcome));
    QCOMPARE(reader.ok(), !outcome.has_value());
    if (const auto &error = reader.error()) {
        QVERIFY2(error->message.contains(u"'f'"_s), qPrintable(error->message));
    }
}

} // namespace

/// @brief Reads typed request fields and keeps the first thing wrong with them.
class TestFieldReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void string_data();
    void string();
    void optionalString_data();
    void optionalString();
    void integer_data();
    void integer();
    void optionalInteger_data();
    void optionalInteger();
    void boolean_data();
    void boolean();
    void optionalBoolean_data();
    void optionalBoolean();
    void array_data();
    void array();
    void object_data();
    void object();
    void value_data();
    void value();
    void firstErrorWins();
    void readingGoesOnAfterAnError();
    void failAndInvalid();
    void isExactInteger_data();
    void isExactInteger();
};

void TestFieldReader::string_data()
{
    addReadColumns();
    QTest::newRow("present") << R"({"f":"abc"})"_ba << QJsonValue(u"abc"_s) << kOk;
    QTest::newRow("empty is present") << R"({"f":""})"_ba << QJsonValue(u""_s) << kOk;
    QTest::newRow("unicode") << R"({"f":"गेहूँ"})"_ba << QJsonValue(u"गेहूँ"_s) << kOk;
    QTest::newRow("absent") << R"({"g":"abc"})"_ba << QJsonValue(u""_s) << Outcome(ErrorCode::MissingField);
    QTest::newRow("null") << R"({"f":null})"_ba << QJsonValue(u""_s) << Outcome(ErrorCode::MissingField);
    QTest::newRow("number") << R"({"f":5})"_ba << QJsonValue(u""_s) << Outcome(ErrorCode::WrongType);
    QTest::newRow("bool") << R"({"f":true})"_ba << QJsonValue(u""_s) << Outcome(ErrorCode::WrongType);
    QTest::newRow("array") << R"({"f":["a"]})"_ba << QJsonValue(u""_s) << Outcome(ErrorCode::WrongType);
    QTest::newRow("object") << R"({"f":{}})"_ba << QJsonValue(u""_s) << Outcome(ErrorCode::WrongType);
}

void TestFieldReader::string()
{
    QFETCH(QByteArray, json);
    FieldReader reader(objectFrom(json));
    checkRead(reader, reader.string(kKey));
}

void TestFieldReader::optionalString_data()
{
    addReadColumns();
    const QJsonValue none(QJsonValue::Undefined);
    QTest::newRow("present") << R"({"f":"abc"})"_ba << QJsonValue(u"abc"_s) << kOk;
    QTest::newRow("empty is present") << R"({"f":""})"_ba << QJsonValue(u""_s) << kOk;
    QTest::newRow("absent") << R"({})"_ba << none << kOk;
    QTest::newRow("null") << R"({"f":null})"_ba << none << kOk;
    QTest::newRow("number") << R"({"f":5})"_ba << none << Outcome(ErrorCode::WrongType);
    QTest::newRow("bool") << R"({"f":false})"_ba << none << Outcome(ErrorCode::WrongType);
    QTest::newRow("object") << R"({"f":{"a":"b"}})"_ba << none << Outcome(ErrorCode::WrongType);
}

void TestFieldReader::optionalString()
{
    QFETCH(QByteArray, json);
    FieldReader reader(objectFrom(json));
    checkRead(reader, toJson(reader.optionalString(kKey)));
}

void TestFieldReader::integer_data()
{
    addReadColumns();
    const QJsonValue zero(0);
    const Outcome wrongType(ErrorCode::WrongType);
    QTest::newRow("zero") << R"({"f":0})"_ba << zero << kOk;
    QTest::newRow("positive") << R"({"f":42})"_ba << QJsonValue(42) << kOk;
    QTest::newRow("negative") << R"({"f":-7})"_ba << QJsonValue(-7) << kOk;
    QTest::newRow("whole number written as a double") << R"({"f":3.0})"_ba << QJsonValue(3) << kOk;
    QTest::newRow("2^53") << R"({"f":9007199254740992})"_ba << QJsonValue(qint64(9007199254740992)) << kOk;
    QTest::newRow("-2^53") << R"({"f":-9007199254740992})"_ba << QJsonValue(qint64(-9007199254740992)) << kOk;
    QTest::newRow("fraction") << R"({"f":1.5})"_ba << zero << wrongType;
    QTest::newRow("2^53+2 as a double") << R"({"f":9007199254740994.0})"_ba << zero << wrongType;
    QTest::newRow("2^53+2 as an integer") << R"({"f":9007199254740994})"_ba << zero << wrongType;
    // A double cannot hold 2^53+1; reading it through toDouble() would silently round to 2^53.
    QTest::newRow("2^53+1") << R"({"f":9007199254740993})"_ba << zero << wrongType;
    QTest::newRow("-2^53-1") << R"({"f":-9007199254740993})"_ba << zero << wrongType;
    QTest::newRow("huge") << R"({"f":1e300})"_ba << zero << wrongType;
    QTest::newRow("string of digits") << R"({"f":"5"})"_ba << zero << wrongType;
    QTest::newRow("true") << R"({"f":true})"_ba << zero << wrongType;
    QTest::newRow("array") << R"({"f":[5]})"_ba << zero << wrongType;
    QTest::newRow("absent") << R"({})"_ba << zero << Outcome(ErrorCode::MissingField);
    QTest::newRow("null") << R"({"f":null})"_ba << zero << Outcome(ErrorCode::MissingField);
}

void TestFieldReader::integer()
{
    QFETCH(QByteArray, json);
    FieldReader reader(objectFrom(json));
    checkRead(reader, QJsonValue(reader.integer(kKey)));
}

void TestFieldReader::optionalInteger_data()
{
    addReadColumns();
    const QJsonValue none(QJsonValue::Undefined);
    QTest::newRow("present") << R"({"f":3})"_ba << QJsonValue(3) << kOk;
    QTest::newRow("zero is present") << R"({"f":0})"_ba << QJsonValue(0) << kOk;
    QTest::newRow("absent") << R"({})"_ba << none << kOk;
    QTest::newRow("null") << R"({"f":null})"_ba << none << kOk;
    QTest::newRow("fraction") << R"({"f":1.5})"_ba << none << Outcome(ErrorCode::WrongType);
    QTest::newRow("string") << R"({"f":"3"})"_ba << none << Outcome(ErrorCode::WrongType);
}

void TestFieldReader::optionalInteger()
{
    QFETCH(QByteArray, json);
    FieldReader reader(objectFrom(json));
    checkRead(reader, toJson(reader.optionalInteger(kKey)));
}

void TestFieldReader::boolean_data()
{
    addReadColumns();
    const QJsonValue no(false);
    QTest::newRow("true") << R"({"f":true})"_ba << QJsonValue(true) << kOk;
    QTest::newRow("false") << R"({"f":false})"_ba << no << kOk;
    QTest::newRow("absent") << R"({})"_ba << no << Outcome(ErrorCode::MissingField);
    QTest::newRow("null") << R"({"f":null})"_ba << no << Outcome(ErrorCode::MissingField);
    QTest::newRow("one") << R"({"f":1})"_ba << no << Outcome(ErrorCode::WrongType);
    QTest::newRow("string true") << R"({"f":"true"})"_ba << no << Outcome(ErrorCode::WrongType);
}

void TestFieldReader::boolean()
{
    QFETCH(QByteArray, json);
    FieldReader reader(objectFrom(json));
    checkRead(reader, QJsonValue(reader.boolean(kKey)));
}

void TestFieldReader::optionalBoolean_data()
{
    addReadColumns();
    const QJsonValue none(QJsonValue::Undefined);
    QTest::newRow("false is present") << R"({"f":false})"_ba << QJsonValue(false) << kOk;
    QTest::newRow("true") << R"({"f":true})"_ba << QJsonValue(true) << kOk;
    QTest::newRow("absent") << R"({})"_ba << none << kOk;
    QTest::newRow("null") << R"({"f":null})"_ba << none << kOk;
    QTest::newRow("zero") << R"({"f":0})"_ba << none << Outcome(ErrorCode::WrongType);
}

void TestFieldReader::optionalBoolean()
{
    QFETCH(QByteArray, json);
    FieldReader reader(objectFrom(json));
    checkRead(reader, toJson(reader.optionalBoolean(kKey)));
}

void TestFieldReader::array_data()
{
    addReadColumns();
    const QJsonValue empty(QJsonArray {});
    QTest::newRow("present") << R"({"f":[1,"a"]})"_ba << QJsonValue(QJsonArray {1, u"a"_s}) << kOk;
    QTest::newRow("empty is present") << R"({"f":[]})"_ba << empty << kOk;
    QTest::newRow("absent") << R"({})"_ba << empty << Outcome(ErrorCode::MissingField);
    QTest::newRow("null") << R"({"f":null})"_ba << empty << Outcome(ErrorCode::MissingField);
    QTest::newRow("object") << R"({"f":{}})"_ba << empty << Outcome(ErrorCode::WrongType);
    QTest::newRow("string") << R"({"f":"[1]"})"_ba << empty << Outcome(ErrorCode::WrongType);
}

void TestFieldReader::array()
{
    QFETCH(QByteArray, json);
    FieldReader reader(objectFrom(json));
    checkRead(reader, reader.array(kKey));
}

void TestFieldReader::object_data()
{
    addReadColumns();
    const QJsonValue empty(QJsonObject {});
    QTest::newRow("present") << R"({"f":{"a":1}})"_ba << QJsonValue(QJsonObject {{u"a"_s, 1}}) << kOk;
    QTest::newRow("empty is present") << R"({"f":{}})"_ba << empty << kOk;
    QTest::newRow("absent") << R"({})"_ba << empty << Outcome(ErrorCode::MissingField);
    QTest::newRow("null") << R"({"f":null})"_ba << empty << Outcome(ErrorCode::MissingField);
    QTest::newRow("array") << R"({"f":[]})"_ba << empty << Outcome(ErrorCode::WrongType);
    QTest::newRow("number") << R"({"f":1})"_ba << empty << Outcome(ErrorCode::WrongType);
}

void TestFieldReader::object()
{
    QFETCH(QByteArray, json);
    FieldReader reader(objectFrom(json));
    checkRead(reader, reader.object(kKey));
}

void TestFieldReader::value_data()
{
    addReadColumns();
    const QJsonValue null(QJsonValue::Null);
    QTest::newRow("zero") << R"({"f":0})"_ba << QJsonValue(0) << kOk;
    QTest::newRow("empty string") << R"({"f":""})"_ba << QJsonValue(u""_s) << kOk;
    QTest::newRow("false") << R"({"f":false})"_ba << QJsonValue(false) << kOk;
    QTest::newRow("empty array") << R"({"f":[]})"_ba << QJsonValue(QJsonArray {}) << kOk;
    QTest::newRow("absent") << R"({})"_ba << null << Outcome(ErrorCode::MissingField);
    QTest::newRow("null") << R"({"f":null})"_ba << null << Outcome(ErrorCode::MissingField);
}

void TestFieldReader::value()
{
    QFETCH(QByteArray, json);
    FieldReader reader(objectFrom(json));
    checkRead(reader, reader.value(kKey));
}

void TestFieldReader::firstErrorWins()
{
    FieldReader reader(objectFrom(R"({"b":"x","c":1.5})"_ba));
    (void)reader.integer(u"a"_s);
    (void)reader.integer(u"b"_s);
    (void)reader.integer(u"c"_s);
    reader.invalid(u"d"_s, u"is out of range"_s);
    reader.fail(ErrorCode::Forbidden, u"no"_s);

    QVERIFY(!reader.ok());
    QCOMPARE(reader.error()->code, ErrorCode::MissingField);
    QVERIFY2(reader.error()->message.contains(u"'a'"_s), qPrintable(reader.error()->message));
}

void TestFieldReader::readingGoesOnAfterAnError()
{
    FieldReader reader(objectFrom(R"({"price":"high","lot":9,"note":"dry","open":true})"_ba));
    QCOMPARE(reader.integer(u"price"_s), qint64(0));
    QCOMPARE(reader.integer(u"lot"_s), qint64(9));
    QCOMPARE(reader.string(u"note"_s), u"dry"_s);
    QCOMPARE(reader.boolean(u"open"_s), true);

    QCOMPARE(reader.error()->code, ErrorCode::WrongType);
    QVERIFY2(reader.error()->message.contains(u"'price'"_s), qPrintable(reader.error()->message));
}

void TestFieldReader::failAndInvalid()
{
    FieldReader fresh(QJsonObject {});
    QVERIFY(fresh.ok());
    QVERIFY(!fresh.error().has_value());

    FieldReader withMessage(QJsonObject {});
    withMessage.fail(ErrorCode::NotFound, u"no such lot"_s);
    QCOMPARE(withMessage.error()->code, ErrorCode::NotFound);
    QCOMPARE(withMessage.error()->message, u"no such lot"_s);

    FieldReader withoutMessage(QJsonObject {});
    withoutMessage.fail(ErrorCode::RateLimited, QString());
    QCOMPARE(withoutMessage.error()->message, boli::errorCodeDefaultMessage(ErrorCode::RateLimited));

    FieldReader invalid(objectFrom(R"({"quantity":-3})"_ba));
    QCOMPARE(invalid.integer(u"quantity"_s), qint64(-3));
    QVERIFY(invalid.ok());
    invalid.invalid(u"quantity"_s, u"must be positive"_s);
    QCOMPARE(invalid.error()->code, ErrorCode::InvalidValue);
    QVERIFY2(invalid.error()->message.contains(u"'quantity'"_s), qPrintable(invalid.error()->message));
    QVERIFY2(invalid.error()->message.contains(u"must be positive"_s), qPrintable(invalid.error()->message));
}

void TestFieldReader::isExactInteger_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("exact");

    QTest::newRow("zero") << 0.0 << true;
    QTest::newRow("negative zero") << -0.0 << true;
    QTest::newRow("one") << 1.0 << true;
    QTest::newRow("minus one") << -1.0 << true;
    QTest::newRow("half") << 0.5 << false;
    QTest::newRow("2^53") << 9007199254740992.0 << true;
    QTest::newRow("-2^53") << -9007199254740992.0 << true;
    QTest::newRow("2^53+2") << 9007199254740994.0 << false;
    QTest::newRow("-2^53-2") << -9007199254740994.0 << false;
    QTest::newRow("1e300") << 1e300 << false;
    QTest::newRow("infinity") << std::numeric_limits<double>::infinity() << false;
    QTest::newRow("minus infinity") << -std::numeric_limits<double>::infinity() << false;
    QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN() << false;
}

void TestFieldReader::isExactInteger()
{
    QFETCH(double, value);
    QFETCH(bool, exact);

    QCOMPARE(boli::isExactInteger(value), exact);
}

QTEST_GUILESS_MAIN(TestFieldReader)
#include "tst_fieldreader.moc"
