// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "admin/pagedquerymodel.h"

namespace boli::client {

/// @brief Accounts found by the admin's search (`admin.users.list`), a page at a time; rows are
/// user objects and are replaced in place when an action on them succeeds.
class UsersModel : public PagedQueryModel
{
    Q_OBJECT
    Q_PROPERTY(QString query READ query NOTIFY filtersChanged)
    Q_PROPERTY(QString role READ role NOTIFY filtersChanged)
    Q_PROPERTY(QString banned READ banned NOTIFY filtersChanged)

public:
    explicit UsersModel(ServerConnection &connection, QObject *parent = nullptr);

    [[nodiscard]] QString query() const { return m_query; }
    [[nodiscard]] QString role() const { return m_role; }
    [[nodiscard]] QString banned() const { return m_banned; }

    /// Searches by part of a name, phone or email; `role` "" for any; `banned` "", "banned" or "active".
    Q_INVOKABLE void search(const QString &query, const QString &role = {}, const QString &banned = {});
    /// Takes a user object from an action's reply into the list, if it is shown.
    void apply(const QJsonObject &user);

Q_SIGNALS:
    void filtersChanged();

protected:
    [[nodiscard]] QJsonObject filters() const override;

private:
    QString m_query;
    QString m_role;
    QString m_banned;
};

} // namespace boli::client
