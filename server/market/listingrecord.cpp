// SPDX-License-Identifier: GPL-3.0-or-later
#include "market/listingrecord.h"

namespace boli::server {
namespace {
using namespace Qt::StringLiterals;

QJsonValue orNull(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}
} // namespace

ListingTerms ListingRecord::terms() const
{
    return ListingTerms {
        id, sellerId, format, startingPrice, reservePrice, buyNowPrice, startsAt, scheduledEndsAt};
}

void ListingRecord::takeStateFrom(const Auction &auction)
{
    endsAt = auction.endsAt();
    status = auction.status();
    price = auction.price();
    leaderId = auction.leaderId();
    bidCount = auction.bidCount();
    confirmationDeadline = auction.confirmationDeadline();
}

QJsonObject ListingRecord::publicJson(const Auction *auction) const
{
    const bool hidden = format == AuctionFormat::Sealed
        && (status == ListingStatus::Live || status == ListingStatus::Scheduled);
    const bool reserveMet = bidCount > 0 && (!reservePrice || price >= *reservePrice);
    QJsonObject json {
        {u"id"_s, id},
        {u"seller_id"_s, sellerId},
        {u"crop_id"_s, cropId},
        {u"variety"_s, variety},
        {u"grade"_s, grade},
        {u"quality_notes"_s, qualityNotes},
        {u"description"_s, description},
        {u"quantity_kg"_s, quantityKg},
        {u"mandi"_s, mandi},
        {u"district"_s, district},
        {u"state"_s, state},
        {u"photos"_s, QJsonArray::fromStringList(photos)},
        {u"format"_s, auctionFormatName(format)},
        {u"starting_price"_s, startingPrice},
        {u"has_reserve"_s, reservePrice.has_value()},
        {u"reserve_met"_s, hidden ? QJsonValue(QJsonValue::Null) : QJsonValue(reserveMet)},
        {u"buy_now_price"_s, orNull(buyNowPrice)},
        {u"starts_at"_s, startsAt},
        {u"ends_at"_s, endsAt},
        {u"status"_s, listingStatusName(status)},
        {u"status_reason"_s, statusReason},
        {u"price"_s, hidden ? QJsonValue(QJsonValue::Null) : QJsonValue(price)},
        {u"bid_count"_s, bidCount},
        {u"listing_seq"_s, version},
        {u"created_at"_s, createdAt},
    };
    if (!hidden && leaderId && auction) {
        json.insert(u"leader_alias"_s, u"Bidder %1"_s.arg(auction->bidderAlias(*leaderId)));
    }
    if (confirmationDeadline) {
        json.insert(u"confirmation_deadline"_s, *confirmationDeadline);
    }
    return json;
}

} // namespace boli::server
