// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"

#include <QList>
#include <optional>

namespace boli::server {

/// @brief A stored refresh token with its session, as found by its hash.
struct RefreshTokenRow
{
    qint64 tokenId = 0;
    qint64 sessionId = 0;
    qint64 userId = 0;
    QString scope;
    QString deviceId;
    qint64 expiresAtMs = 0;
    std::optional<qint64> usedAtMs;
    std::optional<qint64> sessionRevokedAtMs;
};

/// @brief The sessions and refresh_tokens tables: one session per login, a family of rotating tokens.
class SessionRepository
{
public:
    explicit SessionRepository(const Database &database);

    qint64 createSession(qint64 userId, const QString &deviceId, const QString &scope, qint64 nowMs);
    void addRefreshToken(qint64 sessionId, const QString &tokenHash, qint64 nowMs, qint64 expiresAtMs);
    [[nodiscard]] std::optional<RefreshTokenRow> findRefreshToken(const QString &tokenHash) const;
    /// Marks a token rotated; false when another request rotated it first (then it is a reuse).
    bool markUsed(qint64 tokenId, qint64 nowMs);
    /// Ends a session; false when it had already ended.
    bool revokeSession(qint64 sessionId, qint64 nowMs, const QString &reason);
    /// Ends every live session of a user; returns the ids it ended.
    QList<qint64> revokeUserSessions(qint64 userId, qint64 nowMs, const QString &reason);
    [[nodiscard]] bool isActive(qint64 sessionId) const;

private:
    const Database &m_database;
};

} // namespace boli::server
