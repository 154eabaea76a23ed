// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/fanout.h"
#include "net/updatepacer.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace boli::server {

class ClientConnection;
class EncodedEvent;

/// @brief Who watches which listing, and delivery that a hot listing cannot turn into a flood.
///
/// listing.updated is paced: the first change after a quiet interval goes out on the next event-loop
/// turn, later ones at most once per kUpdateIntervalMs (UpdatePacer); each watcher then gets one update
/// with the latest state, just after one bid.accepted with every row accepted since the last send.
/// Each event is serialised once per listing and the same text goes to every watcher, a slice of them
/// per event-loop turn (FanOut), so bids are answered while a hot listing's update goes out. A client with
/// more than kSlowClientBytes unsent is skipped and owed the listing; when its socket drains it gets the
/// latest state then, so the final state always arrives. The browse feed is coalesced per second.
class Watchers : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kSlowClientBytes = 256 * 1024;
    static constexpr int kFeedIntervalMs = 1000;
    static constexpr int kMaxWatchesPerConnection = 500;
    /// Well inside what a bidder notices, and it bounds a hot listing's fan-out to 20 sends a second.
    static constexpr qint64 kUpdateIntervalMs = 50;

    /// `clock` paces the updates; it must outlive the watchers.
    explicit Watchers(const Clock &clock, QObject *parent = nullptr);

    /// False when the connection already watches the maximum number of listings.
    bool watch(ClientConnection *connection, qint64 listingId);
    void unwatch(ClientConnection *connection, qint64 listingId);
    void subscribeFeed(ClientConnection *connection);
    void unsubscribeFeed(ClientConnection *connection);
    void forget(ClientConnection *connection);
    [[nodiscard]] int watcherCount(qint64 listingId) const
    {
        return int(m_byListing.value(listingId).size());
    }

    /// The latest public view of a listing; sent to its watchers on the next turn.
    void listingChanged(qint64 listingId, const QJsonObject &view);
    /// Ledger rows of an open auction, sent as one bid.accepted with the turn's listing.updated.
    void bidsAccepted(qint64 listingId, const QJsonArray &rows);
    /// An event for a listing's watchers now. Droppable events skip slow clients.
    void sendToWatchers(qint64 listingId, const QString &event, const QJsonObject &fields, bool droppable);

private:
    void flush();
    /// Arms the flush for the earliest pending listing (after a flush).
    void scheduleFlush();
    /// Makes sure the flush runs within `waitMs`.
    void wakeWithin(qint64 waitMs);
    void markPending(qint64 listingId);
    void flushFeed();
    void flushListing(qint64 listingId, const QJsonArray &rows);
    void deliver(ClientConnection *connection, qint64 listingId);
    [[nodiscard]] bool isSlow(ClientConnection *connection, qint64 listingId);
    void drained(ClientConnection *connection);

    QHash<qint64, QSet<ClientConnection *>> m_byListing;
    QHash<ClientConnection *, QSet<qint64>> m_byConnection;
    QSet<ClientConnection *> m_feed;
    QHash<qint64, QJsonObject> m_latest; ///< newest view of every listing someone watches
    UpdatePacer m_pacer; ///< which changed listings may be sent now
    FanOut m_fanOut; ///< deliveries in progress
    QHash<qint64, QJsonArray> m_acceptedRows; ///< bid.accepted rows not sent yet
    QHash<qint64, QJsonObject> m_feedDirty;
    QHash<ClientConnection *, QSet<qint64>> m_owed; ///< slow clients: listings whose latest they lack
    QTimer m_flushTimer;
    QTimer m_feedTimer;
};

} // namespace boli::server
