// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/jsonrowsmodel.h"

#include "common/querymodel.h"

namespace boli::client {

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
    return QueryModel::roleData(m_rows.at(index.row()), m_fields, role);
}

QHash<int, QByteArray> JsonRowsModel::roleNames() const
{
    return QueryModel::roleNamesFor(m_fields);
}

int JsonRowsModel::roleOf(const QString &field) const
{
    const qsizetype at = m_fields.indexOf(field);
    return at < 0 ? -1 : QueryModel::kRowRole + 1 + int(at);
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
