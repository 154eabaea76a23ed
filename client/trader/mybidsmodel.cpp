// SPDX-License-Identifier: GPL-3.0-or-later
#include "trader/mybidsmodel.h"

namespace boli::client {
using namespace Qt::StringLiterals;

MyBidsModel::MyBidsModel(ServerConnection &connection, QString stateFilter, QObject *parent)
    : QueryModel(connection,
        {u"bids.mine"_s, u"bids"_s,
            {u"state"_s, u"my_amount"_s, u"my_maximum"_s, u"my_bids"_s, u"last_bid_at"_s, u"listing"_s}},
        parent)
    , m_stateFilter(std::move(stateFilter))
{ }

void MyBidsModel::setStateFilter(const QString &state)
{
    if (state != m_stateFilter) {
        m_stateFilter = state;
        Q_EMIT stateFilterChanged();
        refresh();
    }
}

QJsonObject MyBidsModel::params() const
{
    QJsonObject params {{u"limit"_s, 200}};
    if (!m_stateFilter.isEmpty()) {
        params.insert(u"state"_s, m_stateFilter);
    }
    return params;
}

} // namespace boli::client
