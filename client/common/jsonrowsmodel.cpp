// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/jsonrowsmodel.h"

#include "common/querymodel.h"

namespace boli::client {

namespace {
constexpr int kRowRole = Qt::UserRole;
}

JsonRowsModel::JsonRowsModel(QStringList fields, Decorate decorate, QObject *parent)
    : QAbstractListModel(parent)
    , m_fields(std::move(fields))
    , m_decorate(std::move(decorate))
{ }

int JsonRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant JsonRowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const QJsonObject &row = m_rows.at(index.row());
    if (role == kRowRole) {
        return row.toVariantMap();
    }
    const int field = role - kRowRole - 1;
    if (field < 0 || field >= m_fields.size()) {
        return {};
    }
    return row.value(m_fields.at(field)).toVariant();
}

QHash<int, QByteArray> JsonRowsModel::roleNames() const
{
    QHash<int, QByteArray> names {{kRowRole, "row"}};
    for (int i = 0; i < m_fields.size(); ++i) {
        names.insert(kRowRole + 1 + i, QueryModel::roleNameFor(m_fields.at(i)));
    }
    return names;
}

int JsonRowsModel::roleOf(const QString &field) const
{
    const qsizetype at = m_fields.indexOf(field);
    return at < 0 ? -1 : kRowRole + 1 + int(at);
}

void JsonRowsModel::setRows(const QJsonArray &rows)
{
    beginResetModel();
    const bool sizeChanged = rows.size() != m_rows.size();
    m_rows.clear();
    for (const QJsonValue &value : rows) {
        QJsonObject row = value.toObject();
        if (m_decorate) {
            m_decorate(row);
        }
        m_rows.append(row);
    }
    endResetModel();
    if (sizeChanged) {
        Q_EMIT countChanged();
    }
}

} // namespace boli::client
