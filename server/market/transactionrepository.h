// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boli/money.h"
#include "storage/database.h"

#include <QJsonObject>
#include <QList>
#include <optional>

namespace boli::server {

/// Where a sale stands after the auction. Sent and stored by name.
enum class SaleStatus { Pending, Confirmed, Paid, Delivered, Completed, Disputed };

[[nodiscard]] QString saleStatusName(SaleStatus status);
[[nodiscard]] std::optional<SaleStatus> saleStatusFromName(const QString &name);
/// pending → confirmed → paid → delivered → completed, one step at a time by a party (an admin may
/// skip ahead); any status but completed → disputed; only an admin moves a disputed sale, to any status.
[[nodiscard]] bool canMoveSale(SaleStatus from, SaleStatus to, bool byAdmin);

/// @brief A sale: who bought what from whom, at what price.
struct Sale
{
    qint64 id = 0;
    qint64 listingId = 0;
    qint64 buyerId = 0;
    qint64 sellerId = 0;
    Paise pricePerQuintal = 0;
    Kilograms quantityKg = 0;
    Paise total = 0;
    SaleStatus status = SaleStatus::Pending;
    UtcMs createdAt = 0;
    UtcMs updatedAt = 0;

    [[nodiscard]] QJsonObject toJson() const;
};

/// @brief The transactions table (one sale per listing, enforced by a unique key).
class TransactionRepository
{
public:
    explicit TransactionRepository(const Database &database);

    qint64 insert(const Sale &sale);
    [[nodiscard]] std::optional<Sale> byId(qint64 id) const;
    [[nodiscard]] std::optional<Sale> byListing(qint64 listingId) const;
    [[nodiscard]] QList<Sale> forUser(qint64 userId, qint64 offset, qint64 limit) const;
    void setStatus(qint64 id, SaleStatus status, UtcMs nowMs);

private:
    [[nodiscard]] QList<Sale> select(
        const QString &where, const QList<std::pair<QString, QVariant>> &bindings) const;

    const Database &m_database;
};

} // namespace boli::server
