// SPDX-License-Identifier: GPL-3.0-or-later
#include "ops/listingform.h"

#include "settings/settingsservice.h"

#include <QRegularExpression>

namespace boli::server {
namespace {
using namespace Qt::StringLiterals;

QString text(FieldReader &reader, const QString &key, qsizetype maxLength, bool required)
{
    const QString value =
        (required ? reader.string(key) : reader.optionalString(key).value_or(QString())).trimmed();
    if (reader.ok() && required && value.isEmpty()) {
        reader.invalid(key, u"must not be empty"_s);
    } else if (reader.ok() && value.size() > maxLength) {
        reader.invalid(key, u"must be at most %1 characters"_s.arg(maxLength));
    }
    return value;
}
} // namespace

ListingForm::ListingForm(const SettingsService &settings, Checks checks)
    : m_settings(settings)
    , m_checks(std::move(checks))
{ }

std::variant<ListingRecord, Error> ListingForm::read(
    const QJsonObject &fields, qint64 sellerId, qint64 createdBy, UtcMs now) const
{
    FieldReader reader(fields);
    ListingRecord listing;
    listing.sellerId = sellerId;
    listing.createdBy = createdBy;
    listing.increments = m_settings.value(u"bid_increments"_s).toArray();
    readOffer(reader, listing);
    readPrices(reader, listing);
    readTiming(reader, listing, now);
    if (!reader.ok()) {
        return *reader.error();
    }
    return listing;
}

void ListingForm::readOffer(FieldReader &reader, ListingRecord &listing) const
{
    listing.cropId = reader.integer(u"crop_id"_s);
    if (reader.ok() && !m_checks.cropIsListable(listing.cropId)) {
        reader.invalid(u"crop_id"_s, u"is not a crop in the catalog"_s);
    }
    listing.variety = text(reader, u"variety"_s, 60, false);
    listing.grade = text(reader, u"grade"_s, 30, false);
    listing.qualityNotes = text(reader, u"quality_notes"_s, 500, false);
    listing.description = text(reader, u"description"_s, 2000, false);
    listing.quantityKg = reader.integer(u"quantity_kg"_s);
    if (reader.ok() && (listing.quantityKg < 1 || listing.quantityKg > kMaxQuantityKg)) {
        reader.invalid(u"quantity_kg"_s, u"must be between 1 and %1 kg"_s.arg(kMaxQuantityKg));
    }
    listing.mandi = text(reader, u"mandi"_s, 80, true);
    listing.district = text(reader, u"district"_s, 80, true);
    listing.state = text(reader, u"state"_s, 80, true);
    const QJsonArray photos = reader.optionalArray(u"photos"_s).value_or(QJsonArray());
    static const QRegularExpression hashShape(u"^[0-9a-f]{64}$"_s);
    if (reader.ok() && photos.size() > kMaxPhotos) {
        reader.invalid(u"photos"_s, u"may hold at most %1 photos"_s.arg(kMaxPhotos));
    }
    for (const QJsonValue &photo : photos) {
        const QString hash = photo.toString();
        if (reader.ok() && (!hashShape.match(hash).hasMatch() || !m_checks.photoExists(hash))) {
            reader.invalid(u"photos"_s, u"names a photo that was not uploaded: '%1'"_s.arg(hash.left(70)));
        }
        listing.photos << hash;
    }
}

void ListingForm::readPrices(FieldReader &reader, ListingRecord &listing) const
{
    const QString format = reader.optionalString(u"format"_s).value_or(u"open"_s);
    const auto parsedFormat = auctionFormatFromName(format);
    if (reader.ok() && !parsedFormat) {
        reader.invalid(u"format"_s, u"must be open or sealed"_s);
    }
    listing.format = parsedFormat.value_or(AuctionFormat::Open);
    listing.startingPrice = reader.integer(u"starting_price"_s);
    listing.reservePrice = reader.optionalInteger(u"reserve_price"_s);
    listing.buyNowPrice = reader.optionalInteger(u"buy_now_price"_s);
    if (!reader.ok()) {
        return;
    }
    if (listing.startingPrice < 1 || listing.startingPrice > kMaxPricePerQuintal) {
        reader.invalid(
            u"starting_price"_s, u"must be between 1 and %1 paise per quintal"_s.arg(kMaxPricePerQuintal));
    } else if (listing.reservePrice
        && (*listing.reservePrice < listing.startingPrice || *listing.reservePrice > kMaxPricePerQuintal)) {
        reader.invalid(u"reserve_price"_s, u"must be at least the starting price"_s);
    } else if (listing.buyNowPrice) {
        if (!m_settings.flag(u"buy_now"_s)) {
            reader.invalid(u"buy_now_price"_s, u"is not offered: Buy Now is switched off"_s);
        } else if (listing.format == AuctionFormat::Sealed) {
            reader.invalid(u"buy_now_price"_s, u"is not offered in a sealed auction"_s);
        } else if (*listing.buyNowPrice <= listing.startingPrice || *listing.buyNowPrice > kMaxPricePerQuintal
            || (listing.reservePrice && *listing.buyNowPrice < *listing.reservePrice)) {
            reader.invalid(
                u"buy_now_price"_s, u"must be above the starting price and not below the reserve"_s);
        }
    }
}

void ListingForm::readTiming(FieldReader &reader, ListingRecord &listing, UtcMs now) const
{
    listing.startsAt = reader.optionalInteger(u"starts_at"_s).value_or(now);
    listing.durationMinutes = int(reader.integer(u"duration_minutes"_s));
    if (!reader.ok()) {
        return;
    }
    // A minute of grace for a kiosk whose clock runs a little behind.
    if (listing.startsAt < now - 60'000 || listing.startsAt > now + kMaxScheduleAheadMs) {
        reader.invalid(u"starts_at"_s, u"must be now or within the next 30 days"_s);
        return;
    }
    listing.startsAt = std::max(listing.startsAt, now);
    const QJsonArray allowed = m_settings.value(u"auction_durations_minutes"_s).toArray();
    if (!allowed.contains(QJsonValue(listing.durationMinutes))) {
        QStringList choices;
        for (const QJsonValue &minutes : allowed) {
            choices << QString::number(minutes.toInteger());
        }
        reader.invalid(u"duration_minutes"_s, u"must be one of %1"_s.arg(choices.join(u", "_s)));
        return;
    }
    listing.scheduledEndsAt = listing.startsAt + qint64(listing.durationMinutes) * 60'000;
    listing.endsAt = listing.scheduledEndsAt;
}

} // namespace boli::server
