// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/querymodel.h"

#include <QSet>

namespace boli::client {

/// @brief The seller's own listings (`listings.mine`), kept live: each listing that can still
/// change is watched, and its events (and the feed) replace the row, never with an older state.
///
/// Besides the listing fields it says what the seller may do now (accept, confirm, cancel), as
/// docs/protocol.md allows it, so the screen shows only buttons that can work.
class MyListingsModel : public QueryModel
{
    Q_OBJECT

public:
    enum ActionRoles {
        CanAcceptRole = Qt::UserRole + 100,
        CanConfirmRole,
        CanCancelRole,
        ListingIdRole, ///< `id` again: QML delegates cannot have a property named id
    };
    Q_ENUM(ActionRoles)

    explicit MyListingsModel(ServerConnection &connection, QObject *parent = nullptr);

    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// Puts a listing the server returned (after accept, confirm, cancel) in place of its row.
    void replace(const QJsonObject &listing);
    /// Stops watching and forgets every row: nothing of this seller stays on the kiosk.
    void forget();
    [[nodiscard]] QSet<qint64> watched() const { return m_watched; }

private:
    void onEvent(const protocol::Event &event);
    void watchChanging();
    QCoro::Task<> watch(qint64 listingId);
    QCoro::Task<> unwatch(qint64 listingId);

    QSet<qint64> m_watched;
};

} // namespace boli::client
