// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/salesmodel.h"

namespace boli::client {
using namespace Qt::StringLiterals;

namespace {
const QStringList kFields {u"id"_s, u"listing_id"_s, u"price_per_quintal"_s, u"quantity_kg"_s, u"total"_s,
    u"status"_s, u"role"_s, u"created_at"_s, u"updated_at"_s};
const QStringList kPath {u"pending"_s, u"confirmed"_s, u"paid"_s, u"delivered"_s, u"completed"_s};
} // namespace

SalesModel::SalesModel(ServerConnection &connection, QObject *parent)
    : QueryModel(connection, {u"transactions.mine"_s, u"transactions"_s, kFields}, parent)
{ }

QVariant SalesModel::data(const QModelIndex &index, int role) const
{
    if (role < NextStatusRole) {
        return QueryModel::data(index, role);
    }
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const QJsonObject &row = rows().at(index.row());
    const QString status = row.value(u"status"_s).toString();
    switch (role) {
    case NextStatusRole:
        return nextStatus(status);
    case CanDisputeRole: // anything but a finished or already disputed sale
        return status != u"completed"_s && status != u"disputed"_s;
    case TransactionIdRole:
        return row.value(u"id"_s).toInteger();
    default:
        return {};
    }
}

QHash<int, QByteArray> SalesModel::roleNames() const
{
    QHash<int, QByteArray> names = QueryModel::roleNames();
    names.insert(NextStatusRole, "nextStatus");
    names.insert(CanDisputeRole, "canDispute");
    names.insert(TransactionIdRole, "transactionId");
    return names;
}

QString SalesModel::nextStatus(const QString &status)
{
    const qsizetype at = kPath.indexOf(status);
    return at >= 0 && at + 1 < kPath.size() ? kPath.at(at + 1) : QString();
}

void SalesModel::replace(const QJsonObject &transaction)
{
    const int row = rowOfId(transaction.value(u"id"_s).toInteger());
    if (row >= 0) {
        QJsonObject merged = rows().at(row);
        for (auto it = transaction.begin(); it != transaction.end(); ++it) {
            merged.insert(it.key(), it.value()); // the update's reply has no `role`: keep ours
        }
        upsert(merged);
    }
}

} // namespace boli::client
