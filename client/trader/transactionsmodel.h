// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/querymodel.h"

namespace boli::client {

/// @brief The trader's purchases (`transactions.mine`), with the next step the buyer may take.
///
/// Besides the sale's fields, role `nextStatus` is the status a buyer moves the sale to next
/// (pending → confirmed → paid → delivered → completed), empty when there is none.
class TransactionsModel : public QueryModel
{
    Q_OBJECT

public:
    static constexpr int NextStatusRole = Qt::UserRole + 1000;

    explicit TransactionsModel(ServerConnection &connection, QObject *parent = nullptr);

    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// The one step forward from `status` a buyer or seller may take; empty after `completed` or
    /// while `disputed` (only an admin settles a dispute).
    [[nodiscard]] static QString nextStatus(const QString &status);
    /// Replaces the row of a sale the server just answered with.
    void adopt(const QJsonObject &transaction) { upsert(transaction); }

private:
    [[nodiscard]] QJsonObject params() const override;
};

} // namespace boli::client
