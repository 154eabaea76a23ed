// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boli/protocol.h"
#include "testclient.h"

#include <QList>
#include <QSet>

namespace boli::test {

/// @brief Requests sent over a client's socket without waiting, and the ones the server acknowledged.
///
/// For the crash test: the server is killed while these are in flight, so nothing may block on a
/// reply. Replies are matched by id on the socket (ids from 100,000 up, apart from TestClient's own).
/// A bid acknowledged is one whose `ok` reply the test read, even after the kill (the server wrote
/// it, so it had committed).
class CrashTraffic : public QObject
{
    Q_OBJECT
public:
    /// One acknowledged bid: the ledger must hold it.
    struct AckedBid
    {
        qint64 listingId = 0;
        qint64 bidderId = 0;
        qint64 amount = 0;
    };

    CrashTraffic(TestClient &client, qint64 userId, QList<AckedBid> &acked, QObject *parent = nullptr);

    /// Bids on the listing in a closed loop: each answer sends the next bid, at the new minimum (or,
    /// refused, a step above the refused amount), until the socket closes.
    void bidContinuously(qint64 listingId, qint64 minimum);
    /// Sends one listing op ({"listing_id": id}); acknowledged(op, id) says whether it succeeded.
    void sendOnce(const QString &op, qint64 listingId);
    [[nodiscard]] bool acknowledged(const QString &op, qint64 listingId) const
    {
        return m_acknowledged.contains(op + u':' + QString::number(listingId));
    }

private:
    struct Pending
    {
        QString op;
        qint64 listingId = 0;
        qint64 amount = 0;
    };

    void sendBid(qint64 listingId, qint64 amount);
    void onText(const QString &text);

    TestClient &m_client;
    qint64 m_userId;
    QList<AckedBid> &m_acked;
    QHash<qint64, Pending> m_pending; ///< by request id
    QSet<QString> m_acknowledged; ///< "op:listing" of single ops that succeeded
    qint64 m_nextId = 100'000;
};

} // namespace boli::test
