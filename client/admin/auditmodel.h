// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "admin/pagedquerymodel.h"

namespace boli::client {

/// @brief The audit log (`admin.audit.list`), newest first, filtered by actor, action, target and
/// time, a page at a time. Besides the record's fields, role `change` reads "before → after".
class AuditModel : public PagedQueryModel
{
    Q_OBJECT
    Q_PROPERTY(QString filterError READ filterError NOTIFY filterErrorChanged)

public:
    explicit AuditModel(ServerConnection &connection, QObject *parent = nullptr);

    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] QString filterError() const { return m_filterError; }

    /// Filters as typed: `actor` a user id, `action` an op name or a prefix ending in ".", `target`
    /// like "user:4", `from`/`to` dates "2026-11-21" (local days, `to` included) or "2026-11-21 14:30".
    /// Empty means any. Returns false, asking nothing, when a filter cannot be read.
    Q_INVOKABLE bool search(const QString &actor, const QString &action, const QString &target,
        const QString &from = {}, const QString &to = {});

    /// A typed date or date-time as UTC ms; `endOfDay` moves a bare date to the next midnight.
    /// -1 when the text is not a date; 0 for empty text.
    [[nodiscard]] static qint64 parseTime(const QString &text, bool endOfDay);

Q_SIGNALS:
    void filterErrorChanged();

protected:
    [[nodiscard]] QJsonObject filters() const override;

private:
    void setFilterError(const QString &error);

    QJsonObject m_filters;
    QString m_filterError;
};

} // namespace boli::client
