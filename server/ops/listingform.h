// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boli/fieldreader.h"
#include "market/listingrecord.h"

#include <functional>

namespace boli::server {

class SettingsService;

/// @brief Reads and checks a listing.create request into a listing record; no storage.
///
/// Every rule a seller's form must meet lives here, so a bad form is refused before anything is
/// written. Looks outside itself only through the two checks it is given.
class ListingForm
{
public:
    static constexpr int kMaxPhotos = 3;
    static constexpr Kilograms kMaxQuantityKg = 10'000'000; // 10,000 tonnes
    static constexpr Paise kMaxPricePerQuintal = 100'000'000; // ₹10 lakh per quintal
    static constexpr qint64 kMaxScheduleAheadMs = 30LL * 24 * 60 * 60 * 1000;

    struct Checks
    {
        std::function<bool(qint64 cropId)> cropIsListable;
        std::function<bool(const QString &hash)> photoExists;
    };

    ListingForm(const SettingsService &settings, Checks checks);

    /// The listing to create for `sellerId`, or the first problem with the form.
    std::variant<ListingRecord, Error> read(
        const QJsonObject &fields, qint64 sellerId, qint64 createdBy, UtcMs now) const;

private:
    void readOffer(FieldReader &reader, ListingRecord &listing) const;
    void readPrices(FieldReader &reader, ListingRecord &listing) const;
    void readTiming(FieldReader &reader, ListingRecord &listing, UtcMs now) const;

    const SettingsService &m_settings;
    Checks m_checks;
};

} // namespace boli::server
