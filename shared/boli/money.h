// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

/// Money is integer paise, quantity integer kilograms, time UTC milliseconds: never floating point.
namespace boli {

using Paise = qint64;
using Kilograms = qint64;
using UtcMs = qint64;

inline constexpr Paise kPaisePerRupee = 100;
inline constexpr Kilograms kKgPerQuintal = 100;

/// "₹1,23,450" or "₹1,23,450.05": Indian digit grouping (lakh, crore), paise shown only when non-zero.
[[nodiscard]] QString formatRupees(Paise amount);
/// Parses "1234", "1,234.5", "₹ 1,23,450.05" into paise. Rejects negatives, more than two decimals,
/// stray characters and amounts beyond what the market could hold.
[[nodiscard]] std::optional<Paise> parseRupees(QStringView text);
/// The price of `quantity` at `pricePerQuintal`, rounded to the nearest paisa (half up).
[[nodiscard]] Paise totalForQuantity(Paise pricePerQuintal, Kilograms quantity);

} // namespace boli
