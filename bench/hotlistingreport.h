// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stats.h"

#include <QMap>
#include <QString>
#include <QTextStream>

namespace boli::bench {

/// @brief What one hot-listing run measured, and its printout.
///
/// Counts and latencies cover the measured window only (after the warm-up); a reply counts when it
/// arrives inside the window. Staleness counts the prices accepted inside the window.
struct HotListingReport
{
    QString error; ///< why the run could not be done; empty when it was

    int bidders = 0;
    int watchers = 0;
    bool waitForUpdate = false;
    double warmupSeconds = 0;
    double measuredSeconds = 0;

    qint64 bidsAccepted = 0;
    qint64 bidsTooLow = 0;
    QMap<QString, qint64> otherErrors; ///< by error code
    qint64 refreshes = 0; ///< listing.get by a bidder that saw no newer price for a second
    Samples replyLatencyUs; ///< bid.place sent → its reply received
    Samples stalenessUs; ///< a bid's accepting reply received → a watcher's listing.updated with that price
    qint64 seenBeforeReply = 0; ///< sightings that arrived before the bidder's reply (counted as 0)
    qint64 watcherUpdates = 0; ///< listing.updated received by watchers in the window
    qint64 watcherOtherEvents = 0; ///< other events (bid.accepted) received by watchers, not parsed

    qint64 finalPrice = 0;
    int watchersAtFinalPrice = 0;
    double convergenceSeconds = 0; ///< end of bidding → every watcher showing the final price

    bool serverMeasured = false;
    qint64 serverPid = 0;
    qint64 serverPeakRssKiB = 0;
    qint64 serverEndRssKiB = 0;
    double serverCpuPercent = 0;
    double benchCpuPercent = 0;
    qint64 benchPeakRssKiB = 0;
    double machineCpuPercent = 0; ///< every process on the machine; 100% = one core
    int cores = 0;

    [[nodiscard]] qint64 bidsProcessed() const;
    [[nodiscard]] double perSecond(qint64 count) const;
    /// The --smoke verdict: bids were accepted and every watcher ended on the final price.
    [[nodiscard]] bool smokePassed() const;
    void print(QTextStream &out) const;
};

} // namespace boli::bench
