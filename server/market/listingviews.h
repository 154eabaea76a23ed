// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boli/money.h"
#include "market/listingrecord.h"
#include "net/caller.h"

#include <QCoroTask>
#include <QHash>
#include <QSet>
#include <QString>

namespace boli {
class Clock;
}

namespace boli::server {

class CommitQueue;

/// @brief Counts listing views for seller analytics: each viewer once per listing, remembered in
/// memory so a repeat view costs no SQL, and the first one stored through the group commit.
///
/// A view is a counter, not a change anyone made to the market, so it is not audited (protocol.md,
/// "Analytics"). Only views of a scheduled or live listing count; when a listing ends its count is
/// final and its set is forgotten, which keeps memory to the listings still open.
class ListingViews
{
public:
    /// Past this many viewers of one listing, new ones are stored but not remembered: the database's
    /// primary key still keeps them once, at the cost of a batched no-op insert per repeat.
    static constexpr qsizetype kMaxRememberedPerListing = 20'000;

    ListingViews(CommitQueue &commits, const Clock &clock);

    /// `caller` opened `listing`'s detail; counted unless it is theirs to sell (the seller or the
    /// agent who listed it), the listing is not open to the public, or this viewer was seen already.
    void record(const ListingRecord &listing, const Caller &caller);
    /// The listing ended (or was cancelled): no more views count, forget who saw it.
    void forget(qint64 listingId);

    /// Viewers remembered over all listings: what the in-memory sets hold.
    [[nodiscard]] qsizetype remembered() const;
    /// How `caller` is counted: "user:<id>", or "guest:<run>:<connection>"; empty when it cannot be
    /// (a guest whose socket is gone).
    [[nodiscard]] QString viewerKey(const Caller &caller) const;

private:
    QCoro::Task<> store(qint64 listingId, QString viewer, UtcMs atMs);

    CommitQueue &m_commits;
    const Clock &m_clock;
    /// Names this server process in guest keys: connection numbers start again after a restart.
    const QString m_run;
    QHash<qint64, QSet<QString>> m_seen;
};

} // namespace boli::server
