// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boli/money.h"

#include <QJsonValue>
#include <QList>
#include <optional>

namespace boli::server {

/// @brief The smallest raise over a price, by price band (the admin's bid_increments setting).
class IncrementTable
{
public:
    struct Band
    {
        Paise from = 0;
        Paise step = 0;
    };

    /// One band: a flat step at every price.
    explicit IncrementTable(Paise flatStep = 100);
    /// From the validated setting value; empty when it is not a valid table.
    [[nodiscard]] static std::optional<IncrementTable> fromJson(const QJsonValue &value);

    /// The step of the band that holds `price`.
    [[nodiscard]] Paise stepAt(Paise price) const;
    /// The lowest bid that beats `price`.
    [[nodiscard]] Paise nextAbove(Paise price) const { return price + stepAt(price); }

private:
    QList<Band> m_bands; ///< ascending by from, the first from 0
};

} // namespace boli::server
