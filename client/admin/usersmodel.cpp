// SPDX-License-Identifier: GPL-3.0-or-later
#include "admin/usersmodel.h"

namespace boli::client {
using namespace Qt::StringLiterals;

UsersModel::UsersModel(ServerConnection &connection, QObject *parent)
    : PagedQueryModel(connection,
        {u"admin.users.list"_s, u"users"_s,
            {u"id"_s, u"phone"_s, u"email"_s, u"display_name"_s, u"role"_s, u"totp_enabled"_s, u"verified"_s,
                u"banned"_s, u"ban_reason"_s, u"created_at"_s}},
        50, parent)
{ }

void UsersModel::search(const QString &query, const QString &role, const QString &banned)
{
    m_query = query.trimmed();
    m_role = role;
    m_banned = banned;
    Q_EMIT filtersChanged();
    restart();
}

void UsersModel::apply(const QJsonObject &user)
{
    // Only a row already shown is replaced: a new account may not match the current search.
    if (rowOfId(user.value(u"id"_s).toInteger()) >= 0) {
        upsert(user);
    }
}

QJsonObject UsersModel::filters() const
{
    QJsonObject fields;
    if (!m_query.isEmpty()) {
        fields.insert(u"query"_s, m_query);
    }
    if (!m_role.isEmpty()) {
        fields.insert(u"role"_s, m_role);
    }
    if (m_banned == u"banned"_s || m_banned == u"active"_s) {
        fields.insert(u"banned"_s, m_banned == u"banned"_s);
    }
    return fields;
}

} // namespace boli::client
