// SPDX-License-Identifier: GPL-3.0-or-later
#include "boli/protocol.h"
#include "boli/role.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using boli::Error;
using boli::ErrorCode;
namespace protocol = boli::protocol;

namespace {

constexpr qint64 kServerTime = 1'700'000'000'123;

QJsonObject parseObject(const QByteArray &frame)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(frame, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        qWarning("not a JSON object: %s", frame.constData());
        return {};
    }
    return document.object();
}

QList<ErrorCode> allErrorCodes()
{
    QList<ErrorCode> codes;
    for (int i = int(ErrorCode::BadJson); i <= int(boli::kLastErrorCode); ++i) {
        codes.append(ErrorCode(i));
    }
    return codes;
}

QList<boli::Role> allRoles()
{
    QList<boli::Role> roles;
    for (int i = int(boli::Role::Guest); i <= int(boli::Role::Admin); ++i) {
        roles.append(boli::Role(i));
    }
    return roles;
}

QString render(std::optional<qint64> id)
{
    return id ? QString::number(*id) : u"none"_s;
}

} // namespace

/// @brief Encodes and decodes the JSON frames of the wire protocol, and names errors and roles.
class TestProtocolCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodeRequest();
    void decodeRequestFailures_data();
    void decodeRequestFailures();
    void encodeSuccess();
    void encodeFailure();
    void encodeFailureWithoutRequestId();
    void encodeEvent();
    void requestRoundTrip();
    void successRoundTrip();
    void failureRoundTrip_data();
    void failureRoundTrip();
    void eventRoundTrip();
    void unknownErrorCodeReadsAsInternalError();
    void decodeServerMessageFailures_data();
    void decodeServerMessageFailures();
    void errorCodesHaveUniqueNamesAndMessages();
    void errorCodeFromNameRejectsUnknownNames_data();
    void errorCodeFromNameRejectsUnknownNames();
    void rolesRoundTrip();
    void roleFromNameRejectsUnknownNames_data();
    void roleFromNameRejectsUnknownNames();
};

void TestProtocolCodec::decodeRequest()
{
    const auto decoded =
        protocol::decodeRequest(R"({"id":7,"op":"login","phone":"9876543210","remember":true})"_ba);

    const auto *request = std::get_if<protocol::Request>(&decoded);
    QVERIFY(request);
    QCOMPARE(request->id, qint64(7));
    QCOMPARE(request->op, u"login"_s);
    QCOMPARE(request->fields.value(u"phone"_s).toString(), u"9876543210"_s);
    QCOMPARE(request->fields.value(u"remember"_s).toBool(), true);
    // The whole object, id and op included.
    QCOMPARE(request->fields.keys(), (QStringList {u"id"_s, u"op"_s, u"phone"_s, u"remember"_s}));
}

void TestProtocolCodec::decodeRequestFailures_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<std::optional<qint64>>("requestId");
    QTest::addColumn<QString>("namedField"); ///< the field the message must name, if any

    const std::optional<qint64> none;
    const std::optional<qint64> seven(7);
    QTest::newRow("truncated JSON") << R"({"id":1,)"_ba << ErrorCode::BadJson << none << QString();
    QTest::newRow("empty frame") << ""_ba << ErrorCode::BadJson << none << QString();
    QTest::newRow("plain text") << "hello"_ba << ErrorCode::BadJson << none << QString();
    QTest::newRow("array") << "[1,2]"_ba << ErrorCode::NotAnObject << none << QString();
    QTest::newRow("empty array") << "[]"_ba << ErrorCode::NotAnObject << none << QString();
    QTest::newRow("string") << R"("x")"_ba << ErrorCode::NotAnObject << none << QString();
    QTest::newRow("number") << "5"_ba << ErrorCode::NotAnObject << none << QString();
    QTest::newRow("missing id") << R"({"op":"login"})"_ba << ErrorCode::MissingField << none << u"id"_s;
    QTest::newRow("null id") << R"({"id":null,"op":"login"})"_ba << ErrorCode::MissingField << none
                             << u"id"_s;
    QTest::newRow("string id") << R"({"id":"7","op":"login"})"_ba << ErrorCode::WrongType << none << u"id"_s;
    QTest::newRow("fractional id") << R"({"id":1.5,"op":"login"})"_ba << ErrorCode::WrongType << none
                                   << u"id"_s;
    QTest::newRow("boolean id") << R"({"id":true,"op":"login"})"_ba << ErrorCode::WrongType << none
                                << u"id"_s;
    QTest::newRow("missing op") << R"({"id":7})"_ba << ErrorCode::MissingField << seven << u"op"_s;
    QTest::newRow("null op") << R"({"id":7,"op":null})"_ba << ErrorCode::MissingField << seven << u"op"_s;
    QTest::newRow("numeric op") << R"({"id":7,"op":5})"_ba << ErrorCode::WrongType << seven << u"op"_s;
    QTest::newRow("empty op") << R"({"id":7,"op":""})"_ba << ErrorCode::InvalidValue << seven << u"op"_s;
}

void TestProtocolCodec::decodeRequestFailures()
{
    QFETCH(QByteArray, frame);
    QFETCH(ErrorCode, code);
    QFETCH(std::optional<qint64>, requestId);
    QFETCH(QString, namedField);

    const auto decoded = protocol::decodeRequest(frame);
    const auto *failure = std::get_if<protocol::DecodeFailure>(&decoded);
    QVERIFY(failure);
    QCOMPARE(boli::errorCodeName(failure->error.code), boli::errorCodeName(code));
    QCOMPARE(render(failure->requestId), render(requestId));
    QVERIFY(!failure->error.message.isEmpty());
    if (!namedField.isEmpty()) {
        QVERIFY2(
            failure->error.message.contains(u'\'' + namedField + u'\''), qPrintable(failure->error.message));
    }
}

void TestProtocolCodec::encodeSuccess()
{
    const QByteArray frame =
        protocol::encodeSuccess(42, QJsonObject {{u"lot_id"_s, 9}, {u"price"_s, 250000}}, kServerTime);

    QVERIFY(!frame.contains('\n'));
    const QJsonObject object = parseObject(frame);
    QCOMPARE(object.keys(), (QStringList {u"lot_id"_s, u"ok"_s, u"price"_s, u"re"_s, u"server_time"_s}));
    QCOMPARE(object.value(u"re"_s).toInteger(), qint64(42));
    QCOMPARE(object.value(u"ok"_s), QJsonValue(true));
    QCOMPARE(object.value(u"server_time"_s).toInteger(), kServerTime);
    QCOMPARE(object.value(u"lot_id"_s).toInteger(), qint64(9));
    QCOMPARE(object.value(u"price"_s).toInteger(), qint64(250000));

    const QJsonObject bare = parseObject(protocol::encodeSuccess(1, {}, kServerTime));
    QCOMPARE(bare.keys(), (QStringList {u"ok"_s, u"re"_s, u"server_time"_s}));
}

void TestProtocolCodec::encodeFailure()
{
    const QByteArray frame =
        protocol::encodeFailure(7, Error::of(ErrorCode::BadJson, u"invalid JSON at offset 3"_s), kServerTime);

    QVERIFY(!frame.contains('\n'));
    const QJsonObject object = parseObject(frame);
    QCOMPARE(object.keys(), (QStringList {u"error"_s, u"ok"_s, u"re"_s, u"server_time"_s}));
    QCOMPARE(object.value(u"re"_s).toInteger(), qint64(7));
    QCOMPARE(object.value(u"ok"_s), QJsonValue(false));
    QCOMPARE(object.value(u"server_time"_s).toInteger(), kServerTime);
    const QJsonObject error = object.value(u"error"_s).toObject();
    QCOMPARE(error.keys(), (QStringList {u"code"_s, u"message"_s}));
    QCOMPARE(error.value(u"code"_s).toString(), u"bad_json"_s);
    QCOMPARE(error.value(u"message"_s).toString(), u"invalid JSON at offset 3"_s);
}

void TestProtocolCodec::encodeFailureWithoutRequestId()
{
    const QJsonObject object =
        parseObject(protocol::encodeFailure(std::nullopt, Error::of(ErrorCode::NotAnObject), kServerTime));

    QVERIFY(object.contains(u"re"_s));
    QVERIFY(object.value(u"re"_s).isNull());
    const QJsonObject error = object.value(u"error"_s).toObject();
    QCOMPARE(error.value(u"code"_s).toString(), u"not_an_object"_s);
    QCOMPARE(error.value(u"message"_s).toString(), boli::errorCodeDefaultMessage(ErrorCode::NotAnObject));
}

void TestProtocolCodec::encodeEvent()
{
    const QByteArray frame =
        protocol::encodeEvent(u"bid_placed"_s, 12, QJsonObject {{u"lot_id"_s, 9}}, kServerTime);

    QVERIFY(!frame.contains('\n'));
    const QJsonObject object = parseObject(frame);
    QCOMPARE(object.keys(), (QStringList {u"event"_s, u"lot_id"_s, u"seq"_s, u"server_time"_s}));
    QCOMPARE(object.value(u"event"_s).toString(), u"bid_placed"_s);
    QCOMPARE(object.value(u"seq"_s).toInteger(), qint64(12));
    QCOMPARE(object.value(u"server_time"_s).toInteger(), kServerTime);

    const QJsonObject bare = parseObject(protocol::encodeEvent(u"tick"_s, 1, {}, kServerTime));
    QCOMPARE(bare.keys(), (QStringList {u"event"_s, u"seq"_s, u"server_time"_s}));
}

void TestProtocolCodec::requestRoundTrip()
{
    const QJsonObject fields {{u"lot_id"_s, 9}, {u"amount"_s, 250000}, {u"tags"_s, QJsonArray {u"wheat"_s}}};
    const auto decoded = protocol::decodeRequest(protocol::encodeRequest(42, u"place_bid"_s, fields));

    const auto *request = std::get_if<protocol::Request>(&decoded);
    QVERIFY(request);
    QCOMPARE(request->id, qint64(42));
    QCOMPARE(request->op, u"place_bid"_s);
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        QCOMPARE(request->fields.value(it.key()), it.value());
    }
    QCOMPARE(request->fields.size(), fields.size() + 2);
}

void TestProtocolCodec::successRoundTrip()
{
    const QByteArray frame = protocol::encodeSuccess(42, QJsonObject {{u"balance"_s, 1234}}, kServerTime);
    const auto decoded = protocol::decodeServerMessage(frame);

    const auto *reply = std::get_if<protocol::Reply>(&decoded);
    QVERIFY(reply);
    QVERIFY(reply->ok());
    QCOMPARE(render(reply->re), u"42"_s);
    QCOMPARE(reply->serverTimeMs, kServerTime);
    QCOMPARE(reply->fields.value(u"balance"_s).toInteger(), qint64(1234));
}

void TestProtocolCodec::failureRoundTrip_data()
{
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<std::optional<qint64>>("re");

    for (const ErrorCode code : allErrorCodes()) {
        QTest::addRow("%s", qPrintable(boli::errorCodeName(code))) << code << std::optional<qint64>(5);
    }
    QTest::newRow("no request id") << ErrorCode::BadJson << std::optional<qint64>();
}

void TestProtocolCodec::failureRoundTrip()
{
    QFETCH(ErrorCode, code);
    QFETCH(std::optional<qint64>, re);

    const QString message = u"because of %1"_s.arg(boli::errorCodeName(code));
    const auto decoded =
        protocol::decodeServerMessage(protocol::encodeFailure(re, Error::of(code, message), kServerTime));

    const auto *reply = std::get_if<protocol::Reply>(&decoded);
    QVERIFY(reply);
    QVERIFY(!reply->ok());
    QCOMPARE(render(reply->re), render(re));
    QCOMPARE(reply->serverTimeMs, kServerTime);
    QCOMPARE(boli::errorCodeName(reply->error->code), boli::errorCodeName(code));
    QCOMPARE(reply->error->message, message);
}

void TestProtocolCodec::eventRoundTrip()
{
    const QByteArray frame =
        protocol::encodeEvent(u"lot_closed"_s, 77, QJsonObject {{u"winner"_s, u"trader-3"_s}}, kServerTime);
    const auto decoded = protocol::decodeServerMessage(frame);

    const auto *event = std::get_if<protocol::Event>(&decoded);
    QVERIFY(event);
    QCOMPARE(event->name, u"lot_closed"_s);
    QCOMPARE(event->seq, qint64(77));
    QCOMPARE(event->serverTimeMs, kServerTime);
    QCOMPARE(event->fields.value(u"winner"_s).toString(), u"trader-3"_s);
}

void TestProtocolCodec::unknownErrorCodeReadsAsInternalError()
{
    const auto decoded = protocol::decodeServerMessage(
        R"({"re":3,"ok":false,"error":{"code":"brand_new_code","message":"Something new"},"server_time":1})"_ba);

    const auto *reply = std::get_if<protocol::Reply>(&decoded);
    QVERIFY(reply);
    QVERIFY(!reply->ok());
    QCOMPARE(render(reply->re), u"3"_s);
    QCOMPARE(boli::errorCodeName(reply->error->code), boli::errorCodeName(ErrorCode::InternalError));
    QCOMPARE(reply->error->message, u"Something new"_s);
}

void TestProtocolCodec::decodeServerMessageFailures_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("namedField"); ///< the field the message must name, if any

    QTest::newRow("truncated JSON") << R"({"re":1,)"_ba << ErrorCode::BadJson << QString();
    QTest::newRow("array") << "[1]"_ba << ErrorCode::NotAnObject << QString();
    QTest::newRow("reply without ok")
        << R"({"re":1,"server_time":1})"_ba << ErrorCode::MissingField << u"ok"_s;
    QTest::newRow("ok is a string") << R"({"re":1,"ok":"yes"})"_ba << ErrorCode::WrongType << u"ok"_s;
    QTest::newRow("failure without error")
        << R"({"re":1,"ok":false})"_ba << ErrorCode::MissingField << u"error"_s;
    QTest::newRow("error without code")
        << R"({"re":1,"ok":false,"error":{"message":"x"}})"_ba << ErrorCode::MissingField << u"code"_s;
    QTest::newRow("event without seq") << R"({"event":"tick"})"_ba << ErrorCode::MissingField << u"seq"_s;
    QTest::newRow("event name not a string")
        << R"({"event":5,"seq":1})"_ba << ErrorCode::WrongType << u"event"_s;
}

void TestProtocolCodec::decodeServerMessageFailures()
{
    QFETCH(QByteArray, frame);
    QFETCH(ErrorCode, code);
    QFETCH(QString, namedField);

    const auto decoded = protocol::decodeServerMessage(frame);
    const auto *failure = std::get_if<protocol::DecodeFailure>(&decoded);
    QVERIFY(failure);
    QCOMPARE(boli::errorCodeName(failure->error.code), boli::errorCodeName(code));
    QVERIFY(!failure->error.message.isEmpty());
    if (!namedField.isEmpty()) {
        QVERIFY2(
            failure->error.message.contains(u'\'' + namedField + u'\''), qPrintable(failure->error.message));
    }
}

void TestProtocolCodec::errorCodesHaveUniqueNamesAndMessages()
{
    const QList<ErrorCode> codes = allErrorCodes();
    QSet<QString> names;
    for (const ErrorCode code : codes) {
        const QString name = boli::errorCodeName(code);
        QVERIFY2(!name.isEmpty(), qPrintable(u"code %1 has no name"_s.arg(int(code))));
        QVERIFY2(!names.contains(name), qPrintable(u"'%1' names two codes"_s.arg(name)));
        names.insert(name);
        const std::optional<ErrorCode> back = boli::errorCodeFromName(name);
        QVERIFY2(back.has_value(), qPrintable(name));
        QCOMPARE(int(*back), int(code));
        QVERIFY2(!boli::errorCodeDefaultMessage(code).isEmpty(), qPrintable(name));
        QCOMPARE(Error::of(code).message, boli::errorCodeDefaultMessage(code));
    }
    QCOMPARE(names.size(), codes.size());
    QCOMPARE(boli::errorCodeName(ErrorCode::BadJson), u"bad_json"_s);
    QCOMPARE(boli::errorCodeName(ErrorCode::InternalError), u"internal_error"_s);
}

void TestProtocolCodec::errorCodeFromNameRejectsUnknownNames_data()
{
    QTest::addColumn<QString>("name");

    QTest::newRow("empty") << QString();
    QTest::newRow("enum spelling") << u"BadJson"_s;
    QTest::newRow("upper case") << u"BAD_JSON"_s;
    QTest::newRow("padded") << u" bad_json"_s;
    QTest::newRow("unknown") << u"no_such_error"_s;
}

void TestProtocolCodec::errorCodeFromNameRejectsUnknownNames()
{
    QFETCH(QString, name);

    QVERIFY(!boli::errorCodeFromName(name).has_value());
}

void TestProtocolCodec::rolesRoundTrip()
{
    QSet<QString> names;
    for (const boli::Role role : allRoles()) {
        const QString name = boli::roleName(role);
        QVERIFY2(!name.isEmpty(), qPrintable(u"role %1 has no name"_s.arg(int(role))));
        QVERIFY2(!names.contains(name), qPrintable(name));
        names.insert(name);
        const std::optional<boli::Role> back = boli::roleFromName(name);
        QVERIFY2(back.has_value(), qPrintable(name));
        QCOMPARE(int(*back), int(role));
        QCOMPARE(boli::roleUsesPin(role), role == boli::Role::Farmer);
    }
    QCOMPARE(boli::roleName(boli::Role::Admin), u"admin"_s);
    QCOMPARE(boli::roleName(boli::Role::BusinessSeller), u"business_seller"_s);
}

void TestProtocolCodec::roleFromNameRejectsUnknownNames_data()
{
    QTest::addColumn<QString>("name");

    QTest::newRow("capitalised") << u"Admin"_s;
    QTest::newRow("root") << u"root"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("padded") << u"admin "_s;
    QTest::newRow("enum spelling") << u"BusinessSeller"_s;
}

void TestProtocolCodec::roleFromNameRejectsUnknownNames()
{
    QFETCH(QString, name);

    QVERIFY(!boli::roleFromName(name).has_value());
}

QTEST_GUILESS_MAIN(TestProtocolCodec)
#include "tst_protocolcodec.moc"
