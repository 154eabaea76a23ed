// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QCoroTask>
#include <QJsonObject>
#include <QList>

namespace boli::protocol {
struct Event;
}

namespace boli::client {

class ServerConnection;

/// @brief A list the server answers in one op (`bids.mine`, `admin.users.list`, …) as a model.
///
/// Each row is one JSON object of the reply's array; each listed field becomes a role named in
/// camelCase (`display_name` → `displayName`), plus `row` with the whole object as a map. Subclasses
/// say which op and fields, add filters through params(), and patch rows from events.
class QueryModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int total READ total NOTIFY countChanged)

public:
    struct Query
    {
        QString op;
        QString rowsKey; ///< the reply field holding the array
        QStringList fields; ///< protocol field names exposed as roles
    };

    QueryModel(ServerConnection &connection, Query query, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] bool loading() const { return m_loading; }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] int total() const { return m_total; }
    [[nodiscard]] const QList<QJsonObject> &rows() const { return m_rows; }

    /// Asks the server again with the current params.
    Q_INVOKABLE void refresh();
    /// Row `row` as a map, for detail views; empty when out of range.
    Q_INVOKABLE [[nodiscard]] QVariantMap get(int row) const;
    /// The row whose `id` is `id`, or -1.
    Q_INVOKABLE [[nodiscard]] int rowOfId(qint64 id) const;
    /// Forgets every row (logout, kiosk reset).
    Q_INVOKABLE void clear();

    /// "display_name" → "displayName".
    [[nodiscard]] static QByteArray roleNameFor(const QString &field);
    /// The role of a whole row; field roles follow it in the order of the fields.
    static constexpr int kRowRole = Qt::UserRole;
    /// Roles of JSON rows with these fields: `row`, then one camelCase role per field.
    [[nodiscard]] static QHash<int, QByteArray> roleNamesFor(const QStringList &fields);
    /// What `role` (from roleNamesFor) shows of `row`.
    [[nodiscard]] static QVariant roleData(const QJsonObject &row, const QStringList &fields, int role);

Q_SIGNALS:
    void loadingChanged();
    void errorChanged();
    void countChanged();
    /// A refresh finished, successfully or not.
    void refreshed();

protected:
    /// The request's filter fields; the default asks with none.
    [[nodiscard]] virtual QJsonObject params() const { return {}; }
    /// Replaces the row with the same `id` or appends one; for event-driven updates.
    void upsert(const QJsonObject &row);
    [[nodiscard]] ServerConnection &connection() const { return m_connection; }

private:
    QCoro::Task<> load();
    void setLoading(bool loading);
    void setError(const QString &error);

    ServerConnection &m_connection;
    Query m_query;
    QList<QJsonObject> m_rows;
    int m_total = 0;
    bool m_loading = false;
    QString m_error;
};

} // namespace boli::client
