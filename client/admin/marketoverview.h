// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/oprunner.h"

#include <QAbstractItemModel>
#include <QCoroTask>
#include <QJsonObject>
#include <QTimer>

namespace boli::protocol {
struct Event;
}

namespace boli::client {

/// @brief The market at a glance for the admin (`market.stats`), asked again when the live feed
/// reports changes (at most every two seconds) and otherwise every fifteen seconds while running.
class MarketOverview : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool loaded READ loaded NOTIFY changed)
    Q_PROPERTY(int liveListings READ liveListings NOTIFY changed)
    Q_PROPERTY(int totalListings READ totalListings NOTIFY changed)
    Q_PROPERTY(int totalBids READ totalBids NOTIFY changed)
    Q_PROPERTY(int sold READ sold NOTIFY changed)
    Q_PROPERTY(int unsold READ unsold NOTIFY changed)
    Q_PROPERTY(int uniqueBidders READ uniqueBidders NOTIFY changed)
    /// "80%" style texts: ratios are shown, never computed, in QML.
    Q_PROPERTY(QString successRateText READ successRateText NOTIFY changed)
    Q_PROPERTY(QString averageBidsText READ averageBidsText NOTIFY changed)
    Q_PROPERTY(qint64 updatedAt READ updatedAt NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    /// From the live feed this client follows (App.listings), current to the second.
    Q_PROPERTY(int feedLots READ feedLots NOTIFY feedChanged)
    Q_PROPERTY(int feedBids READ feedBids NOTIFY feedChanged)

public:
    explicit MarketOverview(ServerConnection &connection, QObject *parent = nullptr);

    [[nodiscard]] bool loaded() const { return !m_stats.isEmpty(); }
    [[nodiscard]] int liveListings() const { return stat("live_listings"); }
    [[nodiscard]] int totalListings() const { return stat("total_listings"); }
    [[nodiscard]] int totalBids() const { return stat("total_bids"); }
    [[nodiscard]] int sold() const { return stat("sold"); }
    [[nodiscard]] int unsold() const { return stat("unsold"); }
    [[nodiscard]] int uniqueBidders() const { return stat("unique_bidders"); }
    [[nodiscard]] QString successRateText() const;
    [[nodiscard]] QString averageBidsText() const;
    [[nodiscard]] qint64 updatedAt() const { return m_updatedAt; }
    [[nodiscard]] QString error() const { return m_runner.error(); }
    [[nodiscard]] int feedLots() const { return m_feedLots; }
    [[nodiscard]] int feedBids() const { return m_feedBids; }

    /// Counts the lots and their bids in `feed` (the live listings model) whenever it changes.
    void followFeed(const QAbstractItemModel *feed, int bidCountRole);

    /// Follows the market (on login); stop() forgets it (on logout).
    void start();
    void stop();
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void changed();
    void errorChanged();
    void feedChanged();

private:
    QCoro::Task<> load();
    void onEvent(const protocol::Event &event);
    [[nodiscard]] int stat(const char *name) const;
    void countFeed();

    OpRunner m_runner;
    QJsonObject m_stats;
    qint64 m_updatedAt = 0;
    QTimer m_poll;
    QTimer m_settle; ///< coalesces a burst of feed events into one ask
    const QAbstractItemModel *m_feed = nullptr;
    int m_bidCountRole = 0;
    int m_feedLots = 0;
    int m_feedBids = 0;
};

} // namespace boli::client
