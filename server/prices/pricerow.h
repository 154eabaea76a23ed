// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boli/money.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <variant>

namespace boli::server {

/// @brief One day's prices of one commodity at one mandi, as the dataset gives them, in paise.
///
/// The dataset quotes rupees per quintal as strings; they are kept as integer paise per quintal,
/// the unit of listing prices (docs/market-prices.md, "Units").
struct PriceRow
{
    QString state;
    QString district;
    QString market;
    QString commodity; ///< the dataset's name, e.g. "Paddy(Dhan)(Common)"
    QString variety;
    QString grade;
    QDate arrivalDate;
    Paise minPrice = 0;
    Paise maxPrice = 0;
    Paise modalPrice = 0;
};

/// A dataset field name in one spelling: "Min_x0020_Price", "Min Price" and "min_price" all become
/// "min_price", so the API's JSON and the portal's CSV export read alike.
[[nodiscard]] QString normalizedFieldName(const QString &name);

/// "21/11/2026" (DD/MM/YYYY, as the dataset writes it); also accepts ISO "2026-11-21". Invalid: null.
[[nodiscard]] QDate parseArrivalDate(const QString &text);

/// Reads one record whose keys are already normalized. Either the row or why it is unusable
/// (a missing field, a bad date, a price that is not rupees, min > modal > max).
[[nodiscard]] std::variant<PriceRow, QString> parsePriceRow(const QHash<QString, QString> &fields);

/// A JSON record with any key spelling; numbers are accepted where strings are expected.
[[nodiscard]] std::variant<PriceRow, QString> parsePriceRow(const QJsonObject &record);

} // namespace boli::server
