// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QJsonArray>
#include <QJsonObject>

#include <functional>

namespace boli::client {

/// @brief Rows that arrive inside a bigger reply (an analytics breakdown, a seller's listings) as a
/// list model: each field becomes a camelCase role, as in QueryModel, plus `row` (the whole object).
///
/// A `decorate` function adds derived display fields (percent texts, the reference price out of
/// a nested object) to each row once, in C++, so that delegates only bind.
class JsonRowsModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    using Decorate = std::function<void(QJsonObject &row)>;

    JsonRowsModel(QStringList fields, Decorate decorate = {}, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] int count() const { return int(m_rows.size()); }
    [[nodiscard]] const QList<QJsonObject> &rows() const { return m_rows; }
    /// The role of `field`, for tests and views; -1 when it is not one.
    [[nodiscard]] int roleOf(const QString &field) const;

    void setRows(const QJsonArray &rows);
    void clear() { setRows({}); }

Q_SIGNALS:
    void countChanged();

private:
    QStringList m_fields;
    Decorate m_decorate;
    QList<QJsonObject> m_rows;
};

} // namespace boli::client
