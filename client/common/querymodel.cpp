// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/querymodel.h"

#include "common/oprunner.h"
#include "net/serverconnection.h"

#include <QJsonArray>

namespace boli::client {
using namespace Qt::StringLiterals;

QueryModel::QueryModel(ServerConnection &connection, Query query, QObject *parent)
    : QAbstractListModel(parent)
    , m_connection(connection)
    , m_query(std::move(query))
{ }

int QueryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant QueryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    return roleData(m_rows.at(index.row()), m_query.fields, role);
}

QHash<int, QByteArray> QueryModel::roleNames() const
{
    return roleNamesFor(m_query.fields);
}

QVariant QueryModel::roleData(const QJsonObject &row, const QStringList &fields, int role)
{
    if (role == kRowRole) {
        return row.toVariantMap();
    }
    const int field = role - kRowRole - 1;
    if (field < 0 || field >= fields.size()) {
        return {};
    }
    return row.value(fields.at(field)).toVariant();
}

QHash<int, QByteArray> QueryModel::roleNamesFor(const QStringList &fields)
{
    QHash<int, QByteArray> names {{kRowRole, "row"}};
    for (int i = 0; i < fields.size(); ++i) {
        names.insert(kRowRole + 1 + i, roleNameFor(fields.at(i)));
    }
    return names;
}

QByteArray QueryModel::roleNameFor(const QString &field)
{
    QByteArray name;
    bool upper = false;
    for (const QChar c : field) {
        if (c == u'_') {
            upper = true;
            continue;
        }
        name.append(char(upper ? c.toUpper().toLatin1() : c.toLatin1()));
        upper = false;
    }
    return name;
}

void QueryModel::refresh()
{
    load();
}

QCoro::Task<> QueryModel::load()
{
    setLoading(true);
    auto asking = m_connection.request(m_query.op, params());
    const protocol::Reply reply = co_await asking;
    setLoading(false);
    setError(OpRunner::messageFor(reply));
    if (reply.ok()) {
        beginResetModel();
        m_rows.clear();
        const QJsonArray array = reply.fields.value(m_query.rowsKey).toArray();
        for (const QJsonValue &value : array) {
            m_rows.append(value.toObject());
        }
        m_total =
            reply.fields.contains(u"total"_s) ? reply.fields.value(u"total"_s).toInt() : int(m_rows.size());
        endResetModel();
        Q_EMIT countChanged();
    }
    Q_EMIT refreshed();
}

QVariantMap QueryModel::get(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).toVariantMap() : QVariantMap();
}

int QueryModel::rowOfId(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).value(u"id"_s).toInteger() == id) {
            return i;
        }
    }
    return -1;
}

void QueryModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    endResetModel();
    Q_EMIT countChanged();
}

void QueryModel::upsert(const QJsonObject &row)
{
    const int at = rowOfId(row.value(u"id"_s).toInteger());
    if (at >= 0) {
        m_rows[at] = row;
        const QModelIndex changed = index(at);
        Q_EMIT dataChanged(changed, changed);
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    m_rows.append(row);
    ++m_total;
    endInsertRows();
    Q_EMIT countChanged();
}

void QueryModel::setLoading(bool loading)
{
    if (loading != m_loading) {
        m_loading = loading;
        Q_EMIT loadingChanged();
    }
}

void QueryModel::setError(const QString &error)
{
    if (error != m_error) {
        m_error = error;
        Q_EMIT errorChanged();
    }
}

} // namespace boli::client
