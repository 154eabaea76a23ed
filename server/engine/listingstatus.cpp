// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/listingstatus.h"

#include "boli/enumnames.h"
#include <QList>

namespace boli::server {
namespace {
using namespace Qt::StringLiterals;
using Status = ListingStatus;

constexpr EnumNames kStatusNames {std::array {
    std::pair {Status::Draft, u"draft"},
    std::pair {Status::PendingReview, u"pending_review"},
    std::pair {Status::Scheduled, u"scheduled"},
    std::pair {Status::Live, u"live"},
    std::pair {Status::AwaitingConfirmation, u"awaiting_confirmation"},
    std::pair {Status::Sold, u"sold"},
    std::pair {Status::Unsold, u"unsold"},
    std::pair {Status::Cancelled, u"cancelled"},
}};

struct Move
{
    Status from;
    Status to;
};

// Every permitted transition; anything not listed is refused.
constexpr std::array kMoves {
    Move {Status::Draft, Status::PendingReview}, // submitted, review on
    Move {Status::Draft, Status::Scheduled}, // submitted, review off
    Move {Status::Draft, Status::Cancelled}, Move {Status::PendingReview, Status::Scheduled}, // approved
    Move {Status::PendingReview, Status::Cancelled}, // rejected with a reason, or withdrawn
    Move {Status::Scheduled, Status::Live}, // start time reached
    Move {Status::Scheduled, Status::Cancelled},
    Move {Status::Live, Status::Sold}, // Buy Now, seller accepts, or the close
    Move {Status::Live, Status::Unsold}, // no bid, or below reserve
    Move {Status::Live, Status::AwaitingConfirmation}, // close with seller confirmation on
    Move {Status::Live, Status::Cancelled}, // seller before any bid, or an admin
    Move {Status::AwaitingConfirmation, Status::Sold}, // farmer accepts, or the window passes
    Move {Status::AwaitingConfirmation, Status::Unsold}, // farmer rejects
    Move {Status::AwaitingConfirmation, Status::Cancelled}, // an admin
};
} // namespace

QString listingStatusName(ListingStatus status)
{
    return kStatusNames.name(status);
}

std::optional<ListingStatus> listingStatusFromName(const QString &name)
{
    return kStatusNames.fromName(name);
}

bool isFinal(ListingStatus status)
{
    return status == Status::Sold || status == Status::Unsold || status == Status::Cancelled;
}

bool canTransition(ListingStatus from, ListingStatus to)
{
    return std::any_of(
        kMoves.cbegin(), kMoves.cend(), [&](const Move &m) { return m.from == from && m.to == to; });
}

QString auctionFormatName(AuctionFormat format)
{
    return format == AuctionFormat::Sealed ? u"sealed"_s : u"open"_s;
}

std::optional<AuctionFormat> auctionFormatFromName(const QString &name)
{
    if (name == u"open"_s) {
        return AuctionFormat::Open;
    }
    if (name == u"sealed"_s) {
        return AuctionFormat::Sealed;
    }
    return std::nullopt;
}

} // namespace boli::server
