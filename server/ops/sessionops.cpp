// SPDX-License-Identifier: GPL-3.0-or-later
#include "ops/sessionops.h"

#include "auth/authservice.h"
#include "boli/fieldreader.h"
#include "net/clientconnection.h"
#include "settings/settingsservice.h"

namespace boli::server {
namespace {
using namespace Qt::StringLiterals;

constexpr qsizetype kMaxDeviceIdLength = 128;

void adopt(const Caller &caller, const User &user, qint64 sessionId, const QString &scope)
{
    if (caller.connection) {
        caller.connection->setSession(SessionInfo {user.id, user.role, sessionId, scope});
    }
}
} // namespace

SessionOps::SessionOps(AuthService &auth, const SettingsService &settings)
    : m_auth(auth)
    , m_settings(settings)
{ }

void SessionOps::registerOps(OpDispatcher &dispatcher)
{
    dispatcher.add(u"hello"_s, roles::anyone, this, &SessionOps::hello, true);
    dispatcher.add(u"login"_s, roles::anyone, this, &SessionOps::login, true);
    dispatcher.add(u"authenticate"_s, roles::anyone, this, &SessionOps::authenticate, true);
    dispatcher.add(u"refresh"_s, roles::anyone, this, &SessionOps::refresh, true);
    dispatcher.add(u"logout"_s, roles::loggedIn, this, &SessionOps::logout, true);
}

QCoro::Task<OpResult> SessionOps::hello(Caller caller, QJsonObject fields)
{
    FieldReader reader(fields);
    const qint64 version = reader.integer(u"protocol"_s);
    const QString deviceId = reader.optionalString(u"device_id"_s).value_or(QString());
    if (deviceId.size() > kMaxDeviceIdLength) {
        reader.invalid(u"device_id"_s, u"must be at most %1 characters"_s.arg(kMaxDeviceIdLength));
    }
    if (!reader.ok()) {
        co_return *reader.error();
    }
    if (version != protocol::kVersion) {
        co_return Error::of(ErrorCode::UnsupportedProtocol,
            u"this server speaks protocol %1, not %2"_s.arg(
                QString::number(protocol::kVersion), QString::number(version)));
    }
    if (caller.connection) {
        caller.connection->setGreeted(deviceId);
    }
    co_return QJsonObject {
        {u"protocol"_s, protocol::kVersion},
        {u"server"_s, u"boli-server"_s},
        {u"version"_s, QStringLiteral(BOLI_VERSION)},
        {u"max_frame_bytes"_s, protocol::kMaxFrameBytes},
        {u"settings"_s, m_settings.values()},
    };
}

QCoro::Task<OpResult> SessionOps::login(Caller caller, QJsonObject fields)
{
    FieldReader reader(fields);
    LoginAttempt attempt;
    attempt.login = reader.string(u"login"_s);
    const auto pin = reader.optionalString(u"pin"_s);
    const auto password = reader.optionalString(u"password"_s);
    attempt.totpCode = reader.optionalString(u"totp"_s).value_or(QString());
    if (reader.ok() && pin.has_value() == password.has_value()) {
        reader.fail(ErrorCode::MissingField, u"give exactly one of field 'pin' or field 'password'"_s);
    }
    if (!reader.ok()) {
        co_return *reader.error();
    }
    attempt.secret = pin ? *pin : *password;
    attempt.secretIsPin = pin.has_value();
    attempt.deviceId = caller.deviceId;
    attempt.ip = caller.ip;
    auto loggingIn = m_auth.login(std::move(attempt));
    const auto result = co_await loggingIn;
    if (const auto *error = std::get_if<Error>(&result)) {
        co_return *error;
    }
    const auto &issued = std::get<IssuedSession>(result);
    adopt(caller, issued.user, issued.sessionId, issued.scope);
    co_return issued.toJson();
}

QCoro::Task<OpResult> SessionOps::authenticate(Caller caller, QJsonObject fields)
{
    FieldReader reader(fields);
    const QString token = reader.string(u"access_token"_s);
    if (!reader.ok()) {
        co_return *reader.error();
    }
    const auto result = m_auth.authenticate(token);
    if (const auto *error = std::get_if<Error>(&result)) {
        co_return *error;
    }
    const auto &who = std::get<AuthenticatedUser>(result);
    adopt(caller, who.user, who.sessionId, who.scope);
    co_return QJsonObject {
        {u"user"_s, who.user.toJson()}, {u"session_id"_s, who.sessionId}, {u"scope"_s, who.scope}};
}

QCoro::Task<OpResult> SessionOps::refresh(Caller caller, QJsonObject fields)
{
    FieldReader reader(fields);
    const QString token = reader.string(u"refresh_token"_s);
    if (!reader.ok()) {
        co_return *reader.error();
    }
    const auto result = m_auth.refresh(token, caller.ip);
    if (const auto *error = std::get_if<Error>(&result)) {
        co_return *error;
    }
    const auto &issued = std::get<IssuedSession>(result);
    adopt(caller, issued.user, issued.sessionId, issued.scope);
    co_return issued.toJson();
}

QCoro::Task<OpResult> SessionOps::logout(Caller caller, QJsonObject fields)
{
    Q_UNUSED(fields)
    const SessionInfo session = *caller.session;
    if (caller.connection) {
        caller.connection->clearSession();
    }
    AuthenticatedUser who;
    who.user.id = session.userId;
    who.sessionId = session.sessionId;
    m_auth.logout(who, caller.actor());
    co_return QJsonObject {};
}

} // namespace boli::server
