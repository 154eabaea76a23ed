// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sessionrepository.h"

namespace boli::server {
namespace {
using namespace Qt::StringLiterals;
}

SessionRepository::SessionRepository(const Database &database)
    : m_database(database)
{ }

qint64 SessionRepository::createSession(
    qint64 userId, const QString &deviceId, const QString &scope, qint64 nowMs)
{
    return SqlQuery(m_database,
        u"INSERT INTO sessions (user_id, device_id, scope, created_at) "
        "VALUES (:u, :d, :s, :t) RETURNING id"_s)
        .bind(u":u"_s, userId)
        .bind(u":d"_s, deviceId)
        .bind(u":s"_s, scope)
        .bind(u":t"_s, nowMs)
        .scalar()
        .toLongLong();
}

void SessionRepository::addRefreshToken(
    qint64 sessionId, const QString &tokenHash, qint64 nowMs, qint64 expiresAtMs)
{
    SqlQuery(m_database,
        u"INSERT INTO refresh_tokens (session_id, token_hash, issued_at, expires_at) "
        "VALUES (:s, :h, :i, :e)"_s)
        .bind(u":s"_s, sessionId)
        .bind(u":h"_s, tokenHash)
        .bind(u":i"_s, nowMs)
        .bind(u":e"_s, expiresAtMs)
        .exec();
}

std::optional<RefreshTokenRow> SessionRepository::findRefreshToken(const QString &tokenHash) const
{
    SqlQuery query(m_database,
        u"SELECT t.id, t.session_id, s.user_id, s.scope, s.device_id, t.expires_at, "
        "t.used_at, s.revoked_at FROM refresh_tokens t JOIN sessions s ON s.id = t.session_id "
        "WHERE t.token_hash = :h"_s);
    query.bind(u":h"_s, tokenHash).exec();
    if (!query.next()) {
        return std::nullopt;
    }
    RefreshTokenRow row;
    row.tokenId = query.value(0).toLongLong();
    row.sessionId = query.value(1).toLongLong();
    row.userId = query.value(2).toLongLong();
    row.scope = query.value(3).toString();
    row.deviceId = query.value(4).toString();
    row.expiresAtMs = query.value(5).toLongLong();
    if (!query.value(6).isNull()) {
        row.usedAtMs = query.value(6).toLongLong();
    }
    if (!query.value(7).isNull()) {
        row.sessionRevokedAtMs = query.value(7).toLongLong();
    }
    return row;
}

bool SessionRepository::markUsed(qint64 tokenId, qint64 nowMs)
{
    SqlQuery query(
        m_database, u"UPDATE refresh_tokens SET used_at = :t WHERE id = :id AND used_at IS NULL"_s);
    query.bind(u":t"_s, nowMs).bind(u":id"_s, tokenId).exec();
    return query.rowsAffected() == 1;
}

bool SessionRepository::revokeSession(qint64 sessionId, qint64 nowMs, const QString &reason)
{
    SqlQuery query(m_database,
        u"UPDATE sessions SET revoked_at = :t, revoke_reason = :r "
        "WHERE id = :id AND revoked_at IS NULL"_s);
    query.bind(u":t"_s, nowMs).bind(u":r"_s, reason).bind(u":id"_s, sessionId).exec();
    return query.rowsAffected() == 1;
}

QList<qint64> SessionRepository::revokeUserSessions(qint64 userId, qint64 nowMs, const QString &reason)
{
    SqlQuery query(m_database,
        u"UPDATE sessions SET revoked_at = :t, revoke_reason = :r "
        "WHERE user_id = :u AND revoked_at IS NULL RETURNING id"_s);
    query.bind(u":t"_s, nowMs).bind(u":r"_s, reason).bind(u":u"_s, userId).exec();
    QList<qint64> ids;
    while (query.next()) {
        ids.append(query.value(0).toLongLong());
    }
    return ids;
}

bool SessionRepository::isActive(qint64 sessionId) const
{
    return SqlQuery(m_database, u"SELECT COUNT(*) FROM sessions WHERE id = :id AND revoked_at IS NULL"_s)
               .bind(u":id"_s, sessionId)
               .scalar()
               .toLongLong()
        > 0;
}

} // namespace boli::server
