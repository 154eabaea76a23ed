// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"

#include <QJsonObject>
#include <QList>
#include <optional>

namespace boli::server {

/// @brief A message kept for a user: outbid, won, lost, sold, unsold, confirm, cancelled.
struct Notification
{
    qint64 id = 0;
    qint64 userId = 0;
    QString kind;
    std::optional<qint64> listingId;
    QJsonObject body;
    qint64 createdAt = 0;
    std::optional<qint64> readAt;

    [[nodiscard]] QJsonObject toJson() const;
};

/// @brief The notifications table.
class NotificationRepository
{
public:
    explicit NotificationRepository(const Database &database);

    /// Inside the caller's transaction; returns the stored notification with its id.
    Notification insert(qint64 userId, const QString &kind, std::optional<qint64> listingId,
        const QJsonObject &body, qint64 nowMs);
    [[nodiscard]] QList<Notification> forUser(
        qint64 userId, bool unreadOnly, qint64 offset, qint64 limit) const;
    [[nodiscard]] qint64 unreadCount(qint64 userId) const;
    /// Marks the user's notifications up to and including `upToId` read; returns how many changed.
    int markRead(qint64 userId, qint64 upToId, qint64 nowMs);

private:
    const Database &m_database;
};

} // namespace boli::server
