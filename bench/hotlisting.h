// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "benchclient.h"
#include "hotlistingreport.h"
#include "marketsetup.h"
#include "serverprobe.h"

#include <QCoroTask>
#include <QObject>
#include <QTimer>
#include <limits>
#include <memory>
#include <vector>

namespace boli::bench {

/// @brief The hot-listing scenario: B bidders in a closed loop on one live listing, W watchers of it.
///
/// Each bidder bids the listing's minimum as soon as its last bid is answered: the minimum_bid of its
/// last accepted reply or of the newest `listing.updated` it has seen (bidders watch the listing, as a
/// bidder's screen would). `bid_too_low` carries no minimum, so a refused bidder that has seen nothing
/// newer bids the same amount again, or, with waitForUpdate, waits for a newer minimum (asking with
/// `listing.get` after a second without one). Watchers only watch: the staleness of a price is the
/// time from the bidder receiving the reply that accepted it to a watcher receiving a
/// `listing.updated` showing it.
class HotListing : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QUrl url;
        int bidders = 50;
        int watchers = 1000;
        int seconds = 20;
        int warmupSeconds = 3;
        bool waitForUpdate = false; ///< a refused bidder waits for a newer minimum before bidding again
        qint64 serverPid = 0; ///< 0: the server is not measured
    };

    HotListing(Options options, MarketSetup::Result market, QObject *parent = nullptr);
    ~HotListing() override;

    QCoro::Task<HotListingReport> run();

private:
    struct Bidder
    {
        std::unique_ptr<BenchClient> client;
        qint64 nextAmount = 0;
        qint64 lastAmount = 0; ///< the amount of the bid in flight or last refused
        qint64 knownMinimum = 0; ///< the newest minimum_bid its events showed
        qint64 sentAtUs = 0;
        qint64 waitingSinceUs = 0; ///< 0 unless refused and waiting for a newer minimum
        bool inFlight = false;
    };
    struct Watcher
    {
        std::unique_ptr<BenchClient> client;
        qint64 lastPrice = -1;
    };

    QCoro::Task<QString> connectBidders();
    QCoro::Task<QString> connectWatchers();
    /// A connection to open, greet (authenticated when the token is set) and have watch the listing.
    struct Joining
    {
        BenchClient *client;
        QString accessToken;
        qint64 *seen; ///< gets `field` of the listing in the watch reply
    };
    /// Joins connections a batch at a time: the server's listen backlog is Qt's default of 50.
    QCoro::Task<QString> join(std::vector<Joining> joining, QString field);
    void beginWindow();
    void endWindow();
    [[nodiscard]] bool inWindow(qint64 atUs) const
    {
        return atUs >= m_windowStartUs && atUs <= m_windowEndUs;
    }

    void placeBid(size_t bidder);
    void onBidReply(size_t bidder, const protocol::Reply &reply);
    void onBidderUpdate(size_t bidder, const protocol::Event &event);
    void refresh(size_t bidder);
    void refreshStalled();
    void settle(size_t bidder);
    void onWatcherUpdate(size_t watcher, const protocol::Event &event);
    void priceAccepted(qint64 price, qint64 atUs);

    QCoro::Task<> drainAndConverge();
    void collectEventCounts(int sign);

    Options m_options;
    MarketSetup::Result m_market;
    std::vector<Bidder> m_bidders;
    std::vector<Watcher> m_watchers;
    QHash<qint64, qint64> m_acceptedAtUs; ///< price → when the accepting reply arrived
    QHash<qint64, QList<qint64>> m_seenEarlyUs; ///< price → watcher sightings before that reply
    qint64 m_windowStartUs = std::numeric_limits<qint64>::max();
    qint64 m_windowEndUs = std::numeric_limits<qint64>::max();
    qint64 m_lastReplyUs = 0;
    double m_machineBusyAtStart = 0;
    bool m_stopping = false;
    int m_inFlight = 0;
    Completion<bool> m_drained;
    QTimer m_stallSweep;
    std::unique_ptr<ServerProbe> m_serverProbe;
    ServerProbe m_benchProbe;
    HotListingReport m_report;
};

} // namespace boli::bench
