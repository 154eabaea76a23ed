// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/mediaapi.h"

#include "audit/auditlog.h"
#include "auth/authservice.h"
#include "media/mediastore.h"
#include "storage/database.h"

#include <QJsonObject>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcNet)

namespace boli::server {
namespace {
using namespace Qt::StringLiterals;
using Method = QHttpServerRequest::Method;
using Status = QHttpServerResponse::StatusCode;

constexpr qsizetype kMaxTokenLength = 4096;
// Whoever may list may show photos of the lot.
const QList<Role> kUploaders {Role::Farmer, Role::BusinessSeller, Role::FieldAgent, Role::Admin};

/// The same error object as on the WebSocket, as the whole body.
QHttpServerResponse errorResponse(Status status, ErrorCode code, const QString &message = {})
{
    const QJsonObject error {{u"code"_s, errorCodeName(code)},
        {u"message"_s, message.isEmpty() ? errorCodeDefaultMessage(code) : message}};
    QHttpServerResponse response(QJsonObject {{u"error"_s, error}}, status);
    if (status == Status::Unauthorized) {
        response.setHeader("WWW-Authenticate", "Bearer");
    }
    return response;
}

QString displayAddress(const QHostAddress &address)
{
    bool mapped = false;
    const QHostAddress v4(address.toIPv4Address(&mapped));
    return mapped ? v4.toString() : address.toString();
}

/// The bearer token of the request; empty when there is none.
QString bearerToken(const QHttpServerRequest &request)
{
    const QByteArray header = request.value("Authorization").trimmed();
    constexpr QByteArrayView scheme = "bearer ";
    if (header.size() <= scheme.size() || !header.first(scheme.size()).toLower().startsWith(scheme)) {
        return {};
    }
    return QString::fromLatin1(header.sliced(scheme.size()).trimmed());
}
} // namespace

MediaApi::MediaApi(const Database &database, MediaStore &store, const AuthService &auth, AuditLog &auditLog)
    : m_database(database)
    , m_store(store)
    , m_auth(auth)
    , m_auditLog(auditLog)
{ }

void MediaApi::install(QHttpServer &http)
{
    http.route(u"/api/v1/media"_s, Method::Post,
        [this](const QHttpServerRequest &request) { return upload(request); });
    http.route(u"/media/<arg>"_s, Method::Get, [this](const QString &hash) { return fetch(hash); });
}

QHttpServerResponse MediaApi::upload(const QHttpServerRequest &request)
{
    const QString token = bearerToken(request);
    if (token.isEmpty() || token.size() > kMaxTokenLength) {
        return errorResponse(
            Status::Unauthorized, ErrorCode::Unauthenticated, u"send Authorization: Bearer <access token>"_s);
    }
    const auto who = m_auth.authenticate(token);
    if (const auto *error = std::get_if<Error>(&who)) {
        return errorResponse(
            error->code == ErrorCode::AccountBanned ? Status::Forbidden : Status::Unauthorized, error->code,
            error->message);
    }
    const AuthenticatedUser &user = std::get<AuthenticatedUser>(who);
    if (user.scope != AccessTokens::kScopeFull) {
        return errorResponse(Status::Forbidden, ErrorCode::TotpEnrollmentRequired);
    }
    if (!kUploaders.contains(user.user.role)) {
        return errorResponse(Status::Forbidden, ErrorCode::Forbidden,
            u"only farmers, field agents and admins upload photos"_s);
    }

    const QByteArray body = request.body();
    const auto stored = m_store.store(body, QString::fromLatin1(request.value("Content-Type")));
    if (const auto *refusal = std::get_if<MediaRefusal>(&stored)) {
        switch (refusal->reason) {
        case MediaRefusal::Reason::TooLarge:
            return errorResponse(Status::PayloadTooLarge, ErrorCode::InvalidValue, refusal->message);
        case MediaRefusal::Reason::UnsupportedType:
        case MediaRefusal::Reason::TypeMismatch:
            return errorResponse(Status::UnsupportedMediaType, ErrorCode::InvalidValue, refusal->message);
        case MediaRefusal::Reason::WriteFailed:
            break;
        }
        return errorResponse(Status::InternalServerError, ErrorCode::InternalError, refusal->message);
    }
    const StoredMedia &media = std::get<StoredMedia>(stored);
    try {
        // The file is already in place: if this fails, an unreferenced photo stays, which is harmless.
        Transaction transaction(m_database);
        const AuditActor actor {
            user.user.id, roleName(user.user.role), u"http"_s, displayAddress(request.remoteAddress())};
        m_auditLog.append(actor, u"media.upload"_s, u"media:"_s + media.hash, {},
            {{u"content_type"_s, media.contentType}, {u"bytes"_s, body.size()}, {u"new"_s, media.created}});
        transaction.commit();
    } catch (const SqlError &error) {
        qCWarning(lcNet).noquote() << "media upload not audited:" << error.what();
        return errorResponse(Status::InternalServerError, ErrorCode::InternalError);
    }
    return QHttpServerResponse(QJsonObject {{u"hash"_s, media.hash}, {u"url"_s, u"/media/"_s + media.hash},
                                   {u"content_type"_s, media.contentType}},
        Status::Created);
}

QHttpServerResponse MediaApi::fetch(const QString &hash) const
{
    auto file = m_store.read(hash);
    if (!file) {
        return QHttpServerResponse(Status::NotFound);
    }
    QHttpServerResponse response(file->contentType.toLatin1(), std::move(file->bytes));
    // Content-addressed: the bytes behind a hash never change.
    response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
    response.setHeader("X-Content-Type-Options", "nosniff");
    return response;
}

} // namespace boli::server
