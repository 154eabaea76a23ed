// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "market/listingrecord.h"
#include "storage/database.h"

namespace boli::server {

/// @brief The listings and bids tables: listings with their state, and the append-only bid ledger.
class ListingRepository
{
public:
    explicit ListingRepository(const Database &database);

    qint64 insert(const ListingRecord &listing);
    [[nodiscard]] std::optional<ListingRecord> byId(qint64 id) const;
    /// The listing `createdBy` submitted with this client reference, if any.
    [[nodiscard]] std::optional<qint64> idByClientRef(qint64 createdBy, const QString &clientRef) const;
    /// The version of the stored row (-1 when there is none): cheap staleness check.
    [[nodiscard]] qint64 storedVersion(qint64 id) const;
    /// Listings the server must keep running: scheduled, live or awaiting confirmation.
    [[nodiscard]] QList<ListingRecord> active() const;
    /// Writes the state columns if nobody changed the row since `expectedVersion` was read, and
    /// bumps the version. False on a lost race (another process moved the listing first).
    bool saveState(const ListingRecord &listing, qint64 expectedVersion);

    void appendBids(qint64 listingId, const QList<LedgerEntry> &entries);
    [[nodiscard]] QList<LedgerEntry> ledger(qint64 listingId) const;
    /// The last `limit` entries, oldest first: what a screen shows, without reading a hot ledger whole.
    [[nodiscard]] QList<LedgerEntry> recentLedger(qint64 listingId, int limit) const;
    /// Bidder → N of "Bidder N", numbered in the order of each bidder's first bid (as the engine does).
    [[nodiscard]] QHash<qint64, int> bidderAliases(qint64 listingId) const;

private:
    const Database &m_database;
};

} // namespace boli::server
