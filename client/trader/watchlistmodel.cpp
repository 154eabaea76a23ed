// SPDX-License-Identifier: GPL-3.0-or-later
#include "trader/watchlistmodel.h"

#include "net/serverconnection.h"

#include <QJsonArray>

namespace boli::client {
using namespace Qt::StringLiterals;

WatchlistModel::WatchlistModel(ServerConnection &connection, QObject *parent)
    : QueryModel(connection, {u"watchlist.list"_s, u"listings"_s, listingFields()}, parent)
{
    connect(&connection, &ServerConnection::eventReceived, this, &WatchlistModel::onEvent);
}

QStringList WatchlistModel::listingFields()
{
    return {u"id"_s, u"crop_id"_s, u"variety"_s, u"quantity_kg"_s, u"mandi"_s, u"district"_s, u"state"_s,
        u"format"_s, u"status"_s, u"price"_s, u"starting_price"_s, u"minimum_bid"_s, u"bid_count"_s,
        u"ends_at"_s, u"leader_alias"_s, u"listing_seq"_s};
}

QJsonObject WatchlistModel::params() const
{
    return {{u"limit"_s, 200}};
}

void WatchlistModel::onEvent(const protocol::Event &event)
{
    QJsonArray listings;
    if (event.name == u"feed.updated"_s) {
        listings = event.fields.value(u"listings"_s).toArray();
    } else if (event.name == u"listing.updated"_s || event.name == u"listing.closed"_s) {
        listings.append(event.fields.value(u"listing"_s));
    }
    for (const QJsonValue &value : listings) {
        const QJsonObject listing = value.toObject();
        const int row = rowOfId(listing.value(u"id"_s).toInteger());
        // Only rows already saved, and only forward (a newer listing_seq).
        if (row >= 0
            && listing.value(u"listing_seq"_s).toInteger()
                >= rows().at(row).value(u"listing_seq"_s).toInteger()) {
            upsert(listing);
        }
    }
}

} // namespace boli::client
