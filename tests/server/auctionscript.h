// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/auction.h"

#include <QStringList>
#include <functional>

/// The engine tests' table language: one listing (id 7, seller 1) live from T0 for an hour, bidders
/// named by letters, times written "mm:ss[.mmm]" after T0.
namespace boli::test::script {

inline constexpr UtcMs T0 = 1'700'000'000'000;
inline constexpr qint64 kSecond = 1'000;
inline constexpr qint64 kMinute = 60 * kSecond;
inline constexpr qint64 kSeller = 1;
inline constexpr UtcMs kEnd = T0 + 60 * kMinute;

constexpr Paise rupees(qint64 r)
{
    return r * kPaisePerRupee;
}

/// The default bid_increments: ₹10 below ₹1,000, ₹25 to ₹5,000, ₹50 to ₹10,000, ₹100 above.
server::AuctionRules defaultRules();
/// Live from T0 to T0 + 1 h, starting at ₹500 a quintal, Buy Now ₹2,000 unless told otherwise.
server::ListingTerms terms(qint64 reserveRupees = 0, bool sealed = false, qint64 buyNowRupees = 2'000);
/// Bidders are letters in the tables: A = 11, B = 12, ...; S is the seller.
qint64 bidder(QChar letter);
QString letter(std::optional<qint64> id);
QString errorName(const server::AuctionResult &result);
/// "mm:ss" (or "mm:ss.mmm") after T0.
QString clockText(UtcMs at);
UtcMs parseClock(QStringView text);

/// @brief Runs a table's steps against one auction and keeps the ledger it writes.
///
/// Commands: "A bid 600", "A max 800" (proxy), "B buynow", "S accept" (take the highest bid),
/// "S cancel", "S yes" / "S no" (answer the confirmation), "admin cancel", "close", "timeout",
/// "move <status>"; each at "@mm:ss[.mmm]" after T0, else at T0 + (i + 1) minutes. Switches:
/// "proxy|buynow on|off", "snipe|cap <seconds>", "confirm <minutes>".
struct AuctionScript
{
    server::Auction auction;
    server::AuctionRules rules = defaultRules();
    server::AuctionChange last;
    QList<server::LedgerEntry> ledger;

    explicit AuctionScript(
        server::ListingTerms t, server::ListingStatus status = server::ListingStatus::Live);

    /// "-" for a switch, else the error name, or "" when accepted.
    QString run(const QString &step, int index);
    /// Every step's outcome: "-" for a switch, the error name, or `show()` after an accepted command.
    QStringList runAll(const QStringList &steps, const std::function<QString()> &show);
    /// As run(), but "<price> <leader>" when accepted.
    QString runPriced(const QString &step, int index);
    /// Runs the steps, checking each outcome of runPriced() against `after` while it has one.
    void runExpecting(const QStringList &steps, const QStringList &after);

    [[nodiscard]] QString status() const;
    /// "<price in rupees> <leader letter>".
    [[nodiscard]] QString priceAndLeader() const;
};

} // namespace boli::test::script

Q_DECLARE_METATYPE(boli::server::ListingStatus)
