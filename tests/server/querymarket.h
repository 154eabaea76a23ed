// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "marketsession.h"

#include <map>

namespace boli::test {

/// @brief The one fixed market the read-side tests walk through, built once per test case.
///
/// The market (listings made through listing.create, bids through bid.place):
///   L1 F1 wheat   Indore/Indore/Madhya Pradesh  open    start 2000.00 reserve 2200  60 min  T1 2300, T2 2400
///   L2 F1 soybean Ujjain/Ujjain/Madhya Pradesh  open    start 4500.00               15 min  T1 proxy max
///   6000 L3 F2 wheat   Kota/Kota/Rajasthan (agent)   sealed  start 2100.00               30 min  T2 2500, T1
///   2600 L4 B  mustard Alwar/Alwar/Rajasthan         open    start 5000.00 reserve 6000 120 min  no bid L5
///   F1 onion   Lasalgaon/Nashik/Maharashtra  open    start 1000.00              240 min  B 1200 L6 F2 wheat
///   (agent), cancelled before any bid; L7 F2 (agent) and L8 F1 wait for review.
///
/// A test class derives from it and inherits initTestCase() and cleanupTestCase().
class QueryMarket : public QObject
{
    Q_OBJECT

protected Q_SLOTS:
    /// Builds the market above on a fresh server.
    void initTestCase();
    void cleanupTestCase();

protected:
    /// The reply to `op` sent by "guest", "admin", "F1", "F2", "agent", "T1", "T2", "T3" or "B".
    protocol::Reply as(const QString &who, const QString &op, const QJsonObject &fields = {});
    QString statusOf(qint64 id);
    bool waitStatus(const QString &label, const QString &status);
    /// "L3 L1" for a reply's listing array (or the `listing` inside each row of another array).
    QString labels(const protocol::Reply &reply, const QString &array = QStringLiteral("listings"));
    /// "L3:won:260000:-" per bids.mine row: label, state, my amount, my maximum.
    QString myBids(const QString &who, const QJsonObject &fields = {});
    QJsonObject stats();

    std::unique_ptr<TestServer> m_server;
    QHash<QString, qint64> m_users;
    QHash<QString, qint64> m_ids; ///< "L1" → listing id
    QHash<QString, qint64> m_crops;
    qint64 m_oilseeds = 0;

private:
    /// Logs in through AuthService with an address of its own (the per-address limit never bites),
    /// then presents the token on a new socket.
    void addUser(const QString &who, Role role, const QString &login);
    void list(const QString &label, const QString &who, const QString &crop, const QJsonObject &where,
        qint64 start, int minutes, const QJsonObject &extra = {});
    void bid(const QString &who, const QString &label, qint64 amount, bool proxy = false);

    std::map<QString, std::unique_ptr<TestClient>> m_clients; ///< "guest", "admin", "F1", "T1", ...
    int m_addresses = 0;
};

} // namespace boli::test
