// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boli/errorcode.h"
#include "boli/money.h"
#include "engine/incrementtable.h"
#include "engine/listingstatus.h"

#include <QHash>
#include <QList>
#include <optional>
#include <variant>

namespace boli::server {

/// @brief The settings a command is judged by, read at the moment it arrives (they change live).
struct AuctionRules
{
    qint64 antiSnipeMs = 30'000;
    qint64 extensionCapMs = 0; ///< most the end may move in total; 0: no cap
    bool proxyBidding = true;
    bool buyNow = true;
    qint64 sellerConfirmationMs = 0; ///< 0: a close above reserve sells at once
    IncrementTable increments;
};

/// @brief What the seller fixed when listing: never changes once the listing is live.
struct ListingTerms
{
    qint64 listingId = 0;
    qint64 sellerId = 0;
    AuctionFormat format = AuctionFormat::Open;
    Paise startingPrice = 0; ///< per quintal
    std::optional<Paise> reservePrice; ///< hidden; below it at the close means unsold
    std::optional<Paise> buyNowPrice;
    UtcMs startsAt = 0;
    UtcMs scheduledEndsAt = 0;
};

enum class BidKind {
    Manual, ///< placed by the bidder
    Auto, ///< placed by the server for a bidder's proxy maximum
    BuyNow,
    Sealed,
};

[[nodiscard]] QString bidKindName(BidKind kind);
[[nodiscard]] std::optional<BidKind> bidKindFromName(const QString &name);

/// @brief One row of a listing's append-only bid ledger.
struct LedgerEntry
{
    qint64 seq = 0; ///< 1, 2, 3 ... per listing
    qint64 bidderId = 0;
    Paise amount = 0; ///< the price this entry put its bidder at
    Paise maximum = 0; ///< the bidder's maximum as asked (Manual/Sealed); 0 for Auto
    bool proxy = false; ///< Manual: asked as a proxy maximum rather than a plain bid
    BidKind kind = BidKind::Manual;
    UtcMs atMs = 0;
    UtcMs endsAtMs = 0; ///< the auction's end after this entry, so a replay needs no old settings

    bool operator==(const LedgerEntry &) const = default;
};

/// @brief A bid as asked: a plain amount, or a proxy maximum the server bids up to.
struct BidRequest
{
    qint64 bidderId = 0;
    Paise amount = 0;
    bool proxy = false;
};

/// @brief What one accepted command changed; the caller stores it in one transaction.
struct AuctionChange
{
    QList<LedgerEntry> entries;
    ListingStatus statusBefore = ListingStatus::Live;
    ListingStatus statusAfter = ListingStatus::Live;
    bool extended = false;
    std::optional<qint64> outbidUserId; ///< the bidder who lost the lead to this command
    Paise priceBefore = 0;
};

using AuctionResult = std::variant<AuctionChange, Error>;

/// @brief One listing's auction: its state and every rule that moves it (docs/auction-rules.md).
///
/// Pure: time comes in as arguments, nothing is stored. The same commands in the same order give
/// the same state, which is what lets a listing be rebuilt by replaying its ledger.
class Auction
{
public:
    Auction(ListingTerms terms, ListingStatus status);

    // Bidding while live
    AuctionResult placeBid(const BidRequest &request, UtcMs now, const AuctionRules &rules);
    AuctionResult buyNow(qint64 buyerId, UtcMs now, const AuctionRules &rules);
    /// The seller takes the current highest bid before the end (open auctions with a bid).
    AuctionResult acceptHighest(qint64 sellerId, UtcMs now);

    // Life cycle
    AuctionResult moveTo(ListingStatus to);
    /// The seller withdraws: only before the first bid.
    AuctionResult cancelBySeller(qint64 sellerId);
    /// An admin cancels at any time before a final status.
    AuctionResult cancelByAdmin();
    /// Called at or after the end: sold, unsold, or awaiting the farmer's confirmation.
    AuctionResult close(UtcMs now, const AuctionRules &rules);
    /// The farmer answers the confirmation request. Has no clock: prefer the overload below.
    AuctionResult confirm(qint64 sellerId, bool accept);
    /// The farmer answers at `now`: refused once the window has passed, since no answer in time
    /// already accepted the bid (confirmationTimedOut then sells it).
    AuctionResult confirm(qint64 sellerId, bool accept, UtcMs now);
    /// No answer within the window accepts the bid.
    AuctionResult confirmationTimedOut(UtcMs now);

    /// Re-applies stored entries in order (Auto rows are derived again and checked).
    /// Returns an error naming the first entry that does not reproduce.
    std::optional<Error> replay(const QList<LedgerEntry> &ledger, const AuctionRules &rules);
    /// After a replay, puts back what only the listing row knows: a status reached without a bid
    /// (closed, accepted, cancelled) and the confirmation deadline.
    void restore(ListingStatus status, std::optional<UtcMs> confirmationDeadline);

    // What it looks like now
    [[nodiscard]] const ListingTerms &terms() const { return m_terms; }
    [[nodiscard]] ListingStatus status() const { return m_status; }
    [[nodiscard]] UtcMs endsAt() const { return m_endsAt; }
    [[nodiscard]] Paise price() const { return m_price; }
    [[nodiscard]] std::optional<qint64> leaderId() const { return m_leaderId; }
    [[nodiscard]] int bidCount() const { return m_lastSeq; }
    [[nodiscard]] qint64 lastSeq() const { return m_lastSeq; }
    [[nodiscard]] bool hasBids() const { return m_lastSeq > 0; }
    [[nodiscard]] bool reserveMet() const;
    [[nodiscard]] bool buyNowAvailable(const AuctionRules &rules) const;
    /// The lowest amount a new bid must reach; the leader's raise must also pass their own maximum.
    [[nodiscard]] Paise minimumBid(const AuctionRules &rules) const;
    /// "Bidder N": N counts bidders in the order they first bid, the same for everyone.
    [[nodiscard]] int bidderAlias(qint64 bidderId) const { return m_aliases.value(bidderId, 0); }
    [[nodiscard]] std::optional<UtcMs> confirmationDeadline() const { return m_confirmationDeadline; }
    [[nodiscard]] std::optional<Paise> maximumOf(qint64 bidderId) const;

private:
    struct Maximum
    {
        Paise amount = 0;
        qint64 seq = 0; ///< when it was set: on equal maxima the earlier wins
    };

    std::optional<Error> checkBiddable(qint64 bidderId, UtcMs now) const;
    AuctionResult placeOpenBid(const BidRequest &request, UtcMs now, const AuctionRules &rules);
    AuctionResult placeSealedBid(const BidRequest &request, UtcMs now);
    /// The two highest maxima, best first (ties: earlier first).
    [[nodiscard]] std::pair<std::optional<qint64>, std::optional<qint64>> topTwo() const;
    LedgerEntry append(AuctionChange &change, qint64 bidder, Paise amount, Paise maximum, bool proxy,
        BidKind kind, UtcMs now);
    void extendIfSniped(AuctionChange &change, UtcMs now, const AuctionRules &rules);
    AuctionResult transition(ListingStatus to);

    ListingTerms m_terms;
    ListingStatus m_status;
    UtcMs m_endsAt;
    Paise m_price = 0; ///< 0 until the first bid; sealed: the highest amount, never shown before the close
    std::optional<qint64> m_leaderId;
    qint64 m_lastSeq = 0;
    QHash<qint64, Maximum> m_maxima; ///< per bidder; sealed: their current sealed amount
    QHash<qint64, int> m_aliases;
    std::optional<UtcMs> m_confirmationDeadline;
};

} // namespace boli::server
