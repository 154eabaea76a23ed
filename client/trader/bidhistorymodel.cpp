// SPDX-License-Identifier: GPL-3.0-or-later
#include "trader/bidhistorymodel.h"

namespace boli::client {
using namespace Qt::StringLiterals;

BidHistoryModel::BidHistoryModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int BidHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant BidHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const QJsonObject &row = m_rows.at(index.row());
    switch (role) {
    case SeqRole:
        return row.value(u"seq"_s).toInteger();
    case BidderRole:
        return row.value(u"bidder"_s).toString();
    case AmountRole:
        return row.value(u"amount"_s).toInteger();
    case KindRole:
        return row.value(u"kind"_s).toString();
    case AtRole:
        return row.value(u"at"_s).toInteger();
    default:
        return {};
    }
}

QHash<int, QByteArray> BidHistoryModel::roleNames() const
{
    return {
        {SeqRole, "seq"}, {BidderRole, "bidder"}, {AmountRole, "amount"}, {KindRole, "kind"}, {AtRole, "at"}};
}

void BidHistoryModel::reset(const QJsonArray &rows)
{
    beginResetModel();
    m_rows.clear();
    for (const QJsonValue &row : rows) {
        m_rows.prepend(row.toObject());
    }
    endResetModel();
    Q_EMIT countChanged();
}

void BidHistoryModel::append(const QJsonArray &rows)
{
    QList<QJsonObject> fresh;
    qint64 newest = lastSeq();
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        const qint64 seq = row.value(u"seq"_s).toInteger();
        if (seq > newest) {
            fresh.prepend(row);
            newest = seq;
        }
    }
    if (fresh.isEmpty()) {
        return;
    }
    beginInsertRows({}, 0, int(fresh.size()) - 1);
    m_rows = fresh + m_rows;
    endInsertRows();
    Q_EMIT countChanged();
}

qint64 BidHistoryModel::lastSeq() const
{
    return m_rows.isEmpty() ? 0 : m_rows.first().value(u"seq"_s).toInteger();
}

QString BidHistoryModel::bidderOf(qint64 seq) const
{
    for (const QJsonObject &row : m_rows) {
        if (row.value(u"seq"_s).toInteger() == seq) {
            return row.value(u"bidder"_s).toString();
        }
    }
    return {};
}

} // namespace boli::client
