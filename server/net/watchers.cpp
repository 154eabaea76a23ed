// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/watchers.h"

#include "net/clientconnection.h"
#include "net/encodedevent.h"

#include <QJsonArray>
#include <memory>
#include <optional>

namespace boli::server {
namespace {
using namespace Qt::StringLiterals;
}

Watchers::Watchers(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_pacer(clock, kUpdateIntervalMs)
{
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &Watchers::flush);
    m_feedTimer.setSingleShot(true);
    m_feedTimer.setInterval(kFeedIntervalMs);
    connect(&m_feedTimer, &QTimer::timeout, this, &Watchers::flushFeed);
}

bool Watchers::watch(ClientConnection *connection, qint64 listingId)
{
    auto &watched = m_byConnection[connection];
    if (!watched.contains(listingId) && watched.size() >= kMaxWatchesPerConnection) {
        return false;
    }
    if (watched.isEmpty()) {
        connect(connection, &ClientConnection::drained, this, &Watchers::drained, Qt::UniqueConnection);
    }
    watched.insert(listingId);
    m_byListing[listingId].insert(connection);
    return true;
}

void Watchers::unwatch(ClientConnection *connection, qint64 listingId)
{
    m_byConnection[connection].remove(listingId);
    auto it = m_byListing.find(listingId);
    if (it != m_byListing.end()) {
        it->remove(connection);
        if (it->isEmpty()) {
            m_byListing.erase(it);
            m_latest.remove(listingId);
            m_acceptedRows.remove(listingId);
            m_pacer.forget(listingId);
        }
    }
    m_owed[connection].remove(listingId);
}

void Watchers::subscribeFeed(ClientConnection *connection)
{
    m_feed.insert(connection);
}

void Watchers::unsubscribeFeed(ClientConnection *connection)
{
    m_feed.remove(connection);
}

void Watchers::forget(ClientConnection *connection)
{
    const QSet<qint64> watched = m_byConnection.take(connection);
    for (const qint64 listingId : watched) {
        unwatch(connection, listingId);
    }
    m_byConnection.remove(connection);
    m_owed.remove(connection);
    m_fanOut.forget(connection);
    m_feed.remove(connection);
}

void Watchers::listingChanged(qint64 listingId, const QJsonObject &view)
{
    if (!m_feed.isEmpty()) {
        m_feedDirty.insert(listingId, view);
        if (!m_feedTimer.isActive()) {
            m_feedTimer.start();
        }
    }
    if (!m_byListing.contains(listingId)) {
        return;
    }
    m_latest.insert(listingId, view);
    markPending(listingId);
}

void Watchers::bidsAccepted(qint64 listingId, const QJsonArray &rows)
{
    if (!m_byListing.contains(listingId)) {
        return;
    }
    QJsonArray &pending = m_acceptedRows[listingId];
    for (const QJsonValue &row : rows) {
        pending.append(row);
    }
    markPending(listingId);
}

void Watchers::markPending(qint64 listingId)
{
    // On every accepted bid: only this listing's wait matters, the timer already covers the others.
    wakeWithin(m_pacer.markPending(listingId));
}

void Watchers::scheduleFlush()
{
    if (const std::optional<qint64> wait = m_pacer.nextDueInMs()) {
        wakeWithin(*wait);
    }
}

void Watchers::wakeWithin(qint64 waitMs)
{
    if (!m_flushTimer.isActive() || m_flushTimer.remainingTime() > waitMs) {
        m_flushTimer.start(int(waitMs));
    }
}

bool Watchers::isSlow(ClientConnection *connection, qint64 listingId)
{
    if (connection->bytesPending() > kSlowClientBytes) {
        m_owed[connection].insert(listingId);
        return true;
    }
    // find, not operator[]: most connections owe nothing and should not get an empty entry.
    if (const auto owed = m_owed.find(connection); owed != m_owed.end()) {
        owed->remove(listingId);
    }
    return false;
}

void Watchers::deliver(ClientConnection *connection, qint64 listingId)
{
    if (!isSlow(connection, listingId)) {
        connection->sendEvent(
            EncodedEvent(u"listing.updated"_s, {{u"listing"_s, m_latest.value(listingId)}}));
    }
}

void Watchers::flush()
{
    const QList<qint64> due = m_pacer.takeDue();
    for (const qint64 listingId : due) {
        flushListing(listingId, m_acceptedRows.take(listingId));
    }
    scheduleFlush();
}

void Watchers::flushListing(qint64 listingId, const QJsonArray &rows)
{
    // Shared by the slices of the delivery (FanOut), which may outlive this turn.
    auto accepted = std::make_shared<std::optional<EncodedEvent>>();
    if (!rows.isEmpty()) {
        accepted->emplace(u"bid.accepted"_s, QJsonObject {{u"listing_id"_s, listingId}, {u"bids"_s, rows}});
    }
    auto updated = std::make_shared<std::optional<EncodedEvent>>();
    if (const auto latest = m_latest.constFind(listingId); latest != m_latest.cend()) {
        updated->emplace(u"listing.updated"_s, QJsonObject {{u"listing"_s, *latest}});
    }
    const QSet<ClientConnection *> watchers = m_byListing.value(listingId);
    m_fanOut.start(
        listingId, watchers.values(), [this, listingId, accepted, updated](ClientConnection *connection) {
            // Checked when its slice is sent: it may have stopped watching or fallen behind since.
            const auto watched = m_byConnection.constFind(connection);
            if (watched == m_byConnection.cend() || !watched->contains(listingId)
                || isSlow(connection, listingId)) {
                return; // bid.accepted is droppable; the latest listing.updated is owed
            }
            // Both events in the same turn, so the watcher's socket takes them in one write.
            if (*accepted) {
                connection->sendEvent(**accepted);
            }
            if (*updated) {
                connection->sendEvent(**updated);
            }
        });
}

void Watchers::drained(ClientConnection *connection)
{
    const auto it = m_owed.constFind(connection);
    if (it == m_owed.cend() || it->isEmpty() || connection->bytesPending() > kSlowClientBytes) {
        return;
    }
    const QSet<qint64> owed = *it;
    for (const qint64 listingId : owed) {
        m_fanOut.finish(listingId); // an older update still on its way must not follow the latest
        deliver(connection, listingId);
    }
}

void Watchers::sendToWatchers(
    qint64 listingId, const QString &event, const QJsonObject &fields, bool droppable)
{
    const auto watchers = m_byListing.constFind(listingId);
    if (watchers == m_byListing.cend()) {
        return;
    }
    // This event follows the changes that led to it: the paced ones still waiting go first, in full.
    if (m_pacer.take(listingId)) {
        flushListing(listingId, m_acceptedRows.take(listingId));
    }
    m_fanOut.finish(listingId);
    const EncodedEvent encoded(event, fields);
    const QSet<ClientConnection *> recipients = *watchers;
    for (ClientConnection *connection : recipients) {
        if (droppable && connection->bytesPending() > kSlowClientBytes) {
            continue;
        }
        connection->sendEvent(encoded);
    }
}

void Watchers::flushFeed()
{
    QJsonArray listings;
    for (const QJsonObject &view : std::as_const(m_feedDirty)) {
        listings.append(view);
    }
    m_feedDirty.clear();
    const EncodedEvent encoded(u"feed.updated"_s, {{u"listings"_s, listings}});
    for (ClientConnection *connection : std::as_const(m_feed)) {
        if (connection->bytesPending() <= kSlowClientBytes) {
            connection->sendEvent(encoded);
        }
    }
}

} // namespace boli::server
