// SPDX-License-Identifier: GPL-3.0-or-later
#include "boli/money.h"

namespace boli {
namespace {
// ₹10,00,00,00,000 crore-scale cap: far above any lot, far below overflow when multiplied by kg.
constexpr Paise kMaxParsedPaise = Paise(1'000'000'000'000);

QString groupIndian(quint64 rupees)
{
    QString digits = QString::number(rupees);
    if (digits.size() <= 3) {
        return digits;
    }
    QString grouped = digits.right(3);
    digits.chop(3);
    while (digits.size() > 2) {
        grouped.prepend(digits.right(2) + QLatin1Char(','));
        digits.chop(2);
    }
    return digits + QLatin1Char(',') + grouped;
}
} // namespace

QString formatRupees(Paise amount)
{
    const bool negative = amount < 0;
    // Unsigned negation is defined even for the smallest qint64.
    const quint64 magnitude = negative ? 0 - static_cast<quint64>(amount) : static_cast<quint64>(amount);
    QString text = QStringLiteral("₹") + groupIndian(magnitude / kPaisePerRupee);
    if (const quint64 paise = magnitude % kPaisePerRupee; paise != 0) {
        text += QStringLiteral(".%1").arg(paise, 2, 10, QLatin1Char('0'));
    }
    return negative ? QLatin1Char('-') + text : text;
}

std::optional<Paise> parseRupees(QStringView text)
{
    text = text.trimmed();
    if (text.startsWith(QStringLiteral("₹"))) {
        text = text.mid(1).trimmed();
    }
    Paise rupees = 0;
    Paise paise = 0;
    int decimals = -1; // -1: before the decimal point
    int digits = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        // A grouping comma sits between two digits of the rupee part, nowhere else.
        const bool digitAfter =
            i + 1 < text.size() && text.at(i + 1).unicode() >= '0' && text.at(i + 1).unicode() <= '9';
        if (c == QLatin1Char(',') && decimals < 0 && digits > 0 && digitAfter) {
            continue;
        }
        if (c == QLatin1Char('.') && decimals < 0) {
            decimals = 0;
            continue;
        }
        if (!c.isDigit() || c.unicode() > '9') {
            return std::nullopt;
        }
        const int digit = c.unicode() - '0';
        if (decimals < 0) {
            rupees = rupees * 10 + digit;
            ++digits;
            if (rupees * kPaisePerRupee > kMaxParsedPaise) {
                return std::nullopt;
            }
        } else if (++decimals <= 2) {
            paise = paise * 10 + digit;
        } else {
            return std::nullopt;
        }
    }
    if (digits == 0 || decimals == 0) {
        return std::nullopt;
    }
    if (decimals == 1) {
        paise *= 10;
    }
    const Paise total = rupees * kPaisePerRupee + paise;
    if (total > kMaxParsedPaise) {
        return std::nullopt;
    }
    return total;
}

Paise totalForQuantity(Paise pricePerQuintal, Kilograms quantity)
{
    return (pricePerQuintal * quantity + kKgPerQuintal / 2) / kKgPerQuintal;
}

} // namespace boli
