// SPDX-License-Identifier: GPL-3.0-or-later
#include "prices/pricerow.h"

#include <QJsonValue>

namespace boli::server {
namespace {
using namespace Qt::StringLiterals;

/// The dataset has no prices beyond a few lakh rupees per quintal (saffron is the dear end); a
/// bigger figure is a typo or a unit mix-up, not a price.
constexpr Paise kMaxPricePerQuintal = 100'000'000LL * kPaisePerRupee;

std::variant<Paise, QString> readPrice(const QHash<QString, QString> &fields, const QString &key)
{
    const QString text = fields.value(key).trimmed();
    if (text.isEmpty()) {
        return u"%1 is missing"_s.arg(key);
    }
    const auto paise = parseRupees(text);
    if (!paise || *paise <= 0 || *paise > kMaxPricePerQuintal) {
        return u"%1 '%2' is not a price in rupees per quintal"_s.arg(key, text);
    }
    return *paise;
}
} // namespace

QString normalizedFieldName(const QString &name)
{
    QString key = name.trimmed().toLower();
    key.replace(u"_x0020_"_s, u"_"_s);
    key.replace(u' ', u'_');
    return key;
}

QDate parseArrivalDate(const QString &text)
{
    const QString trimmed = text.trimmed();
    QDate date = QDate::fromString(trimmed, u"dd/MM/yyyy"_s);
    if (!date.isValid()) {
        date = QDate::fromString(trimmed, Qt::ISODate);
    }
    return date;
}

std::variant<PriceRow, QString> parsePriceRow(const QHash<QString, QString> &fields)
{
    PriceRow row;
    const auto text = [&fields](const char16_t *key) {
        return fields.value(QString::fromUtf16(key)).trimmed();
    };
    row.state = text(u"state");
    row.district = text(u"district");
    row.market = text(u"market");
    row.commodity = text(u"commodity");
    row.variety = text(u"variety");
    row.grade = text(u"grade");
    for (const auto &[name, value] :
        {std::pair {u"state", &row.state}, std::pair {u"district", &row.district},
            std::pair {u"market", &row.market}, std::pair {u"commodity", &row.commodity}}) {
        if (value->isEmpty()) {
            return u"%1 is missing"_s.arg(QString::fromUtf16(name));
        }
    }
    const QString dateText = text(u"arrival_date");
    row.arrivalDate = parseArrivalDate(dateText);
    if (!row.arrivalDate.isValid()) {
        return dateText.isEmpty() ? u"arrival_date is missing"_s
                                  : u"arrival_date '%1' is not a DD/MM/YYYY date"_s.arg(dateText);
    }
    Paise *targets[] {&row.minPrice, &row.maxPrice, &row.modalPrice};
    const QString keys[] {u"min_price"_s, u"max_price"_s, u"modal_price"_s};
    for (int i = 0; i < 3; ++i) {
        const auto price = readPrice(fields, keys[i]);
        if (const auto *error = std::get_if<QString>(&price)) {
            return *error;
        }
        *targets[i] = std::get<Paise>(price);
    }
    if (row.minPrice > row.modalPrice || row.modalPrice > row.maxPrice) {
        return u"prices out of order: min %1, modal %2, max %3 (need min ≤ modal ≤ max)"_s.arg(
            formatRupees(row.minPrice), formatRupees(row.modalPrice), formatRupees(row.maxPrice));
    }
    return row;
}

std::variant<PriceRow, QString> parsePriceRow(const QJsonObject &record)
{
    QHash<QString, QString> fields;
    for (auto it = record.begin(); it != record.end(); ++it) {
        const QJsonValue value = it.value();
        // Whole numbers print without a fraction; prices are whole rupees in practice.
        fields.insert(normalizedFieldName(it.key()),
            value.isDouble() ? QString::number(value.toDouble(), 'f', 2) : value.toString());
    }
    return parsePriceRow(fields);
}

} // namespace boli::server
