// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace boli::client {

class Language;

/// @brief Turns the protocol's integers into what a farmer or trader reads: rupees in Indian
/// grouping, quantities, dates and countdowns in the current language.
///
/// Money stays integer paise until this last step. Exposed to QML as the `Fmt` singleton.
class Formatter : public QObject
{
    Q_OBJECT

public:
    explicit Formatter(const Language &language, QObject *parent = nullptr);

    /// "₹1,23,450" (paise shown only when non-zero).
    Q_INVOKABLE [[nodiscard]] QString rupees(qint64 paise) const;
    /// "₹4,500/quintal" in the current language.
    Q_INVOKABLE [[nodiscard]] QString perQuintal(qint64 paise) const;
    /// "2,500 kg" or "25 quintal" style quantity, grouped the Indian way.
    Q_INVOKABLE [[nodiscard]] QString quantity(qint64 kg) const;
    /// The total a buyer pays for `kg` at `paisePerQuintal`, formatted.
    Q_INVOKABLE [[nodiscard]] QString total(qint64 paisePerQuintal, qint64 kg) const;
    /// A UTC ms instant as local date and time, with month names in the current language.
    Q_INVOKABLE [[nodiscard]] QString dateTime(qint64 utcMs) const;
    Q_INVOKABLE [[nodiscard]] QString date(qint64 utcMs) const;
    /// "2:05:09", "4:59" or "0:07" for the time left; "0:00" once it has passed.
    Q_INVOKABLE [[nodiscard]] QString countdown(qint64 msLeft) const;
    /// Rupees typed by a user ("4,500.50") to paise, or -1 when the text is not an amount.
    Q_INVOKABLE [[nodiscard]] qint64 parseRupees(const QString &text) const;
    /// "66.7%": a percentage with one decimal in the current language's digits.
    Q_INVOKABLE [[nodiscard]] QString percent(double value) const;
    /// "+5.6%" or "−2.1%": a change, with its sign always shown.
    Q_INVOKABLE [[nodiscard]] QString signedPercent(double value) const;
    /// "1.5": a ratio with at most `decimals` decimals (trailing zeros dropped).
    Q_INVOKABLE [[nodiscard]] QString decimal(double value, int decimals = 1) const;
    /// An ISO date of the protocol ("2026-11-20", an India day) as "20 Nov 2026"; "" when invalid.
    Q_INVOKABLE [[nodiscard]] QString isoDate(const QString &iso) const;

private:
    const Language &m_language;
};

} // namespace boli::client
