// SPDX-License-Identifier: GPL-3.0-or-later
#include "prices/pricesuggestion.h"

#include <QJsonValue>
#include <algorithm>

namespace boli::server {
namespace {
using namespace Qt::StringLiterals;

Paise roundDown(Paise amount)
{
    return std::max(
        PriceSuggestion::kRounding, amount / PriceSuggestion::kRounding * PriceSuggestion::kRounding);
}

QJsonValue optional(const std::optional<Paise> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}
} // namespace

Paise PriceSuggestion::median(QList<Paise> values)
{
    std::sort(values.begin(), values.end());
    return values.at((values.size() - 1) / 2);
}

std::optional<PriceSuggestion> PriceSuggestion::compute(
    std::optional<Paise> referenceModal, const QList<Paise> &salePrices)
{
    PriceSuggestion s;
    s.referenceModal = referenceModal;
    s.sales = int(salePrices.size());
    if (!salePrices.isEmpty()) {
        s.salesMedian = median(salePrices);
    }
    if (referenceModal && s.salesMedian) {
        s.anchor = (*referenceModal + *s.salesMedian) / 2;
        s.basis = u"reference_and_sales"_s;
    } else if (referenceModal) {
        s.anchor = *referenceModal;
        s.basis = u"reference"_s;
    } else if (s.salesMedian) {
        s.anchor = *s.salesMedian;
        s.basis = u"sales"_s;
    } else {
        return std::nullopt;
    }
    s.high = roundDown(s.anchor);
    s.low = roundDown(s.anchor * kLowPercent / 100);
    return s;
}

QJsonObject PriceSuggestion::toJson() const
{
    return {{u"low"_s, low}, {u"high"_s, high}, {u"anchor"_s, anchor},
        {u"reference_modal"_s, optional(referenceModal)}, {u"sales_median"_s, optional(salesMedian)},
        {u"sales"_s, sales}, {u"basis"_s, basis}};
}

} // namespace boli::server
