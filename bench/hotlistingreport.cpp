// SPDX-License-Identifier: GPL-3.0-or-later
#include "hotlistingreport.h"

#include <numeric>

namespace boli::bench {
namespace {
using namespace Qt::StringLiterals;

QString ms(qint64 micros)
{
    return QString::number(double(micros) / 1000.0, 'f', 2) + u" ms"_s;
}

QString mib(qint64 kib)
{
    return QString::number(double(kib) / 1024.0, 'f', 1) + u" MiB"_s;
}
} // namespace

qint64 HotListingReport::bidsProcessed() const
{
    return bidsAccepted + bidsTooLow + std::accumulate(otherErrors.cbegin(), otherErrors.cend(), qint64(0));
}

double HotListingReport::perSecond(qint64 count) const
{
    return measuredSeconds > 0 ? double(count) / measuredSeconds : 0;
}

bool HotListingReport::smokePassed() const
{
    return error.isEmpty() && bidsAccepted > 0 && finalPrice > 0 && watchersAtFinalPrice == watchers;
}

void HotListingReport::print(QTextStream &out) const
{
    out << "boli-bench hot listing: " << bidders << " bidders, " << watchers << " watchers, "
        << QString::number(measuredSeconds, 'f', 2) << " s measured after "
        << QString::number(warmupSeconds, 'f', 0) << " s warm-up; refused bidders "
        << (waitForUpdate ? "wait for a newer minimum" : "bid again at once") << "\n";
    if (!error.isEmpty()) {
        out << "  FAILED: " << error << "\n";
        return;
    }
    out << "  bids processed     " << bidsProcessed() << " ("
        << QString::number(perSecond(bidsProcessed()), 'f', 0) << "/s)\n";
    out << "  bids accepted      " << bidsAccepted << " (" << QString::number(perSecond(bidsAccepted), 'f', 0)
        << "/s)\n";
    out << "  bid_too_low        " << bidsTooLow << " (" << QString::number(perSecond(bidsTooLow), 'f', 0)
        << "/s)\n";
    for (auto it = otherErrors.cbegin(); it != otherErrors.cend(); ++it) {
        out << "  error " << it.key() << "  " << it.value() << "\n";
    }
    out << "  bidder refreshes   " << refreshes << " (listing.get after 1 s without a newer price)\n";
    out << "  reply latency      p50 " << ms(replyLatencyUs.percentile(50)) << ", p90 "
        << ms(replyLatencyUs.percentile(90)) << ", p99 " << ms(replyLatencyUs.percentile(99)) << ", max "
        << ms(replyLatencyUs.max()) << " (" << replyLatencyUs.count() << " replies)\n";
    out << "  watcher staleness  p50 " << ms(stalenessUs.percentile(50)) << ", p90 "
        << ms(stalenessUs.percentile(90)) << ", p99 " << ms(stalenessUs.percentile(99)) << ", max "
        << ms(stalenessUs.max()) << " (" << stalenessUs.count() << " sightings, " << seenBeforeReply
        << " before the bidder's reply)\n";
    out << "  watcher events     " << watcherUpdates << " listing.updated ("
        << QString::number(perSecond(watcherUpdates), 'f', 0) << "/s), " << watcherOtherEvents << " others ("
        << QString::number(perSecond(watcherOtherEvents), 'f', 0) << "/s)\n";
    out << "  final price        " << finalPrice << " paise; " << watchersAtFinalPrice << " of " << watchers
        << " watchers show it, " << QString::number(convergenceSeconds, 'f', 2)
        << " s after the last reply\n";
    if (serverMeasured) {
        out << "  server (pid " << serverPid << ")  CPU " << QString::number(serverCpuPercent, 'f', 0)
            << "% of one core, RSS peak " << mib(serverPeakRssKiB) << ", at end " << mib(serverEndRssKiB)
            << "\n";
    } else {
        out << "  server             not measured (no --server-pid)\n";
    }
    out << "  bench itself       CPU " << QString::number(benchCpuPercent, 'f', 0)
        << "% of one core, RSS peak " << mib(benchPeakRssKiB) << "\n";
    // On a shared machine other work takes cores from both; the figures above mean little if it did.
    const double others = machineCpuPercent - benchCpuPercent - (serverMeasured ? serverCpuPercent : 0);
    out << "  whole machine      CPU " << QString::number(machineCpuPercent, 'f', 0) << "% of " << cores * 100
        << "% (" << cores << " cores); other processes " << QString::number(std::max(0.0, others), 'f', 0)
        << "%\n";
}

} // namespace boli::bench
