// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/querymodel.h"

namespace boli::client {

/// @brief The seller's sales (`transactions.mine`) with the one step the seller may take next
/// along pending → confirmed → paid → delivered → completed (or disputed), as the server allows.
class SalesModel : public QueryModel
{
    Q_OBJECT

public:
    enum ActionRoles {
        NextStatusRole = Qt::UserRole + 100, ///< "" when the sale cannot move on
        CanDisputeRole,
        TransactionIdRole, ///< `id` again: QML delegates cannot have a property named id
    };
    Q_ENUM(ActionRoles)

    explicit SalesModel(ServerConnection &connection, QObject *parent = nullptr);

    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// The status after `status` along the sale's path; empty at the end or when disputed.
    [[nodiscard]] static QString nextStatus(const QString &status);
    /// Puts a sale the server returned in place of its row.
    void replace(const QJsonObject &transaction);
};

} // namespace boli::client
