// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/auditlog.h"
#include "auth/accesstokens.h"
#include "auth/loginthrottle.h"
#include "auth/passwordhasher.h"
#include "storage/sessionrepository.h"
#include "storage/userrepository.h"

#include <QCoroTask>
#include <QObject>
#include <variant>

namespace boli::server {

class SettingsService;

/// @brief A login as the client sees it: the account and the tokens that keep it.
struct IssuedSession
{
    User user;
    qint64 sessionId = 0;
    QString scope;
    QString accessToken;
    qint64 accessExpiresAtMs = 0;
    QString refreshToken;
    qint64 refreshExpiresAtMs = 0;

    [[nodiscard]] QJsonObject toJson() const;
};

/// @brief A logged-in caller, as proven by a valid access token for a live session.
struct AuthenticatedUser
{
    User user;
    qint64 sessionId = 0;
    QString scope;
};

/// @brief What a login asks with.
struct LoginAttempt
{
    QString login; ///< phone or email, as typed
    QString secret; ///< PIN or password
    bool secretIsPin = false; ///< sent as "pin" rather than "password"
    QString totpCode;
    QString deviceId;
    QString ip;
};

/// @brief Logs accounts in and out: secrets, lockout, TOTP, and the rotating refresh-token families.
///
/// Argon2id runs on the thread pool; every database change runs on the caller's thread, after it.
class AuthService : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kRefreshLifetimeMs = 30LL * 24 * 60 * 60 * 1000;

    AuthService(const Database &database, UserRepository &users, SessionRepository &sessions,
        AuditLog &auditLog, SettingsService &settings, const PasswordHasher &hasher,
        const AccessTokens &tokens, LoginThrottle &throttle, const Clock &clock, QObject *parent = nullptr);

    QCoro::Task<std::variant<IssuedSession, Error>> login(LoginAttempt attempt);
    std::variant<IssuedSession, Error> refresh(const QString &refreshToken, const QString &ip);
    [[nodiscard]] std::variant<AuthenticatedUser, Error> authenticate(const QString &accessToken) const;
    void logout(const AuthenticatedUser &who, const AuditActor &actor);
    /// Ends every session of the user (ban, role change) inside the caller's transaction; the
    /// caller announces the ids with sessionsEnded() once it has committed.
    QList<qint64> revokeAllSessions(qint64 userId, const QString &reason);

    /// Argon2id off the event loop.
    QCoro::Task<QString> hashSecret(QString secret) const;
    QCoro::Task<bool> verifySecret(QString secret, QString storedHash) const;

    /// Checks a TOTP code against the user's secret and burns its time step (no replays).
    [[nodiscard]] bool consumeTotp(const User &user, const QString &code);

Q_SIGNALS:
    /// Sessions that ended: their connections must close now.
    void sessionsEnded(const QList<qint64> &sessionIds, const QString &reason);

private:
    std::optional<Error> recordFailure(qint64 userId, const LoginAttempt &attempt, const QString &why);
    IssuedSession startSession(
        const User &user, const QString &scope, const QString &deviceId, const QString &ip);
    IssuedSession rotate(const User &user, const RefreshTokenRow &row, const QString &ip);
    [[nodiscard]] QString scopeFor(const User &user) const;

    const Database &m_database;
    UserRepository &m_users;
    SessionRepository &m_sessions;
    AuditLog &m_auditLog;
    SettingsService &m_settings;
    const PasswordHasher &m_hasher;
    const AccessTokens &m_tokens;
    LoginThrottle &m_throttle;
    const Clock &m_clock;
};

} // namespace boli::server
