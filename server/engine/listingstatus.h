// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace boli::server {

/// Where a listing is in its life. Sent and stored by name; append, never renumber.
enum class ListingStatus {
    Draft,
    PendingReview, ///< waiting for an admin while listing_review is on
    Scheduled, ///< approved; goes live at its start time
    Live,
    AwaitingConfirmation, ///< ended above reserve; the farmer accepts or rejects the highest bid
    Sold,
    Unsold,
    Cancelled,
};

[[nodiscard]] QString listingStatusName(ListingStatus status);
[[nodiscard]] std::optional<ListingStatus> listingStatusFromName(const QString &name);
/// Sold, unsold and cancelled are final: nothing leaves them.
[[nodiscard]] bool isFinal(ListingStatus status);
/// The only moves a listing can make (docs/auction-rules.md, "Statuses").
[[nodiscard]] bool canTransition(ListingStatus from, ListingStatus to);

/// How bids are seen while the auction runs.
enum class AuctionFormat {
    Open, ///< every bid public, proxy bidding and anti-sniping apply
    Sealed, ///< the mandi "secret auction": amounts hidden until the close
};

[[nodiscard]] QString auctionFormatName(AuctionFormat format);
[[nodiscard]] std::optional<AuctionFormat> auctionFormatFromName(const QString &name);

} // namespace boli::server
