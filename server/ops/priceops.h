// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/opdispatcher.h"

namespace boli {
class Clock;
}

namespace boli::server {

class AnalyticsQueries;
class CatalogRepository;
class PriceService;
struct PricePlace;

/// @brief Mandi reference prices over the wire: the reference and history anyone may read, a
/// suggested starting range, and the admin's status, import and fetch (docs/market-prices.md).
class PriceOps
{
public:
    /// Boli sales older than this do not count towards a suggestion.
    static constexpr qint64 kSalesWindowDays = 90;
    static constexpr int kMaxSales = 20;
    static constexpr qint64 kDefaultHistoryDays = 30;
    static constexpr qint64 kMaxHistoryDays = 90;

    PriceOps(PriceService &prices, const AnalyticsQueries &queries, const CatalogRepository &catalog,
        const Clock &clock);
    void registerOps(OpDispatcher &dispatcher);

    QCoro::Task<OpResult> reference(Caller caller, QJsonObject fields);
    QCoro::Task<OpResult> history(Caller caller, QJsonObject fields);
    QCoro::Task<OpResult> suggest(Caller caller, QJsonObject fields);
    QCoro::Task<OpResult> status(Caller caller, QJsonObject fields);
    QCoro::Task<OpResult> import(Caller caller, QJsonObject fields);
    QCoro::Task<OpResult> fetch(Caller caller, QJsonObject fields);

private:
    /// crop_id (an existing crop) and the optional mandi, district and state; or the first error.
    std::variant<PricePlace, Error> readPlace(const QJsonObject &fields) const;

    PriceService &m_prices;
    const AnalyticsQueries &m_queries;
    const CatalogRepository &m_catalog;
    const Clock &m_clock;
};

} // namespace boli::server
