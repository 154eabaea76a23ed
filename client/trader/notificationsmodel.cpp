// SPDX-License-Identifier: GPL-3.0-or-later
#include "trader/notificationsmodel.h"

#include "app/formatter.h"
#include "net/serverconnection.h"

namespace boli::client {
using namespace Qt::StringLiterals;

NotificationsModel::NotificationsModel(
    ServerConnection &connection, const Formatter &formatter, QObject *parent)
    : QueryModel(connection,
        {u"notifications.list"_s, u"notifications"_s,
            {u"id"_s, u"kind"_s, u"listing_id"_s, u"body"_s, u"created_at"_s, u"read"_s}},
        parent)
    , m_formatter(formatter)
{
    connect(this, &QueryModel::refreshed, this, [this] { countUnread(); });
    connect(&connection, &ServerConnection::eventReceived, this, [this](const protocol::Event &event) {
        if (event.name == u"notification"_s) {
            refresh();
        }
    });
}

QVariant NotificationsModel::data(const QModelIndex &index, int role) const
{
    if (role == TextRole && checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return textFor(rows().at(index.row()));
    }
    return QueryModel::data(index, role);
}

QHash<int, QByteArray> NotificationsModel::roleNames() const
{
    QHash<int, QByteArray> names = QueryModel::roleNames();
    names.insert(TextRole, "text");
    return names;
}

QString NotificationsModel::textFor(const QJsonObject &notification) const
{
    const QString kind = notification.value(u"kind"_s).toString();
    const QJsonObject body = notification.value(u"body"_s).toObject();
    const QString lot = QString::number(notification.value(u"listing_id"_s).toInteger());
    const QString price = m_formatter.perQuintal(body.value(u"price"_s).toInteger());
    if (kind == u"outbid"_s) {
        return tr("You were outbid on lot %1: the price is now %2.").arg(lot, price);
    }
    if (kind == u"won"_s) {
        return tr("You won lot %1. Total to pay: %2.")
            .arg(lot, m_formatter.rupees(body.value(u"total"_s).toInteger()));
    }
    if (kind == u"lost"_s) {
        return tr("Lot %1 ended without you: last price %2.").arg(lot, price);
    }
    if (kind == u"cancelled"_s) {
        return tr("Lot %1 was cancelled.").arg(lot);
    }
    if (kind == u"sold"_s) {
        return tr("Your lot %1 was sold.").arg(lot);
    }
    if (kind == u"unsold"_s) {
        return tr("Your lot %1 was not sold.").arg(lot);
    }
    if (kind == u"confirm_required"_s) {
        return tr("Lot %1 needs your confirmation.").arg(lot);
    }
    return tr("News about lot %1.").arg(lot);
}

void NotificationsModel::reset()
{
    clear();
    setUnread(0);
}

void NotificationsModel::markAllRead()
{
    qint64 newest = 0;
    for (const QJsonObject &row : rows()) {
        newest = std::max(newest, row.value(u"id"_s).toInteger());
    }
    if (newest > 0) {
        markRead(newest);
    }
}

QJsonObject NotificationsModel::params() const
{
    return {{u"limit"_s, 100}};
}

QCoro::Task<> NotificationsModel::countUnread()
{
    // The reply's `unread` counts every unread notification, not just this page.
    auto asking = connection().request(
        u"notifications.list"_s, QJsonObject {{u"unread_only"_s, true}, {u"limit"_s, 1}});
    const protocol::Reply reply = co_await asking;
    if (reply.ok()) {
        setUnread(reply.fields.value(u"unread"_s).toInt());
    }
}

QCoro::Task<> NotificationsModel::markRead(qint64 upToId)
{
    auto marking = connection().request(u"notifications.read"_s, QJsonObject {{u"up_to_id"_s, upToId}});
    const protocol::Reply reply = co_await marking;
    if (reply.ok()) {
        setUnread(reply.fields.value(u"unread"_s).toInt());
        refresh();
    }
}

void NotificationsModel::setUnread(int unread)
{
    if (unread != m_unread) {
        m_unread = unread;
        Q_EMIT unreadChanged();
    }
}

} // namespace boli::client
