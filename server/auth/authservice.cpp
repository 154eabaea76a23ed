// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/authservice.h"

#include "auth/refreshtoken.h"
#include "auth/totp.h"
#include "boli/identity.h"
#include "settings/settingsservice.h"

#include <QCoroFuture>
#include <QDateTime>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QtConcurrent>

Q_LOGGING_CATEGORY(lcAuth, "boli.auth")

namespace boli::server {
namespace {
using namespace Qt::StringLiterals;

/// One client usually owns a whole IPv6 /64, so that is what the rate limit counts.
QString throttleKey(const QString &ip)
{
    const QHostAddress address(ip);
    if (address.protocol() != QAbstractSocket::IPv6Protocol) {
        return ip;
    }
    Q_IPV6ADDR bytes = address.toIPv6Address();
    std::fill(std::begin(bytes.c) + 8, std::end(bytes.c), quint8(0));
    return QHostAddress(bytes).toString() + u"/64"_s;
}

QString normalizedLogin(const QString &login)
{
    if (auto phone = normalizePhone(login)) {
        return *phone;
    }
    return normalizeEmail(login).value_or(QString());
}

AuditActor actorFor(const User &user, const QString &deviceId, const QString &ip)
{
    return AuditActor {user.id, roleName(user.role), deviceId, ip};
}

QString userTarget(qint64 id)
{
    return u"user:"_s + QString::number(id);
}
} // namespace

QJsonObject IssuedSession::toJson() const
{
    return {
        {u"user"_s, user.toJson()},
        {u"session_id"_s, sessionId},
        {u"scope"_s, scope},
        {u"access_token"_s, accessToken},
        {u"access_expires_at"_s, accessExpiresAtMs},
        {u"refresh_token"_s, refreshToken},
        {u"refresh_expires_at"_s, refreshExpiresAtMs},
    };
}

AuthService::AuthService(const Database &database, UserRepository &users, SessionRepository &sessions,
    AuditLog &auditLog, SettingsService &settings, const PasswordHasher &hasher, const AccessTokens &tokens,
    LoginThrottle &throttle, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_users(users)
    , m_sessions(sessions)
    , m_auditLog(auditLog)
    , m_settings(settings)
    , m_hasher(hasher)
    , m_tokens(tokens)
    , m_throttle(throttle)
    , m_clock(clock)
{ }

// GCC 12 corrupts memory when a coroutine co_awaits a temporary QFuture (seen under valgrind):
// every future is named before it is awaited.
QCoro::Task<QString> AuthService::hashSecret(QString secret) const
{
    const PasswordHasher *hasher = &m_hasher;
    QFuture<QString> hashing = QtConcurrent::run([hasher, secret] { return hasher->hash(secret); });
    const QString hash = co_await hashing;
    co_return hash;
}

QCoro::Task<bool> AuthService::verifySecret(QString secret, QString storedHash) const
{
    const PasswordHasher *hasher = &m_hasher;
    QFuture<bool> verifying =
        QtConcurrent::run([hasher, secret, storedHash] { return hasher->verify(secret, storedHash); });
    const bool matches = co_await verifying;
    co_return matches;
}

QCoro::Task<std::variant<IssuedSession, Error>> AuthService::login(LoginAttempt attempt)
{
    if (!m_throttle.allowAttempt(throttleKey(attempt.ip))) {
        co_return Error::of(
            ErrorCode::RateLimited, u"too many login attempts from this address; wait a minute"_s);
    }
    const auto found = m_users.byLogin(normalizedLogin(attempt.login));
    if (!found) {
        const PasswordHasher *hasher = &m_hasher;
        QFuture<void> burning = QtConcurrent::run([hasher] { hasher->burnEquivalentTime(); });
        co_await burning;
        co_return Error::of(ErrorCode::InvalidCredentials);
    }
    if (LoginThrottle::isLocked(found->lockout, m_clock.nowMs())) {
        const QString until =
            QDateTime::fromMSecsSinceEpoch(found->lockout.lockedUntilMs, Qt::UTC).toString(Qt::ISODate);
        co_return Error::of(
            ErrorCode::AccountLocked, u"too many failed logins; try again after %1"_s.arg(until));
    }
    // Farmers hold PINs and everyone else passwords; the wrong kind is simply a wrong secret.
    const bool rightKind = roleUsesPin(found->role)
        ? attempt.secretIsPin && PasswordHasher::isValidPin(attempt.secret)
        : !attempt.secretIsPin && !attempt.secret.isEmpty();
    bool secretOk = false;
    if (rightKind) {
        auto verifying = verifySecret(attempt.secret, found->secretHash);
        secretOk = co_await verifying;
    }

    // Re-read: the account may have changed while the hash ran on another thread.
    const auto user = m_users.byId(found->id);
    if (!user) {
        co_return Error::of(ErrorCode::InvalidCredentials);
    }
    if (!secretOk) {
        co_return recordFailure(user->id, attempt, u"wrong secret"_s).value();
    }
    if (user->banned) {
        co_return Error::of(ErrorCode::AccountBanned, u"this account is banned: %1"_s.arg(user->banReason));
    }
    if (user->totpEnabled) {
        if (attempt.totpCode.isEmpty()) {
            co_return Error::of(ErrorCode::TotpRequired);
        }
        if (!consumeTotp(*user, attempt.totpCode)) {
            if (auto locked = recordFailure(user->id, attempt, u"wrong TOTP code"_s);
                locked->code == ErrorCode::AccountLocked) {
                co_return *locked;
            }
            co_return Error::of(ErrorCode::TotpInvalid);
        }
    }
    co_return startSession(*user, scopeFor(*user), attempt.deviceId, attempt.ip);
}

std::optional<Error> AuthService::recordFailure(
    qint64 userId, const LoginAttempt &attempt, const QString &why)
{
    Transaction transaction(m_database);
    const auto user = m_users.byId(userId);
    const LockoutState after = LoginThrottle::afterFailure(user->lockout, m_clock.nowMs());
    m_users.setLockout(userId, after);
    const bool lockedNow = after.lockouts > user->lockout.lockouts;
    m_auditLog.append(AuditActor {std::nullopt, u"guest"_s, attempt.deviceId, attempt.ip},
        lockedNow ? u"auth.locked"_s : u"auth.login_failed"_s, userTarget(userId),
        {{u"failed_logins"_s, user->lockout.failedLogins}},
        {{u"failed_logins"_s, after.failedLogins}, {u"locked_until"_s, after.lockedUntilMs},
            {u"reason"_s, why}});
    transaction.commit();
    if (lockedNow) {
        qCWarning(lcAuth) << "account" << userId << "locked until" << after.lockedUntilMs << "after" << why;
        return Error::of(ErrorCode::AccountLocked,
            u"too many failed logins; the account is locked for %1 minutes"_s.arg(
                LoginThrottle::lockDurationMs(after.lockouts) / 60000));
    }
    return Error::of(ErrorCode::InvalidCredentials);
}

bool AuthService::consumeTotp(const User &user, const QString &code)
{
    const auto secret = Totp::fromBase32(user.totpSecret);
    if (!secret) {
        return false;
    }
    const auto step = Totp::matchingStep(*secret, code, m_clock.nowMs());
    if (!step || *step <= user.totpLastStep) {
        return false;
    }
    m_users.setTotpLastStep(user.id, *step);
    return true;
}

QString AuthService::scopeFor(const User &user) const
{
    // An admin without TOTP while admin_2fa is on may do nothing but enrol.
    if (user.role == Role::Admin && m_settings.flag(u"admin_2fa"_s) && !user.totpEnabled) {
        return AccessTokens::kScopeTotpEnroll.toString();
    }
    return AccessTokens::kScopeFull.toString();
}

IssuedSession AuthService::startSession(
    const User &user, const QString &scope, const QString &deviceId, const QString &ip)
{
    const qint64 now = m_clock.nowMs();
    IssuedSession issued;
    issued.scope = scope;
    issued.refreshToken = generateRefreshToken();
    issued.refreshExpiresAtMs = now + kRefreshLifetimeMs;
    Transaction transaction(m_database);
    m_users.setLockout(user.id, LoginThrottle::afterSuccess(user.lockout));
    issued.sessionId = m_sessions.createSession(user.id, deviceId, scope, now);
    m_sessions.addRefreshToken(
        issued.sessionId, hashRefreshToken(issued.refreshToken), now, issued.refreshExpiresAtMs);
    m_auditLog.append(actorFor(user, deviceId, ip), u"auth.login"_s, userTarget(user.id), {},
        {{u"session_id"_s, issued.sessionId}, {u"scope"_s, scope}});
    transaction.commit();
    issued.user = *m_users.byId(user.id);
    issued.accessToken = m_tokens.issue(user.id, user.role, issued.sessionId, scope);
    issued.accessExpiresAtMs = now + m_tokens.lifetimeMs();
    return issued;
}

std::variant<IssuedSession, Error> AuthService::refresh(const QString &refreshToken, const QString &ip)
{
    const auto row = m_sessions.findRefreshToken(hashRefreshToken(refreshToken));
    if (!row) {
        return Error::of(ErrorCode::TokenInvalid, u"unknown refresh token"_s);
    }
    if (row->sessionRevokedAtMs) {
        return Error::of(ErrorCode::SessionRevoked);
    }
    const auto user = m_users.byId(row->userId);
    if (row->usedAtMs) {
        // A rotated token came back: someone holds a copy. End the whole family.
        Transaction transaction(m_database);
        m_sessions.revokeSession(row->sessionId, m_clock.nowMs(), u"token_reused"_s);
        m_auditLog.append(AuditActor {row->userId, roleName(user->role), row->deviceId, ip},
            u"auth.token_reuse"_s, u"session:"_s + QString::number(row->sessionId), {},
            {{u"revoked"_s, true}});
        transaction.commit();
        qCWarning(lcAuth) << "refresh token reuse on session" << row->sessionId << "- family revoked";
        Q_EMIT sessionsEnded({row->sessionId}, u"token_reused"_s);
        return Error::of(ErrorCode::TokenReused);
    }
    if (m_clock.nowMs() >= row->expiresAtMs) {
        return Error::of(ErrorCode::TokenExpired);
    }
    if (user->banned) {
        return Error::of(ErrorCode::AccountBanned);
    }
    return rotate(*user, *row, ip);
}

IssuedSession AuthService::rotate(const User &user, const RefreshTokenRow &row, const QString &ip)
{
    const qint64 now = m_clock.nowMs();
    IssuedSession issued;
    issued.user = user;
    issued.sessionId = row.sessionId;
    // Re-derived, not copied: turning admin_2fa on must reach sessions that only refresh.
    issued.scope = scopeFor(user);
    issued.refreshToken = generateRefreshToken();
    issued.refreshExpiresAtMs = now + kRefreshLifetimeMs;
    Transaction transaction(m_database);
    if (!m_sessions.markUsed(row.tokenId, now)) {
        throw SqlError(u"refresh token rotated concurrently"_s);
    }
    m_sessions.addRefreshToken(
        row.sessionId, hashRefreshToken(issued.refreshToken), now, issued.refreshExpiresAtMs);
    m_auditLog.append(
        actorFor(user, row.deviceId, ip), u"auth.refresh"_s, u"session:"_s + QString::number(row.sessionId));
    transaction.commit();
    issued.accessToken = m_tokens.issue(user.id, user.role, row.sessionId, issued.scope);
    issued.accessExpiresAtMs = now + m_tokens.lifetimeMs();
    return issued;
}

std::variant<AuthenticatedUser, Error> AuthService::authenticate(const QString &accessToken) const
{
    const auto verified = m_tokens.verify(accessToken);
    if (const auto *error = std::get_if<Error>(&verified)) {
        return *error;
    }
    const auto &claims = std::get<AccessClaims>(verified);
    if (!m_sessions.isActive(claims.sessionId)) {
        return Error::of(ErrorCode::SessionRevoked);
    }
    const auto user = m_users.byId(claims.userId);
    if (!user) {
        return Error::of(ErrorCode::TokenInvalid);
    }
    if (user->banned) {
        return Error::of(ErrorCode::AccountBanned);
    }
    return AuthenticatedUser {*user, claims.sessionId, claims.scope};
}

void AuthService::logout(const AuthenticatedUser &who, const AuditActor &actor)
{
    Transaction transaction(m_database);
    if (m_sessions.revokeSession(who.sessionId, m_clock.nowMs(), u"logout"_s)) {
        m_auditLog.append(actor, u"auth.logout"_s, u"session:"_s + QString::number(who.sessionId));
    }
    transaction.commit();
    Q_EMIT sessionsEnded({who.sessionId}, u"logout"_s);
}

QList<qint64> AuthService::revokeAllSessions(qint64 userId, const QString &reason)
{
    return m_sessions.revokeUserSessions(userId, m_clock.nowMs(), reason);
}

} // namespace boli::server
