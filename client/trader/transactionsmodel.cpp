// SPDX-License-Identifier: GPL-3.0-or-later
#include "trader/transactionsmodel.h"

namespace boli::client {
using namespace Qt::StringLiterals;

namespace {
const QStringList kSteps {u"pending"_s, u"confirmed"_s, u"paid"_s, u"delivered"_s, u"completed"_s};
}

TransactionsModel::TransactionsModel(ServerConnection &connection, QObject *parent)
    : QueryModel(connection,
        {u"transactions.mine"_s, u"transactions"_s,
            {u"id"_s, u"listing_id"_s, u"price_per_quintal"_s, u"quantity_kg"_s, u"total"_s, u"status"_s,
                u"role"_s, u"created_at"_s, u"updated_at"_s}},
        parent)
{ }

QVariant TransactionsModel::data(const QModelIndex &index, int role) const
{
    if (role == NextStatusRole && checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return nextStatus(rows().at(index.row()).value(u"status"_s).toString());
    }
    return QueryModel::data(index, role);
}

QHash<int, QByteArray> TransactionsModel::roleNames() const
{
    QHash<int, QByteArray> names = QueryModel::roleNames();
    names.insert(NextStatusRole, "nextStatus");
    return names;
}

QString TransactionsModel::nextStatus(const QString &status)
{
    const qsizetype at = kSteps.indexOf(status);
    return at >= 0 && at + 1 < kSteps.size() ? kSteps.at(at + 1) : QString();
}

QJsonObject TransactionsModel::params() const
{
    return {{u"limit"_s, 200}};
}

} // namespace boli::client
