// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boli/money.h"

#include <QJsonObject>
#include <QList>
#include <optional>

namespace boli::server {

/// @brief A suggested starting-price range and the figures it came from (docs/market-prices.md,
/// "Suggestion"). Pure arithmetic on integer paise per quintal: no clock, no storage.
struct PriceSuggestion
{
    static constexpr Paise kRounding = 10 * kPaisePerRupee; ///< ranges are whole ₹10 steps
    static constexpr int kLowPercent = 90; ///< the low end is 90 % of the anchor

    Paise low = 0;
    Paise high = 0;
    Paise anchor = 0;
    std::optional<Paise> referenceModal;
    std::optional<Paise> salesMedian;
    int sales = 0;
    QString basis; ///< "reference", "sales" or "reference_and_sales"

    /// Anchor: the reference modal price and the median of recent Boli sales averaged (rounded
    /// down) when both exist, else whichever exists. High: the anchor rounded down to ₹10; low: 90 %
    /// of the anchor rounded down to ₹10; both at least ₹10. Empty when there is neither.
    [[nodiscard]] static std::optional<PriceSuggestion> compute(
        std::optional<Paise> referenceModal, const QList<Paise> &salePrices);
    /// The lower middle value of a non-empty list (a real price, never an average of two).
    [[nodiscard]] static Paise median(QList<Paise> values);

    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace boli::server
