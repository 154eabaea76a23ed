// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/listingdraft.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace boli::client {
using namespace Qt::StringLiterals;

namespace {
bool placeOk(const QString &value)
{
    const QString trimmed = value.trimmed();
    return !trimmed.isEmpty() && trimmed.size() <= ListingDraft::kMaxPlaceLength;
}
} // namespace

QString ListingDraft::problem(const QList<int> &durations) const
{
    if (cropId <= 0) {
        return QCoreApplication::translate("ListingDraft", "Choose the crop first.");
    }
    if (quantityKg < 1 || quantityKg > kMaxQuantityKg) {
        return QCoreApplication::translate("ListingDraft", "Enter the quantity in kg (1 to 1,00,00,000).");
    }
    if (startingPrice < 1 || startingPrice > kMaxPricePaise) {
        return QCoreApplication::translate(
            "ListingDraft", "Enter the starting price in rupees per quintal (up to ₹10,00,000).");
    }
    if (!durations.contains(durationMinutes)) {
        return QCoreApplication::translate("ListingDraft", "Choose how long the auction runs.");
    }
    if (!placeOk(mandi) || !placeOk(district) || !placeOk(state)) {
        return QCoreApplication::translate(
            "ListingDraft", "Enter the mandi, district and state (up to 80 letters each).");
    }
    if (photos.size() > kMaxPhotos) {
        return QCoreApplication::translate("ListingDraft", "At most 3 photos.");
    }
    return {};
}

QJsonObject ListingDraft::toFields() const
{
    QJsonObject fields {{u"crop_id"_s, cropId}, {u"quantity_kg"_s, quantityKg},
        {u"starting_price"_s, startingPrice}, {u"duration_minutes"_s, durationMinutes},
        {u"mandi"_s, mandi.trimmed()}, {u"district"_s, district.trimmed()}, {u"state"_s, state.trimmed()}};
    if (farmerId > 0) {
        fields.insert(u"farmer_id"_s, farmerId);
    }
    if (!photos.isEmpty()) {
        fields.insert(u"photos"_s, QJsonArray::fromStringList(photos));
    }
    return fields;
}

qint64 parseKilograms(const QString &text)
{
    qint64 value = 0;
    bool anyDigit = false;
    for (const QChar c : text.trimmed()) {
        if (c == u',' || c == u' ') {
            continue; // Indian grouping (2,500 or 1,00,000) and stray spaces
        }
        const int digit = c.digitValue(); // ASCII and Devanagari digits alike
        if (digit < 0) {
            return -1;
        }
        value = value * 10 + digit;
        anyDigit = true;
        if (value > ListingDraft::kMaxQuantityKg * 10) {
            return -1; // far out of range: stop before overflowing
        }
    }
    return anyDigit ? value : -1;
}

} // namespace boli::client
