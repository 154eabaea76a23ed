// SPDX-License-Identifier: GPL-3.0-or-later
#include "market/market.h"

#include "boli/clock.h"
#include "market/commitqueue.h"
#include "market/listingrepository.h"
#include "market/notificationrepository.h"
#include "settings/settingsservice.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcMarket, "boli.market")

namespace boli::server {
namespace {
using namespace Qt::StringLiterals;

QString target(qint64 listingId)
{
    return u"listing:"_s + QString::number(listingId);
}

QJsonObject stateSummary(const ListingRecord &l)
{
    return {{u"status"_s, listingStatusName(l.status)}, {u"price"_s, l.price}, {u"bid_count"_s, l.bidCount},
        {u"ends_at"_s, l.endsAt},
        {u"leader_id"_s, l.leaderId ? QJsonValue(*l.leaderId) : QJsonValue(QJsonValue::Null)}};
}
} // namespace

/// Everything one accepted command writes, computed before the write so it can be retried.
struct Market::Effects
{
    ListingRecord before;
    ListingRecord after;
    AuctionChange change;
    AuditActor actor;
    QString auditOp;
    std::shared_ptr<QList<Notification>> sent = std::make_shared<QList<Notification>>();
    std::shared_ptr<std::optional<Sale>> sale = std::make_shared<std::optional<Sale>>();
};

Market::Market(Stores stores, SettingsService &settings, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_stores(stores)
    , m_settings(settings)
    , m_clock(clock)
{
    m_ticker.setInterval(kTickMs);
    connect(&m_ticker, &QTimer::timeout, this, &Market::tick);
}

Market::~Market() = default;

AuctionRules Market::rulesFor(const ListingRecord &listing) const
{
    AuctionRules rules;
    rules.antiSnipeMs = m_settings.integer(u"anti_snipe_seconds"_s) * 1000;
    rules.extensionCapMs = m_settings.integer(u"anti_snipe_cap_seconds"_s) * 1000;
    rules.proxyBidding = m_settings.flag(u"proxy_bidding"_s);
    rules.buyNow = m_settings.flag(u"buy_now"_s);
    rules.sellerConfirmationMs = m_settings.integer(u"seller_confirmation_minutes"_s) * 60'000;
    // A listing's increments are fixed when it is listed, so a running one's parsed table is current.
    const auto running = m_running.constFind(listing.id);
    rules.increments = running != m_running.cend()
        ? (*running)->increments
        : IncrementTable::fromJson(listing.increments).value_or(IncrementTable());
    return rules;
}

QJsonObject Market::view(const RunningListing &listing) const
{
    return view(listing.record, listing.auction);
}

QJsonObject Market::view(const ListingRecord &record, const Auction &auction) const
{
    // From the record, not the auction: the auction may already hold later, uncommitted commands.
    // The auction only lends its bidder aliases, which never change once given.
    QJsonObject json = record.publicJson(&auction);
    const AuctionRules rules = rulesFor(record);
    const bool live = record.status == ListingStatus::Live;
    const bool open = record.format == AuctionFormat::Open;
    const bool hasBids = record.bidCount > 0;
    const bool reserveMet = hasBids && (!record.reservePrice || record.price >= *record.reservePrice);
    const bool buyNow =
        live && open && rules.buyNow && record.buyNowPrice && (record.reservePrice ? !reserveMet : !hasBids);
    json.insert(u"buy_now_available"_s, buyNow);
    if (live) {
        json.insert(u"minimum_bid"_s,
            open && hasBids ? rules.increments.nextAbove(record.price) : record.startingPrice);
    }
    return json;
}

void Market::load()
{
    const QList<ListingRecord> active = m_stores.listings.active();
    for (const ListingRecord &record : active) {
        reload(record.id);
    }
    qCInfo(lcMarket) << "running" << m_running.size() << "active listings";
    m_ticker.start();
    tick();
}

void Market::stop()
{
    m_ticker.stop();
}

void Market::reload(qint64 listingId)
{
    m_running.remove(listingId);
    const auto record = m_stores.listings.byId(listingId);
    if (!record || isFinal(record->status)) {
        return;
    }
    const bool started =
        record->status == ListingStatus::Live || record->status == ListingStatus::AwaitingConfirmation;
    auto running = std::make_shared<RunningListing>(
        RunningListing {*record, Auction(record->terms(), started ? ListingStatus::Live : record->status),
            IncrementTable::fromJson(record->increments).value_or(IncrementTable())});
    if (started) {
        const QList<LedgerEntry> ledger = m_stores.listings.ledger(listingId);
        if (auto error = running->auction.replay(ledger, rulesFor(*record))) {
            // Running it on a partial state would overwrite the row and collide with stored bids:
            // the listing stays out of the market until someone looks (verify-audit, the logs).
            qCCritical(lcMarket).noquote()
                << "listing" << listingId << "ledger does not replay, not running it:" << error->message;
            return;
        }
        running->auction.restore(record->status, record->confirmationDeadline);
        if (running->auction.price() != record->price || running->auction.bidCount() != record->bidCount) {
            qCCritical(lcMarket) << "listing" << listingId
                                 << "row disagrees with its ledger; the ledger wins";
            running->record.takeStateFrom(running->auction);
        }
    }
    m_running.insert(listingId, running);
}

RunningListing *Market::ensureRunning(qint64 listingId)
{
    if (!m_running.contains(listingId)) {
        reload(listingId);
    }
    const auto it = m_running.constFind(listingId);
    return it == m_running.cend() ? nullptr : it->get();
}

const RunningListing *Market::running(qint64 listingId)
{
    return ensureRunning(listingId);
}

std::variant<ListingRecord, Error> Market::create(ListingRecord listing, const AuditActor &actor)
{
    const qint64 now = m_clock.nowMs();
    listing.status =
        m_settings.flag(u"listing_review"_s) ? ListingStatus::PendingReview : ListingStatus::Scheduled;
    listing.createdAt = now;
    listing.updatedAt = now;
    listing.endsAt = listing.scheduledEndsAt;
    Transaction transaction(m_stores.database);
    listing.id = m_stores.listings.insert(listing);
    m_stores.auditLog.append(
        actor, u"listing.create"_s, target(listing.id), {{u"status"_s, u"draft"_s}}, listing.publicJson());
    transaction.commit();
    reload(listing.id);
    qCInfo(lcMarket) << "listing" << listing.id << "created as" << listingStatusName(listing.status);
    return listing;
}

QCoro::Task<std::variant<MarketOutcome, Error>> Market::apply(MarketCommand command)
{
    const qint64 listingId = command.listingId;
    for (int attempt = 0; attempt < 2; ++attempt) {
        auto gateOpen = m_gate.whenOpen(listingId);
        co_await gateOpen;
        RunningListing *running = ensureRunning(listingId);
        if (!running) {
            co_return closedOrMissing(listingId);
        }
        const AuctionResult result = command.run(running->auction);
        if (const auto *error = std::get_if<Error>(&result)) {
            // Another server process may have moved the listing (extended it, say) since we loaded
            // it: before refusing, make sure the refusal is judged on the stored state. Only when
            // none of our own writes for it are in flight: those are ahead of the database on purpose.
            // bid_too_low needs no look: prices only rise, so a later state refuses that bid too (and
            // it is most of a hot listing's traffic, where the SELECT was a sixth of the server's time).
            if (attempt == 0 && error->code != ErrorCode::BidTooLow && m_gate.inFlight(listingId) == 0
                && m_stores.listings.storedVersion(listingId) != running->record.version) {
                reload(listingId);
                continue;
            }
            co_return *error;
        }
        Effects effects;
        effects.before = running->record;
        effects.change = std::get<AuctionChange>(result);
        effects.actor = command.actor;
        effects.auditOp = command.auditOp;
        ListingRecord &after = running->record;
        after.takeStateFrom(running->auction);
        after.updatedAt = m_clock.nowMs();
        // A reason explains an ending (reject, cancel); an approval keeps none.
        if (isFinal(after.status) && effects.change.statusAfter != effects.change.statusBefore) {
            after.statusReason = command.reason;
        }
        after.version = effects.before.version + 1;
        effects.after = after;

        m_gate.writeStarted(listingId);
        auto commit = m_stores.commits.commit([effects](const Database &db) { writeEffects(effects, db); });
        const bool committed = co_await commit;
        const bool lastInFlight = m_gate.writeFinished(listingId);
        if (committed) {
            RunningListing *current = ensureRunning(listingId);
            MarketOutcome outcome {effects.after, effects.change, *effects.sale};
            if (current) {
                announce(*current, outcome, *effects.sent);
            }
            if (isFinal(effects.after.status)) {
                m_running.remove(listingId);
            }
            co_return outcome;
        }
        qCWarning(lcMarket) << "listing" << listingId << command.auditOp << "lost a race or failed to store";
        // Every write chained after this one fails too; the last to come back rebuilds the listing.
        m_gate.close(listingId);
        if (lastInFlight) {
            reload(listingId);
            m_gate.open(listingId);
        }
    }
    co_return Error::of(ErrorCode::Conflict);
}

void Market::writeEffects(const Effects &e, const Database &db)
{
    // On the commit queue's writer thread: its own connection and repositories, nothing of the Market
    // (static), and the audit record stamped with the command's own time rather than the batch's.
    ListingRepository listings(db);
    TransactionRepository sales(db);
    NotificationRepository notifications(db);
    const ManualClock commandTime(e.after.updatedAt);
    AuditLog auditLog(db, commandTime);
    const qint64 now = e.after.updatedAt;
    const qint64 id = e.after.id;
    if (!listings.saveState(e.after, e.before.version)) {
        throw SqlError(u"listing %1 was changed by someone else"_s.arg(id));
    }
    listings.appendBids(id, e.change.entries);
    auto notify = [&](qint64 userId, const QString &kind, QJsonObject body) {
        body.insert(u"listing_id"_s, id);
        e.sent->append(notifications.insert(userId, kind, id, body, now));
    };
    if (e.change.outbidUserId && e.change.outbidUserId != e.after.leaderId) {
        notify(*e.change.outbidUserId, u"outbid"_s, {{u"price"_s, e.after.price}});
    }
    const ListingStatus status = e.after.status;
    if (status != e.before.status) {
        SqlQuery bidders(db, u"SELECT DISTINCT bidder_id FROM bids WHERE listing_id = :l"_s);
        bidders.bind(u":l"_s, id).exec();
        QList<qint64> losers;
        while (bidders.next()) {
            if (bidders.value(0).toLongLong() != e.after.leaderId.value_or(0)
                || status != ListingStatus::Sold) {
                losers.append(bidders.value(0).toLongLong());
            }
        }
        if (status == ListingStatus::Sold) {
            Sale sale {0, id, *e.after.leaderId, e.after.sellerId, e.after.price, e.after.quantityKg,
                totalForQuantity(e.after.price, e.after.quantityKg), SaleStatus::Pending, now, now};
            sale.id = sales.insert(sale);
            *e.sale = sale;
            notify(sale.buyerId, u"won"_s, sale.toJson());
            notify(sale.sellerId, u"sold"_s, sale.toJson());
        } else if (status == ListingStatus::AwaitingConfirmation) {
            notify(e.after.sellerId, u"confirm_required"_s,
                {{u"price"_s, e.after.price}, {u"deadline"_s, e.after.confirmationDeadline.value_or(0)}});
        } else if (status == ListingStatus::Unsold || status == ListingStatus::Cancelled) {
            notify(e.after.sellerId, listingStatusName(status), {{u"reason"_s, e.after.statusReason}});
        }
        if (isFinal(status)) {
            for (const qint64 loser : std::as_const(losers)) {
                notify(loser, status == ListingStatus::Cancelled ? u"cancelled"_s : u"lost"_s,
                    {{u"price"_s, e.after.price}});
            }
        }
    }
    QJsonObject after = stateSummary(e.after);
    after.insert(u"entries"_s, e.change.entries.size());
    if (!e.after.statusReason.isEmpty()) {
        after.insert(u"reason"_s, e.after.statusReason);
    }
    auditLog.append(e.actor, e.auditOp, target(id), stateSummary(e.before), after);
}

void Market::announce(
    const RunningListing &listing, const MarketOutcome &outcome, const QList<Notification> &sent)
{
    const qint64 id = outcome.listing.id;
    const QJsonObject listingView = view(outcome.listing, listing.auction);
    if (!outcome.change.entries.isEmpty() && listing.record.format == AuctionFormat::Open) {
        QJsonArray bids;
        for (const LedgerEntry &entry : outcome.change.entries) {
            bids.append(QJsonObject {{u"seq"_s, entry.seq},
                {u"bidder"_s, u"Bidder %1"_s.arg(listing.auction.bidderAlias(entry.bidderId))},
                {u"amount"_s, entry.amount}, {u"kind"_s, bidKindName(entry.kind)}, {u"at"_s, entry.atMs}});
        }
        Q_EMIT bidsAccepted(id, bids);
    }
    if (outcome.change.outbidUserId && outcome.change.outbidUserId != outcome.listing.leaderId) {
        Q_EMIT outbid(*outcome.change.outbidUserId,
            {{u"listing_id"_s, id}, {u"price"_s, outcome.listing.price},
                {u"minimum_bid"_s, listingView.value(u"minimum_bid"_s)}});
    }
    // The new state before the events it explains: a watcher reads the extension or the close after
    // the bid rows and the listing that caused them (Watchers sends what is pending first).
    Q_EMIT listingChanged(id, listingView);
    if (outcome.change.extended) {
        Q_EMIT extended(id, outcome.listing.endsAt);
    }
    if (outcome.change.statusAfter != outcome.change.statusBefore
        && (isFinal(outcome.listing.status)
            || outcome.listing.status == ListingStatus::AwaitingConfirmation)) {
        Q_EMIT closed(id, listingView);
    }
    for (const Notification &notification : sent) {
        Q_EMIT notified(notification.userId, notification.toJson());
    }
}

void Market::tick()
{
    const qint64 now = m_clock.nowMs();
    const QList<qint64> ids = m_running.keys();
    for (const qint64 id : ids) {
        const RunningListing &l = *m_running.value(id);
        if (m_busy.contains(id) || !m_running.contains(id)) {
            continue;
        }
        const ListingStatus status = l.auction.status();
        if (status == ListingStatus::Scheduled && now >= l.record.startsAt) {
            runDue({id, u"listing.start"_s, AuditActor::system(),
                [](Auction &a) { return a.moveTo(ListingStatus::Live); }, {}});
        } else if (status == ListingStatus::Live && now >= l.auction.endsAt()) {
            AuctionRules rules = rulesFor(l.record);
            if (const auto minutes = categoryConfirmationMinutes(l.record.cropId)) {
                rules.sellerConfirmationMs = *minutes * 60'000;
            }
            runDue({id, u"listing.close"_s, AuditActor::system(),
                [now, rules](Auction &a) { return a.close(now, rules); }, {}});
        } else if (status == ListingStatus::AwaitingConfirmation && l.auction.confirmationDeadline()
            && now >= *l.auction.confirmationDeadline()) {
            runDue({id, u"listing.confirm_timeout"_s, AuditActor::system(),
                [now](Auction &a) { return a.confirmationTimedOut(now); }, {}});
        }
    }
}

QCoro::Task<> Market::runDue(MarketCommand command)
{
    const qint64 listingId = command.listingId;
    const QString op = command.auditOp;
    m_busy.insert(listingId);
    auto applying = apply(std::move(command));
    const auto result = co_await applying;
    if (const auto *error = std::get_if<Error>(&result)) {
        qCWarning(lcMarket).noquote() << op << "of listing" << listingId << "failed:" << error->message;
    }
    m_busy.remove(listingId);
}

std::optional<qint64> Market::categoryConfirmationMinutes(qint64 cropId) const
{
    // Read at the close only, so an admin's change applies to every auction that has not ended.
    SqlQuery query(m_stores.database,
        u"SELECT c.seller_confirmation_minutes FROM crops r "
        "JOIN categories c ON c.id = r.category_id WHERE r.id = :crop"_s);
    query.bind(u":crop"_s, cropId).exec();
    if (!query.next() || query.value(0).isNull()) {
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

Error Market::closedOrMissing(qint64 listingId) const
{
    const auto stored = m_stores.listings.byId(listingId);
    if (!stored) {
        return Error::of(ErrorCode::NotFound, u"there is no listing %1"_s.arg(listingId));
    }
    return Error::of(ErrorCode::InvalidTransition,
        u"listing %1 is %2"_s.arg(QString::number(listingId), listingStatusName(stored->status)));
}

} // namespace boli::server
