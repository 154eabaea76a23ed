// SPDX-License-Identifier: GPL-3.0-or-later
#include "market/notificationrepository.h"

#include <QJsonDocument>

namespace boli::server {
namespace {
using namespace Qt::StringLiterals;
}

QJsonObject Notification::toJson() const
{
    return {
        {u"id"_s, id},
        {u"kind"_s, kind},
        {u"listing_id"_s, listingId ? QJsonValue(*listingId) : QJsonValue(QJsonValue::Null)},
        {u"body"_s, body},
        {u"created_at"_s, createdAt},
        {u"read"_s, readAt.has_value()},
    };
}

NotificationRepository::NotificationRepository(const Database &database)
    : m_database(database)
{ }

Notification NotificationRepository::insert(qint64 userId, const QString &kind,
    std::optional<qint64> listingId, const QJsonObject &body, qint64 nowMs)
{
    Notification n {0, userId, kind, listingId, body, nowMs, std::nullopt};
    n.id = SqlQuery(m_database,
        u"INSERT INTO notifications (user_id, kind, listing_id, body, created_at) "
        "VALUES (:u, :k, :l, :b, :t) RETURNING id"_s)
               .bind(u":u"_s, userId)
               .bind(u":k"_s, kind)
               .bindOptional(u":l"_s, listingId)
               .bind(u":b"_s, QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)))
               .bind(u":t"_s, nowMs)
               .scalar()
               .toLongLong();
    return n;
}

QList<Notification> NotificationRepository::forUser(
    qint64 userId, bool unreadOnly, qint64 offset, qint64 limit) const
{
    SqlQuery query(m_database,
        u"SELECT id, kind, listing_id, body, created_at, read_at FROM notifications "
        "WHERE user_id = :u"_s
            + (unreadOnly ? u" AND read_at IS NULL"_s : QString())
            + u" ORDER BY id DESC LIMIT :limit OFFSET :offset"_s);
    query.bind(u":u"_s, userId).bind(u":limit"_s, limit).bind(u":offset"_s, offset).exec();
    QList<Notification> list;
    while (query.next()) {
        Notification n;
        n.id = query.value(0).toLongLong();
        n.userId = userId;
        n.kind = query.value(1).toString();
        if (!query.value(2).isNull()) {
            n.listingId = query.value(2).toLongLong();
        }
        n.body = QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object();
        n.createdAt = query.value(4).toLongLong();
        if (!query.value(5).isNull()) {
            n.readAt = query.value(5).toLongLong();
        }
        list.append(n);
    }
    return list;
}

qint64 NotificationRepository::unreadCount(qint64 userId) const
{
    return SqlQuery(
        m_database, u"SELECT COUNT(*) FROM notifications WHERE user_id = :u AND read_at IS NULL"_s)
        .bind(u":u"_s, userId)
        .scalar()
        .toLongLong();
}

int NotificationRepository::markRead(qint64 userId, qint64 upToId, qint64 nowMs)
{
    SqlQuery query(m_database,
        u"UPDATE notifications SET read_at = :t WHERE user_id = :u AND id <= :id "
        "AND read_at IS NULL"_s);
    query.bind(u":t"_s, nowMs).bind(u":u"_s, userId).bind(u":id"_s, upToId).exec();
    return query.rowsAffected();
}

} // namespace boli::server
