// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QTimer>
#include <deque>
#include <functional>

namespace boli::server {

class ClientConnection;

/// @brief Sends one listing's events to its watchers a slice per event-loop turn.
///
/// Writing a hot listing's update to a thousand sockets in one go held every bid that arrived
/// meanwhile: the tail of the bidders' reply latency. A delivery here reaches at most
/// kConnectionsPerTurn connections per turn, and bids are answered in between. Order is kept: a
/// listing's next delivery, or any other event for it, first finishes the one in progress (finish()).
class FanOut : public QObject
{
    Q_OBJECT
public:
    static constexpr qsizetype kConnectionsPerTurn = 256;
    using Send = std::function<void(ClientConnection *)>;

    explicit FanOut(QObject *parent = nullptr);

    /// Calls `send` for every recipient, starting now, finishing over the next turns.
    void start(qint64 listingId, QList<ClientConnection *> recipients, Send send);
    /// Completes the listing's delivery in progress now, if there is one.
    void finish(qint64 listingId);
    /// The connection is gone: take it out of every delivery in progress.
    void forget(ClientConnection *connection);

private:
    struct Delivery
    {
        qint64 listingId = 0;
        QList<ClientConnection *> remaining;
        qsizetype next = 0;
        Send send;
    };

    void continueDeliveries();
    /// Sends to up to `budget` more recipients of `delivery`; returns how many it sent to.
    static qsizetype advance(Delivery &delivery, qsizetype budget);

    std::deque<Delivery> m_inProgress;
    QTimer m_nextTurn;
};

} // namespace boli::server
