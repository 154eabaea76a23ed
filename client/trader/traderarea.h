// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/oprunner.h"
#include "common/pricehistory.h"
#include "trader/cropcatalog.h"
#include "trader/listingdetail.h"
#include "trader/mybidsmodel.h"
#include "trader/notificationsmodel.h"
#include "trader/transactionsmodel.h"
#include "trader/watchlistmodel.h"

#include <QObject>

namespace boli::client {

class ClientApp;

/// @brief Trader desktop mode: watchlist, bidding, my bids, won lots, notifications.
/// Exposed to QML as `App.trader`; owns this mode's models and typed actions.
class TraderArea : public QObject
{
    Q_OBJECT
    Q_PROPERTY(boli::client::CropCatalog *catalog READ catalog CONSTANT)
    Q_PROPERTY(boli::client::ListingDetail *detail READ detail CONSTANT)
    Q_PROPERTY(boli::client::WatchlistModel *watchlist READ watchlist CONSTANT)
    Q_PROPERTY(boli::client::MyBidsModel *myBids READ myBids CONSTANT)
    Q_PROPERTY(boli::client::MyBidsModel *won READ won CONSTANT)
    Q_PROPERTY(boli::client::TransactionsModel *transactions READ transactions CONSTANT)
    Q_PROPERTY(boli::client::NotificationsModel *notifications READ notifications CONSTANT)
    Q_PROPERTY(boli::client::OpRunner *runner READ runner CONSTANT)
    /// The mandi prices of the crop of the listing in the detail screen, near its mandi.
    Q_PROPERTY(boli::client::PriceHistory *priceHistory READ priceHistory CONSTANT)

public:
    explicit TraderArea(ClientApp &app, QObject *parent = nullptr);

    [[nodiscard]] CropCatalog *catalog() { return &m_catalog; }
    [[nodiscard]] ListingDetail *detail() { return &m_detail; }
    [[nodiscard]] WatchlistModel *watchlist() { return &m_watchlist; }
    [[nodiscard]] MyBidsModel *myBids() { return &m_myBids; }
    [[nodiscard]] MyBidsModel *won() { return &m_won; }
    [[nodiscard]] TransactionsModel *transactions() { return &m_transactions; }
    [[nodiscard]] NotificationsModel *notifications() { return &m_notifications; }
    [[nodiscard]] OpRunner *runner() { return &m_runner; }
    [[nodiscard]] PriceHistory *priceHistory() { return &m_priceHistory; }

    /// Shows listing `id` in the detail screen: the detail watches it and the shell switches to it.
    Q_INVOKABLE void openListing(qint64 id);
    /// Leaves the detail screen (stops watching).
    Q_INVOKABLE void closeListing();
    Q_INVOKABLE void addToWatchlist(qint64 listingId);
    Q_INVOKABLE void removeFromWatchlist(qint64 listingId);
    /// Moves a purchase one step on (pending → confirmed → … → completed).
    Q_INVOKABLE void advanceTransaction(qint64 transactionId, const QString &status);
    /// Raises a dispute on a purchase.
    Q_INVOKABLE void disputeTransaction(qint64 transactionId);
    /// A listing status (`live`, `sold`, …) in the current language.
    Q_INVOKABLE [[nodiscard]] QString statusText(const QString &status) const;
    /// A `bids.mine` state (`winning`, `outbid`, `won`, …) in the current language.
    Q_INVOKABLE [[nodiscard]] QString bidStateText(const QString &state) const;
    /// A sale's status (`pending`, `paid`, …) in the current language.
    Q_INVOKABLE [[nodiscard]] QString transactionStatusText(const QString &status) const;
    /// Reloads every list of this mode.
    Q_INVOKABLE void refreshAll();

Q_SIGNALS:
    /// The shell shows the detail of `listingId` (after openListing).
    void listingOpened(qint64 listingId);
    void listingClosed();
    /// I lost the lead on `listingId`; `message` is translated, for a toast.
    void outbid(qint64 listingId, const QString &message);
    /// A watchlist, transaction or other action finished; `message` is translated.
    void actionFinished(bool ok, const QString &message);

private:
    /// The translated label for `key` in a table of QT_TR_NOOP texts.
    [[nodiscard]] QString labelFor(const QHash<QString, const char *> &texts, const QString &key) const;
    QCoro::Task<> watchlistTask(qint64 listingId, bool add);
    QCoro::Task<> transactionTask(qint64 transactionId, QString status);
    void onEvent(const protocol::Event &event);
    void onSessionChanged();
    void updateSaved();
    /// Asks for the price history when the detail shows another crop or place.
    void followDetailPlace();

    ClientApp &m_app;
    OpRunner m_runner;
    CropCatalog m_catalog;
    ListingDetail m_detail;
    WatchlistModel m_watchlist;
    MyBidsModel m_myBids;
    MyBidsModel m_won;
    TransactionsModel m_transactions;
    NotificationsModel m_notifications;
    PriceHistory m_priceHistory;
    QString m_historyKey; ///< crop and place the history was asked for
    bool m_wasLoggedIn = false;
};

} // namespace boli::client
