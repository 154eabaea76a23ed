// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/listingsmodel.h"

#include "net/serverconnection.h"
#include "offline/listingcache.h"

#include <QJsonArray>
#include <QTimer>

namespace boli::client {
namespace {
using namespace Qt::StringLiterals;

// Role → the listing object's field, in the order of the Roles enum.
const QList<std::pair<int, QString>> kFields {
    {ListingsModel::IdRole, u"id"_s},
    {ListingsModel::CropIdRole, u"crop_id"_s},
    {ListingsModel::VarietyRole, u"variety"_s},
    {ListingsModel::QuantityKgRole, u"quantity_kg"_s},
    {ListingsModel::MandiRole, u"mandi"_s},
    {ListingsModel::DistrictRole, u"district"_s},
    {ListingsModel::StateRole, u"state"_s},
    {ListingsModel::FormatRole, u"format"_s},
    {ListingsModel::StatusRole, u"status"_s},
    {ListingsModel::PriceRole, u"price"_s},
    {ListingsModel::StartingPriceRole, u"starting_price"_s},
    {ListingsModel::MinimumBidRole, u"minimum_bid"_s},
    {ListingsModel::BidCountRole, u"bid_count"_s},
    {ListingsModel::EndsAtRole, u"ends_at"_s},
    {ListingsModel::ReserveMetRole, u"reserve_met"_s},
    {ListingsModel::BuyNowPriceRole, u"buy_now_price"_s},
    {ListingsModel::BuyNowAvailableRole, u"buy_now_available"_s},
    {ListingsModel::LeaderAliasRole, u"leader_alias"_s},
};

QByteArray roleName(const QString &field)
{
    // QML names are camelCase: ends_at → endsAt.
    QString name;
    bool upper = false;
    for (const QChar c : field) {
        if (c == u'_') {
            upper = true;
            continue;
        }
        name += upper ? c.toUpper() : c;
        upper = false;
    }
    return name.toUtf8();
}
} // namespace

ListingsModel::ListingsModel(ServerConnection &connection, QObject *parent)
    : QAbstractListModel(parent)
    , m_connection(connection)
{
    connect(&m_connection, &ServerConnection::eventReceived, this, &ListingsModel::onEvent);
    // Every (re)connect: subscribe to the feed and catch up on what changed while away.
    connect(&m_connection, &ServerConnection::online, this, [this] {
        subscribe();
        refresh();
    });
    // Rows seen before the link dropped stay on screen, read-only, marked as possibly out of date.
    connect(&m_connection, &ServerConnection::stateChanged, this, [this](ServerConnection::State state) {
        if (state != ServerConnection::State::Online && !m_rows.isEmpty()) {
            setStale(true, m_fromCache);
        }
    });
}

int ListingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ListingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    for (const auto &[fieldRole, field] : kFields) {
        if (fieldRole == role) {
            return m_rows.at(index.row()).value(field).toVariant();
        }
    }
    return {};
}

QHash<int, QByteArray> ListingsModel::roleNames() const
{
    QHash<int, QByteArray> names;
    for (const auto &[role, field] : kFields) {
        names.insert(role, roleName(field));
    }
    return names;
}

void ListingsModel::setSort(const QString &sort)
{
    if (sort != m_sort) {
        m_sort = sort;
        Q_EMIT sortChanged();
        refresh();
    }
}

void ListingsModel::setCategoryId(qint64 categoryId)
{
    if (categoryId != m_categoryId) {
        m_categoryId = categoryId;
        Q_EMIT categoryIdChanged();
        refresh();
    }
}

void ListingsModel::setLoading(bool loading)
{
    if (loading != m_loading) {
        m_loading = loading;
        Q_EMIT loadingChanged();
    }
}

void ListingsModel::setLastError(const QString &error)
{
    if (error != m_lastError) {
        m_lastError = error;
        Q_EMIT lastErrorChanged();
    }
}

int ListingsModel::rowOf(qint64 listingId) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).value(u"id"_s).toInteger() == listingId) {
            return int(row);
        }
    }
    return -1;
}

void ListingsModel::refresh()
{
    if (m_connection.state() == ServerConnection::State::Online) {
        load();
    }
}

QCoro::Task<> ListingsModel::load()
{
    setLoading(true);
    QJsonObject query {{u"sort"_s, m_sort}, {u"limit"_s, 200}};
    if (m_categoryId > 0) {
        query.insert(u"category_id"_s, m_categoryId);
    }
    addFilters(query);
    auto browsing = m_connection.request(u"listings.browse"_s, std::move(query));
    const protocol::Reply reply = co_await browsing;
    setLoading(false);
    if (!reply.ok()) {
        // Keep showing what was there: a read-only view of the last listings seen beats nothing.
        setLastError(errorCodeName(reply.error->code));
        Q_EMIT refreshed();
        co_return;
    }
    setLastError({});
    beginResetModel();
    m_rows.clear();
    for (const QJsonValue &listing : reply.fields.value(u"listings"_s).toArray()) {
        m_rows.append(listing.toObject());
    }
    endResetModel();
    remember();
    Q_EMIT refreshed();
}

void ListingsModel::setCache(ListingCache *cache)
{
    m_cache = cache;
    if (!m_cache || !m_rows.isEmpty()) {
        return;
    }
    const ListingCache::Snapshot snapshot = m_cache->load();
    if (snapshot.listings.isEmpty()) {
        return;
    }
    beginResetModel();
    m_rows = snapshot.listings;
    endResetModel();
    m_fetchedAt = snapshot.fetchedAt;
    setStale(true, true);
}

void ListingsModel::remember()
{
    m_fetchedAt = m_connection.serverNowMs();
    if (m_cache) {
        m_cache->save(m_rows, m_fetchedAt);
    }
    m_stale = false;
    m_fromCache = false;
    Q_EMIT staleChanged(); // fetchedAt moved, whatever else did
}

void ListingsModel::setStale(bool stale, bool fromCache)
{
    if (stale != m_stale || fromCache != m_fromCache) {
        m_stale = stale;
        m_fromCache = fromCache;
        Q_EMIT staleChanged();
    }
}

QCoro::Task<> ListingsModel::subscribe()
{
    auto subscribing = m_connection.request(u"feed.subscribe"_s);
    co_await subscribing;
}

void ListingsModel::onEvent(const protocol::Event &event)
{
    if (event.name == u"feed.updated"_s) {
        for (const QJsonValue &listing : event.fields.value(u"listings"_s).toArray()) {
            update(listing.toObject());
        }
    } else if (event.name == u"listing.updated"_s || event.name == u"listing.closed"_s) {
        update(event.fields.value(u"listing"_s).toObject());
    }
}

void ListingsModel::update(const QJsonObject &listing)
{
    const int row = rowOf(listing.value(u"id"_s).toInteger());
    if (row < 0) {
        return; // not on this screen's filter; the next refresh decides whether it belongs
    }
    // Only ever forward: an older view (lower listing_seq) never overwrites a newer one.
    if (listing.value(u"listing_seq"_s).toInteger() < m_rows.at(row).value(u"listing_seq"_s).toInteger()) {
        return;
    }
    m_rows[row] = listing;
    Q_EMIT dataChanged(index(row), index(row));
}

void ListingsModel::setCropId(qint64 cropId)
{
    Filters next = m_filters;
    next.cropId = std::max<qint64>(0, cropId);
    setFilters(next);
}

void ListingsModel::setStateName(const QString &state)
{
    Filters next = m_filters;
    next.state = state.trimmed();
    setFilters(next);
}

void ListingsModel::setDistrict(const QString &district)
{
    Filters next = m_filters;
    next.district = district.trimmed();
    setFilters(next);
}

void ListingsModel::setMandi(const QString &mandi)
{
    Filters next = m_filters;
    next.mandi = mandi.trimmed();
    setFilters(next);
}

void ListingsModel::setMinPrice(qint64 paise)
{
    Filters next = m_filters;
    next.minPrice = std::max<qint64>(0, paise);
    setFilters(next);
}

void ListingsModel::setMaxPrice(qint64 paise)
{
    Filters next = m_filters;
    next.maxPrice = std::max<qint64>(0, paise);
    setFilters(next);
}

void ListingsModel::setEndingWithinMinutes(int minutes)
{
    Filters next = m_filters;
    next.endingWithinMinutes = std::clamp(minutes, 0, 10080);
    setFilters(next);
}

void ListingsModel::clearFilters()
{
    setFilters({});
}

void ListingsModel::setFilters(const Filters &filters)
{
    if (filters == m_filters) {
        return;
    }
    m_filters = filters;
    Q_EMIT filtersChanged();
    // A screen usually sets several filters at once: ask the server once, after the last.
    if (!m_refreshQueued) {
        m_refreshQueued = true;
        QTimer::singleShot(0, this, [this] {
            m_refreshQueued = false;
            refresh();
        });
    }
}

void ListingsModel::addFilters(QJsonObject &query) const
{
    if (m_filters.cropId > 0) {
        query.insert(u"crop_id"_s, m_filters.cropId);
    }
    const std::pair<QString, QString> places[] {
        {u"state"_s, m_filters.state}, {u"district"_s, m_filters.district}, {u"mandi"_s, m_filters.mandi}};
    for (const auto &[field, value] : places) {
        if (!value.isEmpty()) {
            query.insert(field, value);
        }
    }
    // The server refuses min > max; a reversed range is read as the user meant it.
    const qint64 low =
        m_filters.maxPrice > 0 ? std::min(m_filters.minPrice, m_filters.maxPrice) : m_filters.minPrice;
    const qint64 high = m_filters.maxPrice > 0 ? std::max(m_filters.minPrice, m_filters.maxPrice) : 0;
    if (low > 0) {
        query.insert(u"min_price"_s, low);
    }
    if (high > 0) {
        query.insert(u"max_price"_s, high);
    }
    if (m_filters.endingWithinMinutes > 0) {
        query.insert(u"ending_within_minutes"_s, m_filters.endingWithinMinutes);
    }
}

} // namespace boli::client
