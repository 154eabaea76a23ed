// SPDX-License-Identifier: GPL-3.0-or-later
#include "market/transactionrepository.h"

#include "boli/enumnames.h"

namespace boli::server {
namespace {
using namespace Qt::StringLiterals;

constexpr EnumNames kNames {std::array {
    std::pair {SaleStatus::Pending, u"pending"},
    std::pair {SaleStatus::Confirmed, u"confirmed"},
    std::pair {SaleStatus::Paid, u"paid"},
    std::pair {SaleStatus::Delivered, u"delivered"},
    std::pair {SaleStatus::Completed, u"completed"},
    std::pair {SaleStatus::Disputed, u"disputed"},
}};
} // namespace

QString saleStatusName(SaleStatus status)
{
    return kNames.name(status);
}

std::optional<SaleStatus> saleStatusFromName(const QString &name)
{
    return kNames.fromName(name);
}

bool canMoveSale(SaleStatus from, SaleStatus to, bool byAdmin)
{
    if (from == SaleStatus::Completed) {
        return false;
    }
    if (to == SaleStatus::Disputed) {
        return from != SaleStatus::Disputed;
    }
    if (from == SaleStatus::Disputed) {
        return byAdmin; // only an admin settles a dispute
    }
    return int(to) == int(from) + 1 || (byAdmin && int(to) > int(from));
}

QJsonObject Sale::toJson() const
{
    return {
        {u"id"_s, id},
        {u"listing_id"_s, listingId},
        {u"buyer_id"_s, buyerId},
        {u"seller_id"_s, sellerId},
        {u"price_per_quintal"_s, pricePerQuintal},
        {u"quantity_kg"_s, quantityKg},
        {u"total"_s, total},
        {u"status"_s, saleStatusName(status)},
        {u"created_at"_s, createdAt},
        {u"updated_at"_s, updatedAt},
    };
}

TransactionRepository::TransactionRepository(const Database &database)
    : m_database(database)
{ }

qint64 TransactionRepository::insert(const Sale &s)
{
    return SqlQuery(m_database,
        u"INSERT INTO transactions (listing_id, buyer_id, seller_id, price_per_quintal, "
        "quantity_kg, total, status, created_at, updated_at) VALUES (:l, :b, :s, :p, :q, :t, "
        ":st, :c, :u) RETURNING id"_s)
        .bind(u":l"_s, s.listingId)
        .bind(u":b"_s, s.buyerId)
        .bind(u":s"_s, s.sellerId)
        .bind(u":p"_s, s.pricePerQuintal)
        .bind(u":q"_s, s.quantityKg)
        .bind(u":t"_s, s.total)
        .bind(u":st"_s, saleStatusName(s.status))
        .bind(u":c"_s, s.createdAt)
        .bind(u":u"_s, s.updatedAt)
        .scalar()
        .toLongLong();
}

QList<Sale> TransactionRepository::select(
    const QString &where, const QList<std::pair<QString, QVariant>> &bindings) const
{
    SqlQuery query(m_database,
        u"SELECT id, listing_id, buyer_id, seller_id, price_per_quintal, quantity_kg, total, "
        "status, created_at, updated_at FROM transactions WHERE "_s
            + where);
    for (const auto &[name, value] : bindings) {
        query.bind(name, value);
    }
    query.exec();
    QList<Sale> sales;
    while (query.next()) {
        sales.append(Sale {query.value(0).toLongLong(), query.value(1).toLongLong(),
            query.value(2).toLongLong(), query.value(3).toLongLong(), query.value(4).toLongLong(),
            query.value(5).toLongLong(), query.value(6).toLongLong(),
            saleStatusFromName(query.value(7).toString()).value_or(SaleStatus::Pending),
            query.value(8).toLongLong(), query.value(9).toLongLong()});
    }
    return sales;
}

std::optional<Sale> TransactionRepository::byId(qint64 id) const
{
    const auto sales = select(u"id = :id"_s, {{u":id"_s, id}});
    return sales.isEmpty() ? std::nullopt : std::optional<Sale>(sales.first());
}

std::optional<Sale> TransactionRepository::byListing(qint64 listingId) const
{
    const auto sales = select(u"listing_id = :l"_s, {{u":l"_s, listingId}});
    return sales.isEmpty() ? std::nullopt : std::optional<Sale>(sales.first());
}

QList<Sale> TransactionRepository::forUser(qint64 userId, qint64 offset, qint64 limit) const
{
    return select(u"(buyer_id = :b OR seller_id = :s) ORDER BY id DESC LIMIT :limit OFFSET :offset"_s,
        {{u":b"_s, userId}, {u":s"_s, userId}, {u":limit"_s, limit}, {u":offset"_s, offset}});
}

void TransactionRepository::setStatus(qint64 id, SaleStatus status, UtcMs nowMs)
{
    SqlQuery(m_database, u"UPDATE transactions SET status = :s, updated_at = :t WHERE id = :id"_s)
        .bind(u":s"_s, saleStatusName(status))
        .bind(u":t"_s, nowMs)
        .bind(u":id"_s, id)
        .exec();
}

} // namespace boli::server
