// SPDX-License-Identifier: GPL-3.0-or-later
#include "admin/pagedquerymodel.h"

#include <algorithm>

namespace boli::client {
using namespace Qt::StringLiterals;

PagedQueryModel::PagedQueryModel(ServerConnection &connection, Query query, int pageSize, QObject *parent)
    : QueryModel(connection, std::move(query), parent)
    , m_pageSize(pageSize)
{
    connect(this, &QueryModel::countChanged, this, &PagedQueryModel::pageChanged);
}

void PagedQueryModel::nextPage()
{
    if (hasNext()) {
        setOffset(m_offset + m_pageSize);
        refresh();
    }
}

void PagedQueryModel::previousPage()
{
    if (hasPrevious()) {
        setOffset(std::max(0, m_offset - m_pageSize));
        refresh();
    }
}

void PagedQueryModel::restart()
{
    setOffset(0);
    refresh();
}

QJsonObject PagedQueryModel::params() const
{
    QJsonObject fields = filters();
    fields.insert(u"offset"_s, m_offset);
    fields.insert(u"limit"_s, m_pageSize);
    return fields;
}

void PagedQueryModel::setOffset(int offset)
{
    if (offset != m_offset) {
        m_offset = offset;
        Q_EMIT pageChanged();
    }
}

} // namespace boli::client
