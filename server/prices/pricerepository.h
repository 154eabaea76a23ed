// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "prices/pricerow.h"
#include "storage/database.h"

#include <QJsonObject>
#include <QList>
#include <optional>

namespace boli::server {

/// How near the reference price was found: the listing's own mandi, else its district, state, India.
enum class PriceLevel { Market, District, State, National };
[[nodiscard]] QString priceLevelName(PriceLevel level);

/// @brief A crop and a place to look for its price; empty names skip that level.
struct PricePlace
{
    qint64 cropId = 0;
    QString market;
    QString district;
    QString state;
    /// Only prices dated on or before this day (the day a listing sold); null: the newest.
    QDate asOf;
};

/// @brief The reference price of a crop near a place on one day (docs/market-prices.md, "Reference").
struct ReferencePrice
{
    PriceLevel level = PriceLevel::National;
    QDate date;
    Paise minPrice = 0; ///< lowest min_price of the day's rows at that level, paise per quintal
    Paise maxPrice = 0; ///< highest max_price
    Paise modalPrice = 0; ///< median of the rows' modal prices (the lower middle one when even)
    int records = 0;
    int markets = 0;
    QString source; ///< api, import, sample, or mixed

    [[nodiscard]] QJsonObject toJson() const;
};

/// @brief One day of a price history: the same aggregation as ReferencePrice over that day's rows.
struct DailyPrice
{
    QDate date;
    Paise minPrice = 0;
    Paise maxPrice = 0;
    Paise modalPrice = 0;
    int records = 0;

    [[nodiscard]] QJsonObject toJson() const;
};

/// @brief The price_records table: stores mapped dataset rows and answers reference and history.
class PriceRepository
{
public:
    /// A level older than this many days before the crop's newest price anywhere is passed over
    /// for the next wider one: a mandi's price from last season is no reference today.
    static constexpr qint64 kFreshDays = 14;

    explicit PriceRepository(const Database &database);

    /// Inserts each (crop id, row), replacing the prices of a row with the same crop, place, variety,
    /// grade and day. Inside the caller's transaction.
    void store(const QList<std::pair<qint64, PriceRow>> &rows, const QString &source, UtcMs nowMs);
    /// Removes every row from `source`; returns how many.
    int removeSource(const QString &source);
    /// Rows stored, of one source or (empty) all.
    [[nodiscard]] qint64 count(const QString &source = {}) const;
    /// Per source: rows and the newest arrival date.
    [[nodiscard]] QJsonObject summary() const;

    [[nodiscard]] std::optional<ReferencePrice> reference(const PricePlace &place) const;
    /// The daily prices at `level` around `place` from `from` to `to`, oldest first; days without
    /// rows are left out.
    [[nodiscard]] QList<DailyPrice> history(
        const PricePlace &place, PriceLevel level, const QDate &from, const QDate &to) const;

private:
    /// The newest day with rows at that level (on or before place.asOf); null when none.
    [[nodiscard]] QDate newestDate(const PricePlace &place, PriceLevel level) const;
    [[nodiscard]] bool canUse(const PricePlace &place, PriceLevel level) const;

    const Database &m_database;
};

} // namespace boli::server
