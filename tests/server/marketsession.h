// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "opcall.h"
#include "testclient.h"
#include "testserver.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <memory>
#include <optional>

/// What the market tests over the real WebSocket share: accounts, logins that skip the per-address
/// limit, a live listing, and the listing fields of replies.
namespace boli::test {

inline const QString kPassword = QStringLiteral("market-pass-1");
inline const QString kPin = QStringLiteral("1234");
inline constexpr qint64 kMinuteMs = 60'000;

QJsonObject listingOf(const protocol::Reply &reply);
QJsonObject listingOf(const QJsonObject &fields);
QString statusIn(const protocol::Reply &reply);
qint64 idOf(const protocol::Reply &reply);
QJsonObject ofListing(qint64 listingId);
QJsonObject bid(qint64 listingId, qint64 amount, bool proxy = false);
/// 2,500 kg of Sharbati from the Indore mandi, from ₹2,000 a quintal for an hour; `extra` on top.
QJsonObject listingForm(qint64 cropId, const QJsonObject &extra = {});

qint64 cropId(server::ServerParts &parts, const QString &code);
QString statusOf(server::ServerParts &parts, qint64 listingId);
/// Polls the stored status (the market ticks every 200 ms); false when it is not there in time.
bool waitStatus(server::ServerParts &parts, qint64 listingId, const QString &status, int timeoutMs = 5'000);
/// The kinds of the user's notifications about one listing, oldest first.
QStringList kindsFor(server::ServerParts &parts, qint64 userId, qint64 listingId);

/// The next event with that name on the connection; empty on timeout.
std::optional<protocol::Event> nextEvent(TestClient &client, const QString &name);

/// A new connection, logged in as `login` (PIN when it has no '@', else kPassword) through AuthService
/// from an address of its own, 10.1.0.<address>, so the per-address login limit never slows a test;
/// the socket presents the token. Anonymous after hello when `login` is empty; null on failure.
std::unique_ptr<TestClient> connectAs(
    server::ServerParts &parts, quint16 port, const QString &login, int address);
/// Turns listing review off, lists `form` as `seller` and waits for the tick that starts it; the id,
/// or 0 when any step failed.
qint64 liveListing(server::ServerParts &parts, TestClient &seller, const QJsonObject &form);

/// @brief Every event one connection receives, in order, so a test can ask what arrived — and what
/// did not — without waiting out a timeout.
class EventLog : public QObject
{
public:
    explicit EventLog(TestClient &client);

    [[nodiscard]] QList<QJsonObject> named(const QString &name) const;

private:
    QList<protocol::Event> m_events;
};

/// @brief A market test's fixture: a fresh server per test function with its cast of accounts, and
/// one connection per login.
///
/// A test class derives from it and inherits init() and cleanup(); one that wants another start
/// declares its own init().
class MarketSession : public QObject
{
    Q_OBJECT
public:
    static inline const QString kAdmin = QStringLiteral("asha@boli.example");
    static inline const QString kFarmer = QStringLiteral("9800000001");
    static inline const QString kTraderA = QStringLiteral("anil@traders.example");
    static inline const QString kTraderB = QStringLiteral("bela@traders.example");
    static inline const QString kTraderC = QStringLiteral("chandra@traders.example");
    static inline const QString kFirm = QStringLiteral("sales@agrofirm.example");
    static inline const QString kAgent = QStringLiteral("kiran@agents.example");
    static inline const QString kGuest; ///< no login: a connection that only said hello

    /// Whether init() leaves listing review on (the default) or turns it off.
    enum class Review { On, Off };
    explicit MarketSession(Review review = Review::On);

protected Q_SLOTS:
    /// start(), addCast(), and review off when asked for.
    void init();
    void cleanup();

protected:
    /// A fresh server (its catalog seeded: m_wheat is set), no accounts yet.
    void start();
    /// The accounts above, and the trader names "A" and "B" for ledger rows.
    void addCast();

    /// A new connection logged in as `login`, or anonymous after hello when `login` is empty.
    std::unique_ptr<TestClient> connectAs(const QString &login = {});
    /// The test's one connection for `login` (kGuest: anonymous), opened on first use. One that cannot
    /// log in stays closed, and every request on it fails.
    TestClient &as(const QString &login);

    std::optional<server::ListingRecord> stored(qint64 id);
    QString statusOf(qint64 id);
    bool waitStatus(qint64 id, const QString &status);
    void setSetting(const QString &key, const QJsonValue &value);
    /// The wheat listingForm() with `extra` on top.
    [[nodiscard]] QJsonObject form(const QJsonObject &extra = {}) const;
    /// Lists form(extra) as `seller` with review off and waits for the tick that starts the auction.
    qint64 liveListing(TestClient &seller, const QJsonObject &extra = {});
    /// The ledger as "bidder amount kind" rows, in seq order.
    QStringList ledgerRows(qint64 id);
    QStringList kindsFor(qint64 userId, qint64 listingId);

    std::unique_ptr<TestServer> m_server;
    QHash<qint64, QString> m_names; ///< user id → short name, for readable ledger rows
    qint64 m_farmer = 0;
    qint64 m_traderA = 0;
    qint64 m_traderB = 0;
    qint64 m_agent = 0;
    qint64 m_wheat = 0;

private:
    Review m_review;
    int m_addresses = 0;
    QHash<QString, std::shared_ptr<TestClient>> m_clients;
};

} // namespace boli::test
