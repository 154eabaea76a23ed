// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace boli::client {

/// @brief What a farmer typed on the kiosk's listing form, checked and turned into the fields of a
/// `listing.create` request. QtCore only: the rules the server applies again, caught early with a
/// message the farmer can act on.
struct ListingDraft
{
    static constexpr qint64 kMaxQuantityKg = 10'000'000;
    static constexpr qint64 kMaxPricePaise = 100'000'000;
    static constexpr qsizetype kMaxPlaceLength = 80;
    static constexpr qsizetype kMaxPhotos = 3;

    qint64 farmerId = 0; ///< only when a field agent lists for a farmer
    qint64 cropId = 0;
    qint64 quantityKg = 0;
    qint64 startingPrice = 0; ///< paise per quintal
    int durationMinutes = 0;
    QString mandi;
    QString district;
    QString state;
    QStringList photos; ///< hashes of uploaded photos

    /// The first problem as a translated sentence, or empty. `durations`: the allowed minutes.
    [[nodiscard]] QString problem(const QList<int> &durations) const;
    /// The request fields (no `id`/`op`), places trimmed.
    [[nodiscard]] QJsonObject toFields() const;
};

/// A whole number of kilograms typed by a user ("2,500", Devanagari digits too); -1 when not one.
[[nodiscard]] qint64 parseKilograms(const QString &text);

} // namespace boli::client
