// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/querymodel.h"

namespace boli::client {

/// @brief A QueryModel read a page at a time (`offset`, `limit`), for the admin's long lists.
class PagedQueryModel : public QueryModel
{
    Q_OBJECT
    Q_PROPERTY(int offset READ offset NOTIFY pageChanged)
    Q_PROPERTY(int pageSize READ pageSize CONSTANT)
    Q_PROPERTY(bool hasNext READ hasNext NOTIFY pageChanged)
    Q_PROPERTY(bool hasPrevious READ hasPrevious NOTIFY pageChanged)

public:
    PagedQueryModel(ServerConnection &connection, Query query, int pageSize, QObject *parent = nullptr);

    [[nodiscard]] int offset() const { return m_offset; }
    [[nodiscard]] int pageSize() const { return m_pageSize; }
    [[nodiscard]] bool hasNext() const { return m_offset + rowCount() < total(); }
    [[nodiscard]] bool hasPrevious() const { return m_offset > 0; }

    Q_INVOKABLE void nextPage();
    Q_INVOKABLE void previousPage();

Q_SIGNALS:
    void pageChanged();

protected:
    /// Filters changed: back to the first page and ask again.
    void restart();
    /// The subclass's filters plus `offset` and `limit`.
    [[nodiscard]] QJsonObject params() const final;
    [[nodiscard]] virtual QJsonObject filters() const { return {}; }

private:
    void setOffset(int offset);

    int m_offset = 0;
    int m_pageSize;
};

} // namespace boli::client
