// SPDX-License-Identifier: GPL-3.0-or-later
#include "ops/listingops.h"

#include "boli/clock.h"
#include "market/listingrepository.h"
#include "market/listingviews.h"
#include "market/market.h"
#include "settings/settingsservice.h"
#include "storage/database.h"
#include "storage/userrepository.h"

#include <QRegularExpression>

namespace boli::server {
namespace {
using namespace Qt::StringLiterals;

constexpr qsizetype kMaxReasonLength = 500;
const QList<Role> kSellers {Role::Farmer, Role::BusinessSeller, Role::FieldAgent, Role::Admin};

QString readReason(FieldReader &reader, bool required)
{
    const QString reason = reader.optionalString(u"reason"_s).value_or(QString()).trimmed();
    if (reader.ok() && required && reason.isEmpty()) {
        reader.fail(ErrorCode::MissingField, u"give a reason in field 'reason'"_s);
    } else if (reader.ok() && reason.size() > kMaxReasonLength) {
        reader.invalid(u"reason"_s, u"must be at most %1 characters"_s.arg(kMaxReasonLength));
    }
    return reason;
}

/// The optional `client_ref`: 8–64 characters of [A-Za-z0-9-] (a client's UUID); empty when absent.
QString readClientRef(FieldReader &reader)
{
    static const QRegularExpression shape(u"^[A-Za-z0-9-]{8,64}$"_s);
    const QString ref = reader.optionalString(u"client_ref"_s).value_or(QString());
    if (reader.ok() && !ref.isNull() && !shape.match(ref).hasMatch()) {
        reader.invalid(u"client_ref"_s, u"must be 8 to 64 letters, digits or '-'"_s);
    }
    return ref;
}
} // namespace

qint64 readListingId(FieldReader &reader)
{
    return reader.integer(u"listing_id"_s);
}

OpResult marketReply(const std::variant<MarketOutcome, Error> &result, Market &market)
{
    if (const auto *error = std::get_if<Error>(&result)) {
        return *error;
    }
    const auto &outcome = std::get<MarketOutcome>(result);
    const RunningListing *running = market.running(outcome.listing.id);
    // The committed state of this command, not whatever later commands did in memory since.
    QJsonObject reply {{u"listing"_s,
        running ? market.view(outcome.listing, running->auction) : outcome.listing.publicJson()}};
    if (outcome.sale) {
        reply.insert(u"transaction"_s, outcome.sale->toJson());
    }
    return reply;
}

ListingOps::ListingOps(Market &market, ListingRepository &listings, UserRepository &users,
    const SettingsService &settings, ListingForm form, ListingViews &views, const Clock &clock)
    : m_market(market)
    , m_listings(listings)
    , m_users(users)
    , m_settings(settings)
    , m_form(std::move(form))
    , m_views(views)
    , m_clock(clock)
{ }

void ListingOps::registerOps(OpDispatcher &dispatcher)
{
    dispatcher.add(u"listing.create"_s, kSellers, this, &ListingOps::create);
    dispatcher.add(u"listing.get"_s, roles::anyone, this, &ListingOps::get);
    dispatcher.add(u"admin.listings.review"_s, roles::admin, this, &ListingOps::review);
    dispatcher.add(u"listing.cancel"_s, kSellers, this, &ListingOps::cancel);
    dispatcher.add(u"listing.accept"_s, kSellers, this, &ListingOps::accept);
    dispatcher.add(u"listing.confirm"_s, kSellers, this, &ListingOps::confirm);
}

bool ListingOps::actsForSeller(const Caller &caller, const ListingRecord &listing) const
{
    return caller.userId() == listing.sellerId
        || (caller.role() == Role::FieldAgent && caller.userId() == listing.createdBy);
}

QCoro::Task<OpResult> ListingOps::create(Caller caller, QJsonObject fields)
{
    const qint64 callerId = *caller.userId();
    FieldReader refReader(fields);
    const QString clientRef = readClientRef(refReader);
    if (!refReader.ok()) {
        co_return *refReader.error();
    }
    // A resend of a submission the server already has (its reply was lost): the first listing.
    if (!clientRef.isEmpty()) {
        if (const auto existing = m_listings.idByClientRef(callerId, clientRef)) {
            co_return duplicateReply(caller, *existing);
        }
    }
    qint64 sellerId = callerId;
    // Agents and admins list for a farmer, named in farmer_id; sellers list for themselves.
    if (caller.role() == Role::FieldAgent || caller.role() == Role::Admin) {
        FieldReader reader(fields);
        sellerId = reader.integer(u"farmer_id"_s);
        if (!reader.ok()) {
            co_return *reader.error();
        }
        const auto farmer = m_users.byId(sellerId);
        if (!farmer || farmer->role != Role::Farmer || farmer->banned) {
            co_return Error::of(ErrorCode::InvalidValue, u"field 'farmer_id' is not an active farmer"_s);
        }
    } else if (!fields.value(u"farmer_id"_s).isNull() && !fields.value(u"farmer_id"_s).isUndefined()) {
        co_return Error::of(ErrorCode::Forbidden, u"only field agents and admins list for a farmer"_s);
    }
    const auto seller = m_users.byId(sellerId);
    if (m_settings.flag(u"seller_verification"_s) && (!seller || !seller->verified)) {
        co_return Error::of(ErrorCode::NotVerified, u"the seller must be verified before listing"_s);
    }
    auto form = m_form.read(fields, sellerId, callerId, m_clock.nowMs());
    if (const auto *error = std::get_if<Error>(&form)) {
        co_return *error;
    }
    ListingRecord listing = std::get<ListingRecord>(std::move(form));
    listing.clientRef = clientRef;
    std::variant<ListingRecord, Error> created;
    try {
        created = m_market.create(std::move(listing), caller.actor());
    } catch (const SqlError &) {
        // The unique index on (created_by, client_ref) refused a copy another process (or an
        // earlier send) stored since the check above: that one is the answer. Anything else fails.
        const auto existing =
            clientRef.isEmpty() ? std::nullopt : m_listings.idByClientRef(callerId, clientRef);
        if (!existing) {
            throw;
        }
        co_return duplicateReply(caller, *existing);
    }
    if (const auto *error = std::get_if<Error>(&created)) {
        co_return *error;
    }
    co_return QJsonObject {{u"listing"_s, viewFor(caller, std::get<ListingRecord>(created).id)}};
}

QJsonObject ListingOps::duplicateReply(const Caller &caller, qint64 listingId)
{
    return QJsonObject {{u"listing"_s, viewFor(caller, listingId)}, {u"duplicate"_s, true}};
}

QJsonObject ListingOps::viewFor(const Caller &caller, qint64 listingId)
{
    const RunningListing *running = m_market.running(listingId);
    const auto stored = running ? std::optional<ListingRecord>(running->record) : m_listings.byId(listingId);
    if (!stored) {
        return {};
    }
    QJsonObject view = running ? m_market.view(*running) : stored->publicJson();
    if (actsForSeller(caller, *stored) || caller.role() == Role::Admin) {
        view.insert(
            u"reserve_price"_s, stored->reservePrice ? QJsonValue(*stored->reservePrice) : QJsonValue());
    }
    return view;
}

QJsonArray ListingOps::publicBids(const ListingRecord &listing, int limit) const
{
    const bool hidden = listing.format == AuctionFormat::Sealed && !isFinal(listing.status)
        && listing.status != ListingStatus::AwaitingConfirmation;
    QJsonArray bids;
    if (hidden) {
        return bids;
    }
    // A running auction knows its aliases; only an ended one asks the database for them.
    const RunningListing *running = m_market.running(listing.id);
    const QHash<qint64, int> stored = running ? QHash<qint64, int>() : m_listings.bidderAliases(listing.id);
    const QList<LedgerEntry> recent = m_listings.recentLedger(listing.id, limit);
    for (const LedgerEntry &entry : recent) {
        const int alias =
            running ? running->auction.bidderAlias(entry.bidderId) : stored.value(entry.bidderId);
        bids.append(QJsonObject {{u"seq"_s, entry.seq}, {u"bidder"_s, u"Bidder %1"_s.arg(alias)},
            {u"amount"_s, entry.amount}, {u"kind"_s, bidKindName(entry.kind)}, {u"at"_s, entry.atMs}});
    }
    return bids;
}

QCoro::Task<OpResult> ListingOps::get(Caller caller, QJsonObject fields)
{
    FieldReader reader(fields);
    const qint64 id = readListingId(reader);
    if (!reader.ok()) {
        co_return *reader.error();
    }
    const auto listing = m_listings.byId(id);
    // Listings still under review are seen only by their seller and admins.
    if (!listing
        || ((listing->status == ListingStatus::PendingReview || listing->status == ListingStatus::Draft)
            && !actsForSeller(caller, *listing) && caller.role() != Role::Admin)) {
        co_return Error::of(ErrorCode::NotFound, u"there is no listing %1"_s.arg(id));
    }
    recordView(caller, *listing);
    co_return QJsonObject {{u"listing"_s, viewFor(caller, id)}, {u"bids"_s, publicBids(*listing, 50)}};
}

void ListingOps::recordView(const Caller &caller, const ListingRecord &listing)
{
    m_views.record(listing, caller);
}

std::optional<ListingRecord> ListingOps::ownListing(const Caller &caller, qint64 listingId) const
{
    auto listing = m_listings.byId(listingId);
    return listing && actsForSeller(caller, *listing) ? listing : std::nullopt;
}

QCoro::Task<OpResult> ListingOps::run(MarketCommand command)
{
    auto applying = m_market.apply(std::move(command));
    const auto result = co_await applying;
    co_return marketReply(result, m_market);
}

QCoro::Task<OpResult> ListingOps::review(Caller caller, QJsonObject fields)
{
    FieldReader reader(fields);
    const qint64 id = readListingId(reader);
    const bool approve = reader.boolean(u"approve"_s);
    const QString reason = readReason(reader, !approve);
    if (!reader.ok()) {
        co_return *reader.error();
    }
    const auto listing = m_listings.byId(id);
    if (!listing || listing->status != ListingStatus::PendingReview) {
        co_return Error::of(ErrorCode::InvalidTransition, u"listing %1 is not waiting for review"_s.arg(id));
    }
    MarketCommand command {id, approve ? u"admin.listings.approve"_s : u"admin.listings.reject"_s,
        caller.actor(),
        [approve](Auction &a) { return approve ? a.moveTo(ListingStatus::Scheduled) : a.cancelByAdmin(); },
        reason};
    auto running = run(std::move(command));
    OpResult reply = co_await running;
    co_return reply;
}

QCoro::Task<OpResult> ListingOps::cancel(Caller caller, QJsonObject fields)
{
    FieldReader reader(fields);
    const qint64 id = readListingId(reader);
    const bool asAdmin = caller.role() == Role::Admin;
    const QString reason = readReason(reader, asAdmin);
    if (!reader.ok()) {
        co_return *reader.error();
    }
    const auto listing = asAdmin ? m_listings.byId(id) : ownListing(caller, id);
    if (!listing) {
        co_return Error::of(ErrorCode::NotFound, u"you have no listing %1"_s.arg(id));
    }
    const qint64 seller = listing->sellerId;
    MarketCommand command {id, asAdmin ? u"admin.listings.cancel"_s : u"listing.cancel"_s, caller.actor(),
        [asAdmin, seller](Auction &a) { return asAdmin ? a.cancelByAdmin() : a.cancelBySeller(seller); },
        reason.isEmpty() ? u"withdrawn by the seller"_s : reason};
    auto running = run(std::move(command));
    OpResult reply = co_await running;
    co_return reply;
}

QCoro::Task<OpResult> ListingOps::accept(Caller caller, QJsonObject fields)
{
    FieldReader reader(fields);
    const qint64 id = readListingId(reader);
    if (!reader.ok()) {
        co_return *reader.error();
    }
    const auto listing = ownListing(caller, id);
    if (!listing) {
        co_return Error::of(ErrorCode::NotFound, u"you have no listing %1"_s.arg(id));
    }
    const qint64 seller = listing->sellerId;
    const qint64 now = m_clock.nowMs();
    MarketCommand command {id, u"listing.accept"_s, caller.actor(),
        [seller, now](Auction &a) { return a.acceptHighest(seller, now); }, {}};
    auto running = run(std::move(command));
    OpResult reply = co_await running;
    co_return reply;
}

QCoro::Task<OpResult> ListingOps::confirm(Caller caller, QJsonObject fields)
{
    FieldReader reader(fields);
    const qint64 id = readListingId(reader);
    const bool accept = reader.boolean(u"accept"_s);
    const QString reason = readReason(reader, !accept);
    if (!reader.ok()) {
        co_return *reader.error();
    }
    const auto listing = ownListing(caller, id);
    if (!listing) {
        co_return Error::of(ErrorCode::NotFound, u"you have no listing %1"_s.arg(id));
    }
    const qint64 seller = listing->sellerId;
    const qint64 now = m_clock.nowMs();
    MarketCommand command {id, accept ? u"listing.confirm_accept"_s : u"listing.confirm_reject"_s,
        caller.actor(), [seller, accept, now](Auction &a) { return a.confirm(seller, accept, now); }, reason};
    auto running = run(std::move(command));
    OpResult reply = co_await running;
    co_return reply;
}

} // namespace boli::server
