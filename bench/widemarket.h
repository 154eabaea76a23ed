// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "benchclient.h"
#include "marketsetup.h"
#include "resourcewindow.h"
#include "stats.h"

#include <QCoroTask>
#include <QMap>
#include <QObject>
#include <QRandomGenerator>
#include <limits>
#include <memory>
#include <vector>

namespace boli::bench {

/// @brief What one wide-market run measured, and its printout.
struct WideMarketReport
{
    QString error;
    int listings = 0;
    int connections = 0;
    int watchesPerConnection = 0;
    double warmupSeconds = 0;
    double measuredSeconds = 0;
    qint64 bidsAccepted = 0;
    qint64 bidsTooLow = 0;
    QMap<QString, qint64> otherErrors;
    Samples replyLatencyUs;
    Samples stalenessUs;
    qint64 seenBeforeReply = 0;
    qint64 watcherUpdates = 0;
    ResourceFigures resources;

    [[nodiscard]] qint64 bidsProcessed() const;
    [[nodiscard]] double perSecond(qint64 count) const;
    [[nodiscard]] bool smokePassed() const { return error.isEmpty() && bidsAccepted > 0; }
    void print(QTextStream &out) const;
};

/// @brief The wide-market scenario: L live listings, C authenticated connections, bids spread over them.
///
/// Every connection bids in a closed loop: as soon as its last bid is answered it bids on a listing
/// picked at random (fixed seed), at the newest minimum the bench has learnt for that listing from
/// any accepted reply or listing.updated. Each connection also watches a few random listings; the
/// staleness of a price is measured as in the hot-listing scenario, per listing.
class WideMarket : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QUrl url;
        int connections = 5000;
        int watchesPerConnection = 2;
        int seconds = 20;
        int warmupSeconds = 3;
        qint64 serverPid = 0;
    };

    WideMarket(Options options, MarketSetup::Result market, QObject *parent = nullptr);
    ~WideMarket() override;

    QCoro::Task<WideMarketReport> run();

private:
    struct Connection
    {
        std::unique_ptr<BenchClient> client;
        qint64 sentAtUs = 0;
        bool inFlight = false;
    };

    QCoro::Task<QString> connectAll();
    void beginWindow();
    void endWindow();
    [[nodiscard]] bool inWindow(qint64 atUs) const
    {
        return atUs >= m_windowStartUs && atUs <= m_windowEndUs;
    }
    void placeBid(size_t connection);
    void onBidReply(size_t connection, qint64 listingId, const protocol::Reply &reply);
    void onUpdate(const protocol::Event &event);
    void learn(qint64 listingId, const QJsonValue &listing);
    [[nodiscard]] static qint64 priceKey(qint64 listingId, qint64 price)
    {
        return listingId * 1'000'000'000'000 + price;
    }

    Options m_options;
    MarketSetup::Result m_market;
    QRandomGenerator m_random {20'260'101};
    std::vector<Connection> m_connections;
    QHash<qint64, qint64> m_minimum; ///< listing → newest minimum_bid learnt
    QHash<qint64, qint64> m_acceptedAtUs; ///< priceKey → when the accepting reply arrived
    QHash<qint64, int> m_seenEarly; ///< priceKey → sightings before that reply
    qint64 m_windowStartUs = std::numeric_limits<qint64>::max();
    qint64 m_windowEndUs = std::numeric_limits<qint64>::max();
    bool m_stopping = false;
    int m_inFlight = 0;
    Completion<bool> m_drained;
    ResourceWindow m_resources;
    WideMarketReport m_report;
};

} // namespace boli::bench
