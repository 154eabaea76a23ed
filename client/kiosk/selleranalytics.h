// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/analyticstotals.h"
#include "common/chartseries.h"
#include "common/jsonrowsmodel.h"
#include "common/oprunner.h"

#include <QCoroTask>
#include <QObject>

namespace boli::client {

class Formatter;

/// @brief The farmer's "my results" (`analytics.seller`): the totals, each listing's final price
/// against the mandi's, and the uplift over time as a chart.
///
/// `uplift` columns: 0 the moment each listing sold, 1 its uplift % over the mandi modal price that
/// day. Only sold listings with a mandi price have a point (no price, no comparison).
/// `listings` rows: the listing figures object plus `reference_modal` (paise, 0 without one) and
/// `uplift_text` ("+5.6%", "—"); `views` only when the server counts them.
class SellerAnalytics : public QObject
{
    Q_OBJECT
    Q_PROPERTY(boli::client::AnalyticsTotals *totals READ totals CONSTANT)
    Q_PROPERTY(boli::client::JsonRowsModel *listings READ listings CONSTANT)
    Q_PROPERTY(boli::client::ChartSeries *uplift READ uplift CONSTANT)
    Q_PROPERTY(boli::client::OpRunner *runner READ runner CONSTANT)

public:
    SellerAnalytics(ServerConnection &connection, const Formatter &formatter, QObject *parent = nullptr);

    [[nodiscard]] AnalyticsTotals *totals() { return &m_totals; }
    [[nodiscard]] JsonRowsModel *listings() { return &m_listings; }
    [[nodiscard]] ChartSeries *uplift() { return &m_uplift; }
    [[nodiscard]] OpRunner *runner() { return &m_runner; }

    /// Asks for the logged-in seller's figures again.
    Q_INVOKABLE void refresh();
    /// Forgets everything (the kiosk session ended).
    Q_INVOKABLE void clear();

Q_SIGNALS:
    /// A refresh finished, successfully or not.
    void refreshed();

private:
    QCoro::Task<> load(int generation);
    void adopt(const QJsonObject &analytics);

    OpRunner m_runner;
    AnalyticsTotals m_totals;
    JsonRowsModel m_listings;
    ChartSeries m_uplift {1, true};
    int m_generation = 0;
};

} // namespace boli::client
