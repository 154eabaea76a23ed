// SPDX-License-Identifier: GPL-3.0-or-later
#include "boli/protocol.h"

#include "boli/fieldreader.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace boli::protocol {
namespace {
using namespace Qt::StringLiterals;

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::variant<QJsonObject, DecodeFailure> parseObject(const QByteArray &frame)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(frame, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt refuses a bare scalar ("x", 5) as a document; wrapped in an array it parses, which
        // tells a valid non-object apart from broken JSON.
        QJsonParseError wrappedError;
        QJsonDocument::fromJson('[' + frame + ']', &wrappedError);
        if (!frame.trimmed().isEmpty() && wrappedError.error == QJsonParseError::NoError) {
            return DecodeFailure {Error::of(ErrorCode::NotAnObject), std::nullopt};
        }
        return DecodeFailure {Error::of(ErrorCode::BadJson,
                                  u"invalid JSON at offset %1: %2"_s.arg(
                                      QString::number(parseError.offset), parseError.errorString())),
            std::nullopt};
    }
    if (!document.isObject()) {
        return DecodeFailure {Error::of(ErrorCode::NotAnObject), std::nullopt};
    }
    return document.object();
}

} // namespace

std::variant<Request, DecodeFailure> decodeRequest(const QByteArray &frame)
{
    auto parsed = parseObject(frame);
    if (auto *failure = std::get_if<DecodeFailure>(&parsed)) {
        return *failure;
    }
    auto object = std::get<QJsonObject>(std::move(parsed));
    FieldReader reader(object);
    const qint64 id = reader.integer(u"id"_s);
    if (!reader.ok()) {
        return DecodeFailure {*reader.error(), std::nullopt};
    }
    const QString op = reader.string(u"op"_s);
    if (reader.ok() && op.isEmpty()) {
        reader.invalid(u"op"_s, u"must not be empty"_s);
    }
    if (!reader.ok()) {
        return DecodeFailure {*reader.error(), id};
    }
    return Request {id, op, std::move(object)};
}

QByteArray encodeSuccess(qint64 re, QJsonObject fields, qint64 serverTimeMs)
{
    fields.insert(u"re"_s, re);
    fields.insert(u"ok"_s, true);
    fields.insert(u"server_time"_s, serverTimeMs);
    return compact(fields);
}

QByteArray encodeFailure(std::optional<qint64> re, const Error &error, qint64 serverTimeMs)
{
    return compact({
        {u"re"_s, re ? QJsonValue(*re) : QJsonValue(QJsonValue::Null)},
        {u"ok"_s, false},
        {u"error"_s, QJsonObject {{u"code"_s, errorCodeName(error.code)}, {u"message"_s, error.message}}},
        {u"server_time"_s, serverTimeMs},
    });
}

QByteArray encodeEvent(const QString &name, qint64 seq, QJsonObject fields, qint64 serverTimeMs)
{
    fields.insert(u"event"_s, name);
    fields.insert(u"seq"_s, seq);
    fields.insert(u"server_time"_s, serverTimeMs);
    return compact(fields);
}

QByteArray encodeRequest(qint64 id, const QString &op, QJsonObject fields)
{
    fields.insert(u"id"_s, id);
    fields.insert(u"op"_s, op);
    return compact(fields);
}

std::variant<Reply, Event, DecodeFailure> decodeServerMessage(const QByteArray &frame)
{
    auto parsed = parseObject(frame);
    if (auto *failure = std::get_if<DecodeFailure>(&parsed)) {
        return *failure;
    }
    const auto object = std::get<QJsonObject>(std::move(parsed));
    FieldReader reader(object);
    const qint64 serverTime = reader.optionalInteger(u"server_time"_s).value_or(0);
    if (object.contains(u"event"_s)) {
        Event event {reader.string(u"event"_s), reader.integer(u"seq"_s), object, serverTime};
        if (!reader.ok()) {
            return DecodeFailure {*reader.error(), std::nullopt};
        }
        return event;
    }
    Reply reply {reader.optionalInteger(u"re"_s), object, std::nullopt, serverTime};
    const bool ok = reader.boolean(u"ok"_s);
    const QJsonObject error = ok ? QJsonObject() : reader.object(u"error"_s);
    if (!reader.ok()) {
        return DecodeFailure {*reader.error(), reply.re};
    }
    if (!ok) {
        FieldReader errorReader(error);
        const QString codeName = errorReader.string(u"code"_s);
        const QString message = errorReader.optionalString(u"message"_s).value_or(QString());
        // A code this client does not know yet still fails the request; it just reads generically.
        reply.error = Error::of(errorCodeFromName(codeName).value_or(ErrorCode::InternalError), message);
        if (!errorReader.ok()) {
            return DecodeFailure {*errorReader.error(), reply.re};
        }
    }
    return reply;
}

} // namespace boli::protocol
