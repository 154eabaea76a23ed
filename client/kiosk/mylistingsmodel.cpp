// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/mylistingsmodel.h"

#include "net/serverconnection.h"

#include <QJsonArray>

namespace boli::client {
using namespace Qt::StringLiterals;

namespace {
const QStringList kFields {u"id"_s, u"crop_id"_s, u"variety"_s, u"quantity_kg"_s, u"mandi"_s, u"district"_s,
    u"state"_s, u"format"_s, u"status"_s, u"status_reason"_s, u"price"_s, u"starting_price"_s,
    u"reserve_price"_s, u"bid_count"_s, u"ends_at"_s, u"leader_alias"_s, u"confirmation_deadline"_s,
    u"listing_seq"_s, u"created_at"_s};

/// Statuses whose listing can still change: worth watching.
const QStringList kChanging {u"scheduled"_s, u"live"_s, u"awaiting_confirmation"_s};
} // namespace

MyListingsModel::MyListingsModel(ServerConnection &connection, QObject *parent)
    : QueryModel(connection, {u"listings.mine"_s, u"listings"_s, kFields}, parent)
{
    connect(&connection, &ServerConnection::eventReceived, this, &MyListingsModel::onEvent);
    connect(this, &QueryModel::refreshed, this, &MyListingsModel::watchChanging);
    // Watches are per connection and die with it: watch again after a reconnect.
    connect(&connection, &ServerConnection::online, this, [this] {
        const QSet<qint64> again = std::exchange(m_watched, {});
        for (const qint64 id : again) {
            watch(id);
        }
    });
}

QVariant MyListingsModel::data(const QModelIndex &index, int role) const
{
    if (role < CanAcceptRole) {
        return QueryModel::data(index, role);
    }
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const QJsonObject &row = rows().at(index.row());
    const QString status = row.value(u"status"_s).toString();
    const qint64 bids = row.value(u"bid_count"_s).toInteger();
    switch (role) {
    case CanAcceptRole: // the leader's bid, before the end, open auctions only
        return status == u"live"_s && row.value(u"format"_s).toString() == u"open"_s && bids > 0;
    case CanConfirmRole:
        return status == u"awaiting_confirmation"_s;
    case CanCancelRole: // the seller withdraws only while nobody has bid
        return (status == u"pending_review"_s || status == u"scheduled"_s || status == u"live"_s)
            && bids == 0;
    case ListingIdRole:
        return row.value(u"id"_s).toInteger();
    default:
        return {};
    }
}

QHash<int, QByteArray> MyListingsModel::roleNames() const
{
    QHash<int, QByteArray> names = QueryModel::roleNames();
    names.insert(CanAcceptRole, "canAccept");
    names.insert(CanConfirmRole, "canConfirm");
    names.insert(CanCancelRole, "canCancel");
    names.insert(ListingIdRole, "listingId");
    return names;
}

void MyListingsModel::replace(const QJsonObject &listing)
{
    const int row = rowOfId(listing.value(u"id"_s).toInteger());
    if (row < 0) {
        return; // not on this list (another seller's, or the list was cleared meanwhile)
    }
    const QJsonObject &old = rows().at(row);
    if (listing.value(u"listing_seq"_s).toInteger() < old.value(u"listing_seq"_s).toInteger()) {
        return; // an older view arriving late never overwrites a newer one
    }
    QJsonObject merged = listing;
    if (!merged.contains(u"reserve_price"_s)) {
        merged.insert(u"reserve_price"_s, old.value(u"reserve_price"_s)); // events never carry it
    }
    upsert(merged);
}

void MyListingsModel::forget()
{
    const QSet<qint64> watched = std::exchange(m_watched, {});
    for (const qint64 id : watched) {
        unwatch(id);
    }
    clear();
}

void MyListingsModel::onEvent(const protocol::Event &event)
{
    if (event.name == u"listing.updated"_s || event.name == u"listing.closed"_s) {
        replace(event.fields.value(u"listing"_s).toObject());
    } else if (event.name == u"feed.updated"_s) {
        for (const QJsonValue &listing : event.fields.value(u"listings"_s).toArray()) {
            replace(listing.toObject());
        }
    }
}

void MyListingsModel::watchChanging()
{
    for (const QJsonObject &row : rows()) {
        const qint64 id = row.value(u"id"_s).toInteger();
        if (kChanging.contains(row.value(u"status"_s).toString()) && !m_watched.contains(id)) {
            watch(id);
        }
    }
}

QCoro::Task<> MyListingsModel::watch(qint64 listingId)
{
    m_watched.insert(listingId);
    QJsonObject fields {{u"listing_id"_s, listingId}};
    auto asking = connection().request(u"watch"_s, std::move(fields));
    const protocol::Reply reply = co_await asking;
    if (!reply.ok()) {
        m_watched.remove(listingId);
        co_return;
    }
    replace(reply.fields.value(u"listing"_s).toObject()); // whatever changed before the watch began
}

QCoro::Task<> MyListingsModel::unwatch(qint64 listingId)
{
    if (connection().state() != ServerConnection::State::Online) {
        co_return;
    }
    QJsonObject fields {{u"listing_id"_s, listingId}};
    auto asking = connection().request(u"unwatch"_s, std::move(fields));
    co_await asking;
}

} // namespace boli::client
