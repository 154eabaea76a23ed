// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/opdispatcher.h"

namespace boli {
class Clock;
}

namespace boli::server {

class AnalyticsQueries;
class MarketAnalytics;
class PriceService;

/// @brief Analytics over the wire: a listing's uplift over the mandi price, a seller's figures and
/// the admin's market figures per crop, mandi and day (docs/market-prices.md, "Analytics").
class AnalyticsOps
{
public:
    static constexpr qint64 kDefaultDays = 30;
    static constexpr qint64 kMaxDays = 366;

    AnalyticsOps(const AnalyticsQueries &queries, const MarketAnalytics &analytics, PriceService &prices,
        const Clock &clock);
    void registerOps(OpDispatcher &dispatcher);

    QCoro::Task<OpResult> listing(Caller caller, QJsonObject fields);
    QCoro::Task<OpResult> seller(Caller caller, QJsonObject fields);
    QCoro::Task<OpResult> market(Caller caller, QJsonObject fields);

private:
    const AnalyticsQueries &m_queries;
    const MarketAnalytics &m_analytics;
    PriceService &m_prices;
    const Clock &m_clock;
};

} // namespace boli::server
