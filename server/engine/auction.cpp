// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/auction.h"

#include "settings/settingsregistry.h"

#include "boli/enumnames.h"
#include <algorithm>

namespace boli::server {
namespace {
using namespace Qt::StringLiterals;

constexpr EnumNames kKindNames {std::array {
    std::pair {BidKind::Manual, u"manual"},
    std::pair {BidKind::Auto, u"auto"},
    std::pair {BidKind::BuyNow, u"buy_now"},
    std::pair {BidKind::Sealed, u"sealed"},
}};

/// The most any anti_snipe_seconds value can move an end past a bid.
qint64 maxAntiSnipeMs()
{
    const SettingDefinition *definition = SettingsRegistry::find(u"anti_snipe_seconds"_s);
    return definition ? definition->max * 1'000 : 0;
}

Error tooLow(Paise minimum)
{
    return Error::of(ErrorCode::BidTooLow, u"the lowest bid now is %1"_s.arg(formatRupees(minimum)));
}
} // namespace

QString bidKindName(BidKind kind)
{
    return kKindNames.name(kind);
}

std::optional<BidKind> bidKindFromName(const QString &name)
{
    return kKindNames.fromName(name);
}

Auction::Auction(ListingTerms terms, ListingStatus status)
    : m_terms(std::move(terms))
    , m_status(status)
    , m_endsAt(m_terms.scheduledEndsAt)
{ }

bool Auction::reserveMet() const
{
    return hasBids() && (!m_terms.reservePrice || m_price >= *m_terms.reservePrice);
}

bool Auction::buyNowAvailable(const AuctionRules &rules) const
{
    if (!rules.buyNow || !m_terms.buyNowPrice || m_terms.format != AuctionFormat::Open
        || m_status != ListingStatus::Live) {
        return false;
    }
    // Offered until the first bid; with a reserve, until the reserve is met.
    return m_terms.reservePrice ? !reserveMet() : !hasBids();
}

Paise Auction::minimumBid(const AuctionRules &rules) const
{
    if (!hasBids() || m_terms.format == AuctionFormat::Sealed) {
        return m_terms.startingPrice;
    }
    return rules.increments.nextAbove(m_price);
}

std::optional<Paise> Auction::maximumOf(qint64 bidderId) const
{
    const auto it = m_maxima.constFind(bidderId);
    return it == m_maxima.cend() ? std::nullopt : std::optional<Paise>(it->amount);
}

std::optional<Error> Auction::checkBiddable(qint64 bidderId, UtcMs now) const
{
    if (m_status != ListingStatus::Live || now < m_terms.startsAt) {
        return Error::of(ErrorCode::ListingNotLive);
    }
    if (now >= m_endsAt) {
        return Error::of(ErrorCode::AuctionEnded);
    }
    if (bidderId == m_terms.sellerId) {
        return Error::of(ErrorCode::OwnListing);
    }
    return std::nullopt;
}

std::pair<std::optional<qint64>, std::optional<qint64>> Auction::topTwo() const
{
    std::optional<qint64> best;
    std::optional<qint64> second;
    auto beats = [this](qint64 a, qint64 b) {
        const Maximum &x = m_maxima[a];
        const Maximum &y = m_maxima[b];
        return x.amount > y.amount || (x.amount == y.amount && x.seq < y.seq);
    };
    for (auto it = m_maxima.cbegin(); it != m_maxima.cend(); ++it) {
        if (!best || beats(it.key(), *best)) {
            second = best;
            best = it.key();
        } else if (!second || beats(it.key(), *second)) {
            second = it.key();
        }
    }
    return {best, second};
}

LedgerEntry Auction::append(
    AuctionChange &change, qint64 bidder, Paise amount, Paise maximum, bool proxy, BidKind kind, UtcMs now)
{
    if (!m_aliases.contains(bidder)) {
        m_aliases.insert(bidder, int(m_aliases.size()) + 1);
    }
    LedgerEntry entry {++m_lastSeq, bidder, amount, maximum, proxy, kind, now, m_endsAt};
    change.entries.append(entry);
    return entry;
}

void Auction::extendIfSniped(AuctionChange &change, UtcMs now, const AuctionRules &rules)
{
    if (rules.antiSnipeMs <= 0 || m_endsAt - now > rules.antiSnipeMs) {
        return;
    }
    UtcMs extended = now + rules.antiSnipeMs;
    if (rules.extensionCapMs > 0) {
        extended = std::min(extended, m_terms.scheduledEndsAt + rules.extensionCapMs);
    }
    if (extended > m_endsAt) {
        m_endsAt = extended;
        change.extended = true;
        // Every entry of this command records the end it left behind.
        for (LedgerEntry &entry : change.entries) {
            entry.endsAtMs = m_endsAt;
        }
    }
}

AuctionResult Auction::placeBid(const BidRequest &request, UtcMs now, const AuctionRules &rules)
{
    if (auto error = checkBiddable(request.bidderId, now)) {
        return *error;
    }
    if (request.amount <= 0) {
        return Error::of(ErrorCode::InvalidValue, u"a bid must be more than zero"_s);
    }
    return m_terms.format == AuctionFormat::Sealed ? placeSealedBid(request, now)
                                                   : placeOpenBid(request, now, rules);
}

AuctionResult Auction::placeOpenBid(const BidRequest &request, UtcMs now, const AuctionRules &rules)
{
    if (request.proxy && !rules.proxyBidding) {
        return Error::of(ErrorCode::ProxyDisabled, u"proxy bidding is switched off; bid a plain amount"_s);
    }
    const Paise bid = request.amount;
    const std::optional<Paise> reserve = m_terms.reservePrice;
    AuctionChange change;
    change.priceBefore = m_price;
    const std::optional<qint64> leaderBefore = m_leaderId;

    if (leaderBefore == request.bidderId) {
        const Paise own = m_maxima.value(request.bidderId).amount;
        if (bid <= own) {
            return Error::of(ErrorCode::BidTooLow, u"raise your maximum above %1"_s.arg(formatRupees(own)));
        }
        // Like every later bid, a raise reaches at least the price plus one step.
        if (const Paise minimum = minimumBid(rules); bid < minimum) {
            return tooLow(minimum);
        }
        if (!request.proxy) {
            // A plain bid is never a hidden maximum the server bids from: it is the price.
            m_price = bid;
        } else if (reserve && bid >= *reserve && m_price < *reserve) {
            // A raised maximum leaves the price alone, except up to a reserve it now meets.
            m_price = *reserve;
        }
        m_maxima[request.bidderId] = Maximum {bid, m_lastSeq + 1};
        append(change, request.bidderId, m_price, bid, request.proxy, BidKind::Manual, now);
        extendIfSniped(change, now, rules);
        return change;
    }

    const Paise minimum = minimumBid(rules);
    if (bid < minimum) {
        return tooLow(minimum);
    }
    m_maxima[request.bidderId] = Maximum {bid, m_lastSeq + 1};
    const auto [leader, second] = topTwo();
    Paise price = 0;
    if (!leaderBefore) {
        price = request.proxy ? m_terms.startingPrice : bid;
        if (reserve && bid >= *reserve && price < *reserve) {
            price = *reserve;
        }
        append(change, request.bidderId, price, bid, request.proxy, BidKind::Manual, now);
    } else if (leader == request.bidderId) {
        // The challenger takes the lead; the old leader's proxy had bid up to its maximum.
        const Paise beaten = m_maxima.value(*leaderBefore).amount;
        if (beaten > m_price) {
            append(change, *leaderBefore, beaten, 0, true, BidKind::Auto, now);
        }
        price = request.proxy ? std::min(bid, rules.increments.nextAbove(beaten)) : bid;
        if (reserve && bid >= *reserve && price < *reserve) {
            price = *reserve;
        }
        append(change, request.bidderId, price, bid, request.proxy, BidKind::Manual, now);
        change.outbidUserId = *leaderBefore;
    } else {
        // The leader's maximum holds: the challenger's bid stands at its amount and the leader's proxy
        // answers one step above it (or at its maximum, which wins a tie by being earlier).
        const Paise holding = m_maxima.value(*leader).amount;
        append(change, request.bidderId, bid, bid, request.proxy, BidKind::Manual, now);
        price = std::min(holding, rules.increments.nextAbove(bid));
        if (reserve && holding >= *reserve && price < *reserve) {
            price = *reserve;
        }
        append(change, *leader, price, 0, true, BidKind::Auto, now);
        change.outbidUserId = request.bidderId;
    }
    Q_UNUSED(second)
    m_price = price;
    m_leaderId = leader;
    extendIfSniped(change, now, rules);
    return change;
}

AuctionResult Auction::placeSealedBid(const BidRequest &request, UtcMs now)
{
    if (request.proxy) {
        return Error::of(ErrorCode::ProxyDisabled, u"sealed auctions take plain bids"_s);
    }
    if (request.amount < m_terms.startingPrice) {
        return tooLow(m_terms.startingPrice);
    }
    if (const auto own = maximumOf(request.bidderId); own && request.amount <= *own) {
        return Error::of(
            ErrorCode::BidTooLow, u"a new sealed bid must be above your last, %1"_s.arg(formatRupees(*own)));
    }
    AuctionChange change;
    change.priceBefore = m_price;
    m_maxima[request.bidderId] = Maximum {request.amount, m_lastSeq + 1};
    append(change, request.bidderId, request.amount, request.amount, false, BidKind::Sealed, now);
    // Kept for the close; never shown while the auction runs. No extension in a sealed auction.
    const auto leader = topTwo().first;
    m_leaderId = leader;
    m_price = m_maxima.value(*leader).amount;
    return change;
}

AuctionResult Auction::buyNow(qint64 buyerId, UtcMs now, const AuctionRules &rules)
{
    if (auto error = checkBiddable(buyerId, now)) {
        return *error;
    }
    if (!buyNowAvailable(rules)) {
        return Error::of(ErrorCode::BuyNowUnavailable);
    }
    AuctionChange change;
    change.priceBefore = m_price;
    change.outbidUserId = m_leaderId;
    m_price = *m_terms.buyNowPrice;
    m_leaderId = buyerId;
    m_maxima[buyerId] = Maximum {m_price, m_lastSeq + 1};
    append(change, buyerId, m_price, m_price, false, BidKind::BuyNow, now);
    m_status = ListingStatus::Sold;
    change.statusAfter = m_status;
    return change;
}

AuctionResult Auction::acceptHighest(qint64 sellerId, UtcMs now)
{
    if (sellerId != m_terms.sellerId) {
        return Error::of(ErrorCode::Forbidden, u"only the seller may accept a bid"_s);
    }
    if (m_status != ListingStatus::Live) {
        return Error::of(ErrorCode::ListingNotLive);
    }
    if (now >= m_endsAt) {
        // From the end on, the close decides: the reserve and the farmer's confirmation apply.
        return Error::of(ErrorCode::AuctionEnded);
    }
    if (m_terms.format == AuctionFormat::Sealed) {
        return Error::of(ErrorCode::InvalidTransition, u"sealed bids are opened only at the close"_s);
    }
    if (!hasBids()) {
        return Error::of(ErrorCode::NotFound, u"there is no bid to accept"_s);
    }
    return transition(ListingStatus::Sold);
}

AuctionResult Auction::transition(ListingStatus to)
{
    if (!canTransition(m_status, to)) {
        return Error::of(ErrorCode::InvalidTransition,
            u"a listing cannot go from %1 to %2"_s.arg(listingStatusName(m_status), listingStatusName(to)));
    }
    AuctionChange change;
    change.priceBefore = m_price;
    change.statusBefore = m_status;
    m_status = to;
    change.statusAfter = to;
    return change;
}

AuctionResult Auction::moveTo(ListingStatus to)
{
    // Selling, closing and cancelling have their own rules; this is only the way to go live.
    if (to != ListingStatus::PendingReview && to != ListingStatus::Scheduled && to != ListingStatus::Live) {
        return Error::of(ErrorCode::InvalidTransition,
            u"use the matching operation to make a listing %1"_s.arg(listingStatusName(to)));
    }
    return transition(to);
}

AuctionResult Auction::cancelBySeller(qint64 sellerId)
{
    if (sellerId != m_terms.sellerId) {
        return Error::of(ErrorCode::Forbidden, u"only the seller may withdraw a listing"_s);
    }
    if (hasBids()) {
        return Error::of(ErrorCode::ListingHasBids, u"a listing with bids can no longer be withdrawn"_s);
    }
    return transition(ListingStatus::Cancelled);
}

AuctionResult Auction::cancelByAdmin()
{
    return transition(ListingStatus::Cancelled);
}

AuctionResult Auction::close(UtcMs now, const AuctionRules &rules)
{
    if (m_status != ListingStatus::Live) {
        return Error::of(ErrorCode::ListingNotLive);
    }
    if (now < m_endsAt) {
        return Error::of(ErrorCode::InvalidTransition, u"the auction has not reached its end"_s);
    }
    if (!reserveMet()) {
        return transition(ListingStatus::Unsold);
    }
    if (rules.sellerConfirmationMs > 0) {
        m_confirmationDeadline = now + rules.sellerConfirmationMs;
        return transition(ListingStatus::AwaitingConfirmation);
    }
    return transition(ListingStatus::Sold);
}

AuctionResult Auction::confirm(qint64 sellerId, bool accept)
{
    if (sellerId != m_terms.sellerId) {
        return Error::of(ErrorCode::Forbidden, u"only the seller may answer"_s);
    }
    if (m_status != ListingStatus::AwaitingConfirmation) {
        return Error::of(ErrorCode::InvalidTransition, u"the listing is not waiting for your answer"_s);
    }
    return transition(accept ? ListingStatus::Sold : ListingStatus::Unsold);
}

AuctionResult Auction::confirm(qint64 sellerId, bool accept, UtcMs now)
{
    if (sellerId == m_terms.sellerId && m_status == ListingStatus::AwaitingConfirmation
        && m_confirmationDeadline && now >= *m_confirmationDeadline) {
        return Error::of(
            ErrorCode::InvalidTransition, u"the confirmation window has passed; the bid stands"_s);
    }
    return confirm(sellerId, accept);
}

AuctionResult Auction::confirmationTimedOut(UtcMs now)
{
    if (m_status != ListingStatus::AwaitingConfirmation || !m_confirmationDeadline
        || now < *m_confirmationDeadline) {
        return Error::of(ErrorCode::InvalidTransition, u"the confirmation window is still open"_s);
    }
    return transition(ListingStatus::Sold);
}

std::optional<Error> Auction::replay(const QList<LedgerEntry> &ledger, const AuctionRules &listingRules)
{
    // What the ledger holds was allowed when it was placed, whatever the switches say today.
    AuctionRules rules = listingRules;
    rules.proxyBidding = true;
    rules.buyNow = true;
    qsizetype next = 0;
    while (next < ledger.size()) {
        // A command's own row may follow the Auto row it caused: a beaten leader's proxy bids first.
        qsizetype cause = next;
        while (cause < ledger.size() && ledger.at(cause).kind == BidKind::Auto) {
            ++cause;
        }
        if (cause == ledger.size()) {
            return Error::of(ErrorCode::Conflict,
                u"ledger entry %1 is an automatic bid nothing asked for"_s.arg(ledger.at(next).seq));
        }
        const LedgerEntry &asked = ledger.at(cause);
        const UtcMs endBefore = m_endsAt;
        const AuctionResult result = asked.kind == BidKind::BuyNow
            ? buyNow(asked.bidderId, asked.atMs, rules)
            : placeBid(BidRequest {asked.bidderId, asked.maximum, asked.proxy}, asked.atMs, rules);
        if (const auto *error = std::get_if<Error>(&result)) {
            return Error::of(ErrorCode::Conflict,
                u"ledger entry %1 no longer applies: %2"_s.arg(asked.seq).arg(error->message));
        }
        const qsizetype first = next;
        for (LedgerEntry made : std::get<AuctionChange>(result).entries) {
            // The end after each entry is taken from the ledger, not recomputed from today's setting.
            made.endsAtMs = next < ledger.size() ? ledger.at(next).endsAtMs : made.endsAtMs;
            if (next >= ledger.size() || !(made == ledger.at(next))) {
                return Error::of(ErrorCode::Conflict, u"ledger entry %1 does not reproduce"_s.arg(made.seq));
            }
            ++next;
        }
        // The stored end wins: it records the anti-sniping setting of the day. It can only have
        // moved as anti-sniping moves it: later, on an open bid, to at most the largest setting after it.
        const UtcMs stored = ledger.at(next - 1).endsAtMs;
        const bool oneEnd = std::all_of(ledger.cbegin() + first, ledger.cbegin() + next,
            [stored](const LedgerEntry &e) { return e.endsAtMs == stored; });
        const bool canMove = asked.kind == BidKind::Manual && stored <= asked.atMs + maxAntiSnipeMs();
        if (!oneEnd || stored < endBefore || (stored > endBefore && !canMove)) {
            return Error::of(ErrorCode::Conflict,
                u"ledger entry %1 moves the end as no anti-sniping could"_s.arg(asked.seq));
        }
        m_endsAt = stored;
    }
    return std::nullopt;
}

void Auction::restore(ListingStatus status, std::optional<UtcMs> confirmationDeadline)
{
    m_status = status;
    m_confirmationDeadline = confirmationDeadline;
}

} // namespace boli::server
