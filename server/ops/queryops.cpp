// SPDX-License-Identifier: GPL-3.0-or-later
#include "ops/queryops.h"

#include "boli/clock.h"
#include "market/listingrepository.h"
#include "market/market.h"
#include "market/notificationrepository.h"
#include "market/transactionrepository.h"
#include "ops/listingops.h"

namespace boli::server {
namespace {
using namespace Qt::StringLiterals;

const QList<Role> kSellers {Role::Farmer, Role::BusinessSeller, Role::FieldAgent};
const QList<Role> kBuyers {Role::Trader, Role::BusinessSeller};

/// A place name to match exactly in any case; empty or absent means any.
QString readPlace(FieldReader &reader, const QString &key)
{
    const QString text = reader.optionalString(key).value_or(QString()).trimmed();
    if (reader.ok() && text.size() > QueryOps::kMaxPlaceLength) {
        reader.invalid(key, u"must be at most %1 characters"_s.arg(QueryOps::kMaxPlaceLength));
    }
    return text;
}

std::optional<qint64> readId(FieldReader &reader, const QString &key)
{
    const auto value = reader.optionalInteger(key);
    if (reader.ok() && value && *value < 1) {
        reader.invalid(key, u"must be a positive id"_s);
    }
    return value;
}

std::optional<Paise> readPrice(FieldReader &reader, const QString &key)
{
    const auto value = reader.optionalInteger(key);
    if (reader.ok() && value && *value < 0) {
        reader.invalid(key, u"must not be negative (paise per quintal)"_s);
    }
    return value;
}

BrowseFilter readBrowseFilter(FieldReader &reader, UtcMs now)
{
    BrowseFilter filter;
    filter.categoryId = readId(reader, u"category_id"_s);
    filter.cropId = readId(reader, u"crop_id"_s);
    filter.state = readPlace(reader, u"state"_s);
    filter.district = readPlace(reader, u"district"_s);
    filter.mandi = readPlace(reader, u"mandi"_s);
    filter.minPrice = readPrice(reader, u"min_price"_s);
    filter.maxPrice = readPrice(reader, u"max_price"_s);
    if (reader.ok() && filter.minPrice && filter.maxPrice && *filter.minPrice > *filter.maxPrice) {
        reader.invalid(u"max_price"_s, u"must not be below min_price"_s);
    }
    const auto within = reader.optionalInteger(u"ending_within_minutes"_s);
    if (reader.ok() && within && (*within < 1 || *within > QueryOps::kMaxEndingWithinMinutes)) {
        reader.invalid(
            u"ending_within_minutes"_s, u"must be between 1 and %1"_s.arg(QueryOps::kMaxEndingWithinMinutes));
    } else if (within) {
        filter.endsBy = now + *within * 60'000;
    }
    const QString sort = reader.optionalString(u"sort"_s).value_or(u"newest"_s);
    if (reader.ok()) {
        if (const auto parsed = browseSortFromName(sort)) {
            filter.sort = *parsed;
        } else {
            reader.invalid(u"sort"_s, u"must be newest, price_low, price_high or ending_soon"_s);
        }
    }
    std::tie(filter.offset, filter.limit) = reader.page();
    return filter;
}

QString saleTarget(qint64 id)
{
    return u"transaction:"_s + QString::number(id);
}
} // namespace

QueryOps::QueryOps(const Database &database, Market &market, ListingOps &listingOps,
    ListingRepository &listings, TransactionRepository &sales, NotificationRepository &notifications,
    AuditLog &auditLog, const Clock &clock)
    : m_database(database)
    , m_queries(database)
    , m_market(market)
    , m_listingOps(listingOps)
    , m_listings(listings)
    , m_sales(sales)
    , m_notifications(notifications)
    , m_auditLog(auditLog)
    , m_clock(clock)
{ }

void QueryOps::registerOps(OpDispatcher &dispatcher)
{
    dispatcher.add(u"listings.browse"_s, roles::anyone, this, &QueryOps::browse);
    dispatcher.add(u"listings.mine"_s, kSellers, this, &QueryOps::myListings);
    dispatcher.add(u"bids.mine"_s, kBuyers, this, &QueryOps::myBids);
    dispatcher.add(u"transactions.mine"_s, roles::loggedIn, this, &QueryOps::myTransactions);
    dispatcher.add(u"transaction.update"_s, roles::loggedIn, this, &QueryOps::updateTransaction);
    dispatcher.add(u"notifications.list"_s, roles::loggedIn, this, &QueryOps::listNotifications);
    dispatcher.add(u"notifications.read"_s, roles::loggedIn, this, &QueryOps::readNotifications);
    dispatcher.add(u"watchlist.add"_s, roles::loggedIn, this, &QueryOps::addToWatchlist);
    dispatcher.add(u"watchlist.remove"_s, roles::loggedIn, this, &QueryOps::removeFromWatchlist);
    dispatcher.add(u"watchlist.list"_s, roles::loggedIn, this, &QueryOps::listWatchlist);
    dispatcher.add(u"market.stats"_s, roles::anyone, this, &QueryOps::stats);
    dispatcher.add(u"admin.listings.pending"_s, roles::admin, this, &QueryOps::pendingListings);
}

QJsonObject QueryOps::publicView(qint64 listingId)
{
    if (const RunningListing *running = m_market.running(listingId)) {
        return m_market.view(*running);
    }
    const auto stored = m_listings.byId(listingId);
    return stored ? stored->publicJson() : QJsonObject();
}

QJsonArray QueryOps::publicViews(const QList<qint64> &ids)
{
    QJsonArray views;
    for (const qint64 id : ids) {
        if (const QJsonObject view = publicView(id); !view.isEmpty()) {
            views.append(view);
        }
    }
    return views;
}

QJsonArray QueryOps::viewsFor(const Caller &caller, const QList<qint64> &ids)
{
    QJsonArray views;
    for (const qint64 id : ids) {
        if (const QJsonObject view = m_listingOps.viewFor(caller, id); !view.isEmpty()) {
            views.append(view);
        }
    }
    return views;
}

QCoro::Task<OpResult> QueryOps::browse(Caller caller, QJsonObject fields)
{
    Q_UNUSED(caller)
    FieldReader reader(fields);
    const BrowseFilter filter = readBrowseFilter(reader, m_clock.nowMs());
    if (!reader.ok()) {
        co_return *reader.error();
    }
    const IdPage page = m_queries.browse(filter);
    // Public views even for the seller browsing: the browse list is the same for everyone.
    co_return QJsonObject {{u"listings"_s, publicViews(page.ids)}, {u"total"_s, page.total}};
}

QCoro::Task<OpResult> QueryOps::myListings(Caller caller, QJsonObject fields)
{
    FieldReader reader(fields);
    std::optional<ListingStatus> status;
    if (const auto name = reader.optionalString(u"status"_s); reader.ok() && name) {
        status = listingStatusFromName(*name);
        if (!status) {
            reader.invalid(u"status"_s, u"is not a listing status"_s);
        }
    }
    qint64 offset = 0;
    qint64 limit = 0;
    std::tie(offset, limit) = reader.page();
    if (!reader.ok()) {
        co_return *reader.error();
    }
    // A field agent sells nothing: their list is what they created for farmers.
    const bool asCreator = caller.role() == Role::FieldAgent;
    const IdPage page = m_queries.listingsOf(*caller.userId(), asCreator, status, offset, limit);
    co_return QJsonObject {{u"listings"_s, viewsFor(caller, page.ids)}, {u"total"_s, page.total}};
}

QCoro::Task<OpResult> QueryOps::myBids(Caller caller, QJsonObject fields)
{
    FieldReader reader(fields);
    const QString state = reader.optionalString(u"state"_s).value_or(QString());
    if (reader.ok() && !state.isEmpty() && !isMyBidState(state)) {
        reader.invalid(u"state"_s, u"must be winning, outbid, sealed, won or lost"_s);
    }
    qint64 offset = 0;
    qint64 limit = 0;
    std::tie(offset, limit) = reader.page();
    if (!reader.ok()) {
        co_return *reader.error();
    }
    const MyBidsPage page = m_queries.bidsOf(*caller.userId(), state, offset, limit);
    QJsonArray bids;
    for (const MyBid &bid : page.rows) {
        QJsonObject row = bid.toJson();
        row.insert(u"listing"_s, publicView(bid.listingId));
        bids.append(row);
    }
    co_return QJsonObject {{u"bids"_s, bids}, {u"total"_s, page.total}};
}

QCoro::Task<OpResult> QueryOps::myTransactions(Caller caller, QJsonObject fields)
{
    FieldReader reader(fields);
    qint64 offset = 0;
    qint64 limit = 0;
    std::tie(offset, limit) = reader.page();
    if (!reader.ok()) {
        co_return *reader.error();
    }
    const qint64 me = *caller.userId();
    QJsonArray sales;
    for (const Sale &sale : m_sales.forUser(me, offset, limit)) {
        QJsonObject row = sale.toJson();
        row.insert(u"role"_s, sale.buyerId == me ? u"buyer"_s : u"seller"_s);
        sales.append(row);
    }
    co_return QJsonObject {{u"transactions"_s, sales}, {u"total"_s, m_queries.salesCountOf(me)}};
}

QCoro::Task<OpResult> QueryOps::updateTransaction(Caller caller, QJsonObject fields)
{
    FieldReader reader(fields);
    const qint64 id = reader.integer(u"transaction_id"_s);
    const QString name = reader.string(u"status"_s);
    const auto to = saleStatusFromName(name);
    if (reader.ok() && !to) {
        reader.invalid(u"status"_s, u"must be pending, confirmed, paid, delivered, completed or disputed"_s);
    }
    if (!reader.ok()) {
        co_return *reader.error();
    }
    co_return moveSale(caller, id, *to);
}

OpResult QueryOps::moveSale(const Caller &caller, qint64 saleId, SaleStatus to)
{
    const bool byAdmin = caller.role() == Role::Admin;
    Transaction transaction(m_database);
    const auto sale = m_sales.byId(saleId);
    // Someone else's sale is answered as missing, so ids reveal nothing.
    if (!sale || (!byAdmin && caller.userId() != sale->buyerId && caller.userId() != sale->sellerId)) {
        return Error::of(ErrorCode::NotFound, u"you have no transaction %1"_s.arg(saleId));
    }
    if (!canMoveSale(sale->status, to, byAdmin)) {
        return Error::of(ErrorCode::InvalidTransition,
            u"a %1 sale cannot move to %2"_s.arg(saleStatusName(sale->status), saleStatusName(to)));
    }
    m_sales.setStatus(saleId, to, m_clock.nowMs());
    m_auditLog.append(caller.actor(), u"transaction.update"_s, saleTarget(saleId),
        {{u"status"_s, saleStatusName(sale->status)}}, {{u"status"_s, saleStatusName(to)}});
    transaction.commit();
    return QJsonObject {{u"transaction"_s, m_sales.byId(saleId)->toJson()}};
}

QCoro::Task<OpResult> QueryOps::listNotifications(Caller caller, QJsonObject fields)
{
    FieldReader reader(fields);
    const bool unreadOnly = reader.optionalBoolean(u"unread_only"_s).value_or(false);
    qint64 offset = 0;
    qint64 limit = 0;
    std::tie(offset, limit) = reader.page();
    if (!reader.ok()) {
        co_return *reader.error();
    }
    const qint64 me = *caller.userId();
    QJsonArray list;
    for (const Notification &notification : m_notifications.forUser(me, unreadOnly, offset, limit)) {
        list.append(notification.toJson());
    }
    co_return QJsonObject {{u"notifications"_s, list}, {u"unread"_s, m_notifications.unreadCount(me)}};
}

QCoro::Task<OpResult> QueryOps::readNotifications(Caller caller, QJsonObject fields)
{
    FieldReader reader(fields);
    const qint64 upTo = reader.integer(u"up_to_id"_s);
    if (!reader.ok()) {
        co_return *reader.error();
    }
    const qint64 me = *caller.userId();
    // Not audited: a read marker is the user's own bookkeeping, not a change to the market, and
    // auditing every tap would bury the records that matter.
    const int marked = m_notifications.markRead(me, upTo, m_clock.nowMs());
    co_return QJsonObject {{u"marked"_s, marked}, {u"unread"_s, m_notifications.unreadCount(me)}};
}

QCoro::Task<OpResult> QueryOps::addToWatchlist(Caller caller, QJsonObject fields)
{
    FieldReader reader(fields);
    const qint64 id = readListingId(reader);
    if (!reader.ok()) {
        co_return *reader.error();
    }
    // Not audited either: the saved list is the user's own bookmarks, not market state.
    Transaction transaction(m_database);
    const auto listing = m_listings.byId(id);
    if (!listing || listing->status == ListingStatus::PendingReview
        || listing->status == ListingStatus::Draft) {
        co_return Error::of(ErrorCode::NotFound, u"there is no listing %1"_s.arg(id));
    }
    const bool added = m_queries.addToWatchlist(*caller.userId(), id, m_clock.nowMs());
    transaction.commit();
    co_return QJsonObject {{u"added"_s, added}};
}

QCoro::Task<OpResult> QueryOps::removeFromWatchlist(Caller caller, QJsonObject fields)
{
    FieldReader reader(fields);
    const qint64 id = readListingId(reader);
    if (!reader.ok()) {
        co_return *reader.error();
    }
    m_queries.removeFromWatchlist(*caller.userId(), id);
    co_return QJsonObject {};
}

QCoro::Task<OpResult> QueryOps::listWatchlist(Caller caller, QJsonObject fields)
{
    FieldReader reader(fields);
    qint64 offset = 0;
    qint64 limit = 0;
    std::tie(offset, limit) = reader.page();
    if (!reader.ok()) {
        co_return *reader.error();
    }
    const IdPage page = m_queries.watchlistOf(*caller.userId(), offset, limit);
    co_return QJsonObject {{u"listings"_s, publicViews(page.ids)}, {u"total"_s, page.total}};
}

QCoro::Task<OpResult> QueryOps::stats(Caller caller, QJsonObject fields)
{
    Q_UNUSED(caller)
    Q_UNUSED(fields)
    co_return QJsonObject {{u"stats"_s, m_queries.stats().toJson()}};
}

QCoro::Task<OpResult> QueryOps::pendingListings(Caller caller, QJsonObject fields)
{
    FieldReader reader(fields);
    qint64 offset = 0;
    qint64 limit = 0;
    std::tie(offset, limit) = reader.page();
    if (!reader.ok()) {
        co_return *reader.error();
    }
    const IdPage page = m_queries.pendingReview(offset, limit);
    co_return QJsonObject {{u"listings"_s, viewsFor(caller, page.ids)}, {u"total"_s, page.total}};
}

} // namespace boli::server
