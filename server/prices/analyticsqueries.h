// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boli/money.h"
#include "storage/database.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <optional>

namespace boli::server {

/// @brief What analytics needs of one listing: where, what, how it went, and its sale if any.
struct ListingFacts
{
    qint64 id = 0;
    qint64 sellerId = 0;
    qint64 createdBy = 0; ///< the seller, or the field agent who listed for a farmer
    qint64 cropId = 0;
    QString mandi;
    QString district;
    QString state;
    QString status;
    qint64 bidCount = 0; ///< ledger rows, automatic proxy bids included (as market.stats)
    qint64 watchers = 0; ///< watchlist entries
    qint64 views = 0; ///< distinct viewers while it was open (listing_views)
    Paise startingPrice = 0;
    Kilograms quantityKg = 0;
    UtcMs endsAt = 0;
    std::optional<Paise> finalPrice; ///< the sale's price per quintal
    std::optional<Paise> saleTotal;
    std::optional<UtcMs> soldAt;

    /// When it closed: the sale for a sold listing (a farmer may accept before the scheduled end),
    /// else its end.
    [[nodiscard]] UtcMs closedAt() const { return soldAt.value_or(endsAt); }
};

/// @brief Read-only SQL over listings, bids, sales and watchlists for analytics and suggestions.
class AnalyticsQueries
{
public:
    explicit AnalyticsQueries(const Database &database);

    [[nodiscard]] std::optional<ListingFacts> listing(qint64 id) const;
    /// Newest end first; drafts and listings still waiting for review are left out.
    [[nodiscard]] QList<ListingFacts> bySeller(qint64 sellerId) const;
    /// Sold and unsold listings that ended in [fromMs, toMs).
    [[nodiscard]] QList<ListingFacts> closedBetween(UtcMs fromMs, UtcMs toMs) const;
    /// Who bid on each of these listings.
    [[nodiscard]] QHash<qint64, QSet<qint64>> bidders(const QList<ListingFacts> &listings) const;

    /// Sale prices per quintal of the crop since `sinceMs`, newest first, at most `limit`, in the
    /// district (district and state given), the state (state only) or anywhere (neither).
    [[nodiscard]] QList<Paise> salePrices(
        qint64 cropId, const QString &district, const QString &state, UtcMs sinceMs, int limit) const;

private:
    [[nodiscard]] QList<ListingFacts> select(
        const QString &where, const QList<std::pair<QString, QVariant>> &bindings) const;

    const Database &m_database;
};

} // namespace boli::server
