// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/querymodel.h"

namespace boli::client {

class Formatter;

/// @brief The user's notifications (`notifications.list`), newest first, with the unread count;
/// reloaded when a `notification` event arrives.
///
/// Role `text` is the notification as a translated sentence (the server sends a kind and a body).
class NotificationsModel : public QueryModel
{
    Q_OBJECT
    Q_PROPERTY(int unread READ unread NOTIFY unreadChanged)

public:
    static constexpr int TextRole = Qt::UserRole + 1000;

    NotificationsModel(ServerConnection &connection, const Formatter &formatter, QObject *parent = nullptr);

    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int unread() const { return m_unread; }

    /// Forgets the rows and the count (logout).
    void reset();
    /// Marks every notification shown read.
    Q_INVOKABLE void markAllRead();
    /// The sentence for one notification object (`kind`, `listing_id`, `body`).
    [[nodiscard]] QString textFor(const QJsonObject &notification) const;

Q_SIGNALS:
    void unreadChanged();

private:
    [[nodiscard]] QJsonObject params() const override;
    QCoro::Task<> countUnread();
    QCoro::Task<> markRead(qint64 upToId);
    void setUnread(int unread);

    const Formatter &m_formatter;
    int m_unread = 0;
};

} // namespace boli::client
