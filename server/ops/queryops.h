// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "market/marketqueries.h"
#include "net/opdispatcher.h"

namespace boli::server {

class AuditLog;
class ListingOps;
class ListingRepository;
class Market;
class NotificationRepository;
class TransactionRepository;
enum class SaleStatus;

/// @brief The read side of the market (browse, my listings, bids and sales, notifications, the
/// watchlist, stats, the moderation queue) and the small writes around it: a sale's next step, read
/// markers, the saved list.
class QueryOps
{
public:
    static constexpr qsizetype kMaxPlaceLength = 80; ///< as a listing's mandi, district and state
    static constexpr qint64 kMaxEndingWithinMinutes = 10'080; ///< the longest auction a setting allows

    QueryOps(const Database &database, Market &market, ListingOps &listingOps, ListingRepository &listings,
        TransactionRepository &sales, NotificationRepository &notifications, AuditLog &auditLog,
        const Clock &clock);
    void registerOps(OpDispatcher &dispatcher);

    QCoro::Task<OpResult> browse(Caller caller, QJsonObject fields);
    QCoro::Task<OpResult> myListings(Caller caller, QJsonObject fields);
    QCoro::Task<OpResult> myBids(Caller caller, QJsonObject fields);
    QCoro::Task<OpResult> myTransactions(Caller caller, QJsonObject fields);
    QCoro::Task<OpResult> updateTransaction(Caller caller, QJsonObject fields);
    QCoro::Task<OpResult> listNotifications(Caller caller, QJsonObject fields);
    QCoro::Task<OpResult> readNotifications(Caller caller, QJsonObject fields);
    QCoro::Task<OpResult> addToWatchlist(Caller caller, QJsonObject fields);
    QCoro::Task<OpResult> removeFromWatchlist(Caller caller, QJsonObject fields);
    QCoro::Task<OpResult> listWatchlist(Caller caller, QJsonObject fields);
    QCoro::Task<OpResult> stats(Caller caller, QJsonObject fields);
    QCoro::Task<OpResult> pendingListings(Caller caller, QJsonObject fields);

private:
    /// What anyone may see of a listing (the live one from memory); empty if there is none.
    [[nodiscard]] QJsonObject publicView(qint64 listingId);
    [[nodiscard]] QJsonArray publicViews(const QList<qint64> &ids);
    /// As the caller may see them: a seller's own and an admin's views carry the reserve price.
    [[nodiscard]] QJsonArray viewsFor(const Caller &caller, const QList<qint64> &ids);
    /// Moves a sale one step in one transaction with its audit record.
    OpResult moveSale(const Caller &caller, qint64 saleId, SaleStatus to);

    const Database &m_database;
    MarketQueries m_queries;
    Market &m_market;
    ListingOps &m_listingOps;
    ListingRepository &m_listings;
    TransactionRepository &m_sales;
    NotificationRepository &m_notifications;
    AuditLog &m_auditLog;
    const Clock &m_clock;
};

} // namespace boli::server
