// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/auditlog.h"
#include "market/listinggate.h"
#include "market/listingrecord.h"
#include "market/transactionrepository.h"

#include <QCoroTask>
#include <QHash>
#include <QObject>
#include <QTimer>
#include <functional>
#include <memory>
#include <variant>

namespace boli {
class Clock;
}

namespace boli::server {

class CommitQueue;
class ListingRepository;
class NotificationRepository;
class SettingsService;
struct Notification;

/// @brief A listing the server is running: its stored record and its auction.
struct RunningListing
{
    ListingRecord record;
    Auction auction;
    IncrementTable increments; ///< record.increments parsed once: every bid and view needs it
};

/// @brief One command for a listing: what to do to its auction, and how to record it.
struct MarketCommand
{
    qint64 listingId = 0;
    QString auditOp;
    AuditActor actor;
    std::function<AuctionResult(Auction &)> run;
    QString reason; ///< kept as the status reason when the command ends the listing
};

/// @brief What a command did, for the reply and for the events.
struct MarketOutcome
{
    ListingRecord listing;
    AuctionChange change;
    std::optional<Sale> sale;
};

/// @brief The live market: runs every active listing's auction, in one order per listing, and makes
/// each accepted command durable (group commit) before anyone hears of it.
///
/// Memory is a cache of the database: every write checks the listing's version, and a listing whose
/// write fails (another process moved it first) is rebuilt from its ledger and the command retried once.
class Market : public QObject
{
    Q_OBJECT
public:
    using Command = std::function<AuctionResult(Auction &)>;
    static constexpr int kTickMs = 200;

    struct Stores
    {
        const Database &database;
        ListingRepository &listings;
        TransactionRepository &sales;
        NotificationRepository &notifications;
        AuditLog &auditLog;
        CommitQueue &commits;
    };

    Market(Stores stores, SettingsService &settings, const Clock &clock, QObject *parent = nullptr);
    ~Market() override;

    /// Rebuilds every active listing from the database by replaying its ledger; starts the clock.
    void load();
    /// Stops the clock (shutdown).
    void stop();

    [[nodiscard]] const RunningListing *running(qint64 listingId);
    [[nodiscard]] AuctionRules rulesFor(const ListingRecord &listing) const;
    [[nodiscard]] QJsonObject view(const RunningListing &listing) const;
    [[nodiscard]] QJsonObject view(const ListingRecord &record, const Auction &auction) const;

    /// Stores a new listing, already moved out of draft: pending review or scheduled.
    std::variant<ListingRecord, Error> create(ListingRecord listing, const AuditActor &actor);
    /// Applies one command to a listing and makes its effects durable.
    ///
    /// Callers build the command and the task as named locals and then co_await the task: GCC 12
    /// frees temporaries inside a co_await expression too early (lambdas, strings: seen in valgrind).
    QCoro::Task<std::variant<MarketOutcome, Error>> apply(MarketCommand command);

    /// Time moves: start, close and confirm-by-timeout what is due.
    void tick();

Q_SIGNALS:
    void listingChanged(qint64 listingId, const QJsonObject &view);
    void bidsAccepted(qint64 listingId, const QJsonArray &bids);
    void extended(qint64 listingId, qint64 endsAt);
    void closed(qint64 listingId, const QJsonObject &view);
    void outbid(qint64 userId, const QJsonObject &event);
    void notified(qint64 userId, const QJsonObject &notification);

private:
    struct Effects;
    RunningListing *ensureRunning(qint64 listingId);
    /// The crop's category's own confirmation window, when it has one.
    [[nodiscard]] std::optional<qint64> categoryConfirmationMinutes(qint64 cropId) const;
    /// Why a listing is not running: unknown (not_found) or already over (invalid_transition).
    [[nodiscard]] Error closedOrMissing(qint64 listingId) const;
    void reload(qint64 listingId);
    static void writeEffects(const Effects &effects, const Database &database);
    void announce(
        const RunningListing &listing, const MarketOutcome &outcome, const QList<Notification> &sent);
    QCoro::Task<> runDue(MarketCommand command);

    Stores m_stores;
    SettingsService &m_settings;
    const Clock &m_clock;
    QHash<qint64, std::shared_ptr<RunningListing>> m_running;
    ListingGate m_gate;
    QSet<qint64> m_busy; ///< listings with a time-driven command in flight
    QTimer m_ticker;
};

} // namespace boli::server
