// SPDX-License-Identifier: GPL-3.0-or-later
#include "ops/biddingops.h"

#include "boli/clock.h"
#include "market/listingrepository.h"
#include "market/market.h"
#include "net/clientconnection.h"
#include "net/watchers.h"
#include "ops/listingops.h"
#include "settings/settingsservice.h"
#include "storage/userrepository.h"

namespace boli::server {
namespace {
using namespace Qt::StringLiterals;

const QList<Role> kBuyers {Role::Trader, Role::BusinessSeller};
} // namespace

BiddingOps::BiddingOps(Market &market, ListingOps &listingOps, ListingRepository &listings,
    UserRepository &users, const SettingsService &settings, Watchers &watchers, const Clock &clock)
    : m_market(market)
    , m_listingOps(listingOps)
    , m_listings(listings)
    , m_users(users)
    , m_settings(settings)
    , m_watchers(watchers)
    , m_clock(clock)
{ }

void BiddingOps::registerOps(OpDispatcher &dispatcher)
{
    dispatcher.add(u"bid.place"_s, kBuyers, this, &BiddingOps::placeBid);
    dispatcher.add(u"listing.buy_now"_s, kBuyers, this, &BiddingOps::buyNow);
    dispatcher.add(u"watch"_s, roles::anyone, this, &BiddingOps::watch);
    dispatcher.add(u"unwatch"_s, roles::anyone, this, &BiddingOps::unwatch);
    dispatcher.add(u"feed.subscribe"_s, roles::anyone, this, &BiddingOps::subscribeFeed);
    dispatcher.add(u"feed.unsubscribe"_s, roles::anyone, this, &BiddingOps::unsubscribeFeed);
}

std::optional<Error> BiddingOps::mayBuy(const Caller &caller) const
{
    if (!m_settings.flag(u"kyc"_s)) {
        return std::nullopt;
    }
    const auto user = m_users.byId(*caller.userId());
    if (!user || !user->verified) {
        return Error::of(ErrorCode::NotVerified, u"complete KYC before bidding"_s);
    }
    return std::nullopt;
}

QCoro::Task<OpResult> BiddingOps::placeBid(Caller caller, QJsonObject fields)
{
    FieldReader reader(fields);
    const qint64 id = readListingId(reader);
    const BidRequest request {
        *caller.userId(), reader.integer(u"amount"_s), reader.optionalBoolean(u"proxy"_s).value_or(false)};
    if (!reader.ok()) {
        co_return *reader.error();
    }
    if (auto refusal = mayBuy(caller)) {
        co_return *refusal;
    }
    const RunningListing *running = m_market.running(id);
    if (!running) {
        co_return Error::of(ErrorCode::ListingNotLive, u"listing %1 is not open for bids"_s.arg(id));
    }
    const AuctionRules rules = m_market.rulesFor(running->record);
    const qint64 now = m_clock.nowMs();
    MarketCommand command {id, u"bid.place"_s, caller.actor(),
        [request, now, rules](Auction &a) { return a.placeBid(request, now, rules); }, {}};
    auto applying = m_market.apply(std::move(command));
    const auto result = co_await applying;
    OpResult reply = marketReply(result, m_market);
    if (auto *fieldsOut = std::get_if<QJsonObject>(&reply)) {
        const RunningListing *after = m_market.running(id);
        // In a sealed auction nobody may learn where their bid stands before the close.
        const ListingRecord &committed = std::get<MarketOutcome>(result).listing;
        if (committed.format == AuctionFormat::Open) {
            fieldsOut->insert(u"leading"_s, committed.leaderId == request.bidderId);
        }
        if (after && after->auction.maximumOf(request.bidderId)) {
            fieldsOut->insert(u"your_maximum"_s, *after->auction.maximumOf(request.bidderId));
        }
        QJsonArray entries;
        for (const LedgerEntry &entry : std::get<MarketOutcome>(result).change.entries) {
            entries.append(QJsonObject {{u"seq"_s, entry.seq}, {u"amount"_s, entry.amount},
                {u"kind"_s, bidKindName(entry.kind)}, {u"mine"_s, entry.bidderId == request.bidderId}});
        }
        fieldsOut->insert(u"entries"_s, entries);
    }
    co_return reply;
}

QCoro::Task<OpResult> BiddingOps::buyNow(Caller caller, QJsonObject fields)
{
    FieldReader reader(fields);
    const qint64 id = readListingId(reader);
    if (!reader.ok()) {
        co_return *reader.error();
    }
    if (auto refusal = mayBuy(caller)) {
        co_return *refusal;
    }
    const RunningListing *running = m_market.running(id);
    if (!running) {
        co_return Error::of(ErrorCode::ListingNotLive, u"listing %1 is not open"_s.arg(id));
    }
    const AuctionRules rules = m_market.rulesFor(running->record);
    const qint64 buyer = *caller.userId();
    const qint64 now = m_clock.nowMs();
    MarketCommand command {id, u"listing.buy_now"_s, caller.actor(),
        [buyer, now, rules](Auction &a) { return a.buyNow(buyer, now, rules); }, {}};
    auto applying = m_market.apply(std::move(command));
    const auto result = co_await applying;
    co_return marketReply(result, m_market);
}

QCoro::Task<OpResult> BiddingOps::watch(Caller caller, QJsonObject fields)
{
    FieldReader reader(fields);
    const qint64 id = readListingId(reader);
    const auto since = reader.optionalInteger(u"since_seq"_s);
    if (!reader.ok()) {
        co_return *reader.error();
    }
    const auto listing = m_listings.byId(id);
    if (!listing || listing->status == ListingStatus::PendingReview
        || listing->status == ListingStatus::Draft) {
        co_return Error::of(ErrorCode::NotFound, u"there is no listing %1"_s.arg(id));
    }
    if (caller.connection && !m_watchers.watch(caller.connection, id)) {
        co_return Error::of(ErrorCode::RateLimited,
            u"a connection may watch at most %1 listings"_s.arg(Watchers::kMaxWatchesPerConnection));
    }
    m_listingOps.recordView(caller, *listing);
    const QJsonObject view = m_listingOps.viewFor(caller, id);
    // A client resuming with the sequence it last saw learns whether it missed anything; either way it
    // gets the current state, which is all an auction screen needs.
    const bool upToDate = since && *since == view.value(u"listing_seq"_s).toInteger();
    co_return QJsonObject {{u"listing"_s, view}, {u"up_to_date"_s, upToDate},
        {u"bids"_s, upToDate ? QJsonArray() : m_listingOps.publicBids(*listing, 50)}};
}

QCoro::Task<OpResult> BiddingOps::unwatch(Caller caller, QJsonObject fields)
{
    FieldReader reader(fields);
    const qint64 id = readListingId(reader);
    if (!reader.ok()) {
        co_return *reader.error();
    }
    if (caller.connection) {
        m_watchers.unwatch(caller.connection, id);
    }
    co_return QJsonObject {};
}

QCoro::Task<OpResult> BiddingOps::subscribeFeed(Caller caller, QJsonObject fields)
{
    Q_UNUSED(fields)
    if (caller.connection) {
        m_watchers.subscribeFeed(caller.connection);
    }
    co_return QJsonObject {{u"interval_ms"_s, Watchers::kFeedIntervalMs}};
}

QCoro::Task<OpResult> BiddingOps::unsubscribeFeed(Caller caller, QJsonObject fields)
{
    Q_UNUSED(fields)
    if (caller.connection) {
        m_watchers.unsubscribeFeed(caller.connection);
    }
    co_return QJsonObject {};
}

} // namespace boli::server
