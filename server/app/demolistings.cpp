// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/demolistings.h"

#include "app/serverparts.h"
#include "boli/clock.h"
#include "boli/identity.h"

namespace boli::server {
namespace {
using namespace Qt::StringLiterals;

struct DemoLot
{
    const char16_t *crop; ///< catalog code
    const char16_t *farmer; ///< demo farmer's phone
    const char16_t *variety;
    Kilograms quantityKg;
    const char16_t *mandi;
    const char16_t *district;
    const char16_t *state;
    Paise startPerQuintal;
    int minutes; ///< from auction_durations_minutes
    const char16_t *bidder; ///< a demo trader who opens the bidding, or empty
};

// Starting prices near the mandi modal prices of late 2026, per quintal.
constexpr DemoLot kLots[] {
    {u"wheat", u"9800000001", u"Sharbati", 2500, u"Khanna", u"Ludhiana", u"Punjab", 235000, 240,
        u"9700000001"},
    {u"paddy", u"9800000001", u"Basmati 1121", 4000, u"Karnal", u"Karnal", u"Haryana", 225000, 1440,
        u"9700000002"},
    {u"mustard", u"9800000002", u"Black", 1500, u"Kota", u"Kota", u"Rajasthan", 560000, 120, u"9700000003"},
    {u"soybean", u"9800000002", u"JS-335", 3000, u"Indore", u"Indore", u"Madhya Pradesh", 450000, 60, u""},
    {u"onion", u"9800000003", u"Red Nashik", 6000, u"Lasalgaon", u"Nashik", u"Maharashtra", 180000, 30,
        u"9700000001"},
    {u"potato", u"9800000003", u"Kufri Jyoti", 8000, u"Azadpur", u"North Delhi", u"Delhi", 120000, 240, u""},
    {u"tomato", u"9800000001", u"Hybrid", 1200, u"Kolar", u"Kolar", u"Karnataka", 150000, 15, u"9700000002"},
    {u"gram", u"9800000002", u"Desi", 2000, u"Bikaner", u"Bikaner", u"Rajasthan", 580000, 1440, u""},
    {u"tur", u"9800000003", u"Lal", 1800, u"Latur", u"Latur", u"Maharashtra", 950000, 120, u"9700000003"},
    {u"cotton", u"9800000001", u"Shankar-6", 5000, u"Rajkot", u"Rajkot", u"Gujarat", 720000, 240, u""},
    {u"turmeric", u"9800000002", u"Salem", 1000, u"Erode", u"Erode", u"Tamil Nadu", 1300000, 60,
        u"9700000001"},
    {u"maize", u"9800000003", u"Yellow", 7000, u"Gulabbagh", u"Purnia", u"Bihar", 210000, 1440,
        u"9700000002"},
};

std::optional<qint64> cropIdByCode(const CatalogRepository &catalog, const QString &code)
{
    for (const Crop &crop : catalog.crops()) {
        if (crop.code == code) {
            return crop.id;
        }
    }
    return std::nullopt;
}
} // namespace

DemoListings::DemoListings(ServerParts &parts, const Clock &clock)
    : m_parts(parts)
    , m_clock(clock)
{ }

QString DemoListings::seed()
{
    const auto firstFarmer = m_parts.users.byLogin(*normalizePhone(u"9800000001"));
    if (!firstFarmer) {
        return u"Demo listings: skipped (no demo farmers)"_s;
    }
    if (SqlQuery(*m_parts.database, u"SELECT COUNT(*) FROM listings WHERE seller_id = :s"_s)
            .bind(u":s"_s, firstFarmer->id)
            .scalar()
            .toLongLong()
        > 0) {
        return u"Demo listings: already there"_s;
    }
    int created = 0;
    for (const DemoLot &lot : kLots) {
        const auto farmer = m_parts.users.byLogin(*normalizePhone(QString::fromUtf16(lot.farmer)));
        const auto cropId = cropIdByCode(m_parts.catalog, QString::fromUtf16(lot.crop));
        if (!farmer || !cropId) {
            continue;
        }
        const qint64 now = m_clock.nowMs();
        ListingRecord listing;
        listing.sellerId = farmer->id;
        listing.createdBy = farmer->id;
        listing.cropId = *cropId;
        listing.variety = QString::fromUtf16(lot.variety);
        listing.grade = u"FAQ"_s;
        listing.quantityKg = lot.quantityKg;
        listing.mandi = QString::fromUtf16(lot.mandi);
        listing.district = QString::fromUtf16(lot.district);
        listing.state = QString::fromUtf16(lot.state);
        listing.startingPrice = lot.startPerQuintal;
        listing.increments = m_parts.settings.value(u"bid_increments"_s).toArray();
        listing.durationMinutes = lot.minutes;
        listing.startsAt = now;
        listing.scheduledEndsAt = now + qint64(lot.minutes) * 60'000;
        const auto result = m_parts.market.create(listing, AuditActor::system());
        if (std::holds_alternative<Error>(result)) {
            continue;
        }
        const qint64 id = std::get<ListingRecord>(result).id;
        // Demo data skips the review queue: the system approves and starts each lot at once.
        const auto approve = [](Auction &a) {
            return a.status() == ListingStatus::PendingReview ? a.moveTo(ListingStatus::Scheduled)
                                                              : a.moveTo(ListingStatus::Live);
        };
        QCoro::waitFor(m_parts.market.apply({id, u"demo.approve"_s, AuditActor::system(), approve, {}}));
        if (m_parts.market.running(id)
            && m_parts.market.running(id)->auction.status() == ListingStatus::Scheduled) {
            QCoro::waitFor(m_parts.market.apply({id, u"demo.start"_s, AuditActor::system(), approve, {}}));
        }
        const QString bidderPhone = QString::fromUtf16(lot.bidder);
        if (const auto bidder =
                bidderPhone.isEmpty() ? std::nullopt : m_parts.users.byLogin(*normalizePhone(bidderPhone))) {
            const BidRequest bid {bidder->id, lot.startPerQuintal, false};
            const AuctionRules rules = m_parts.market.rulesFor(std::get<ListingRecord>(result));
            const qint64 at = m_clock.nowMs();
            const AuditActor actor {bidder->id, roleName(bidder->role), u"demo"_s, u"local"_s};
            QCoro::waitFor(m_parts.market.apply({id, u"bid.place"_s, actor,
                [bid, at, rules](Auction &a) { return a.placeBid(bid, at, rules); }, {}}));
        }
        ++created;
    }
    return u"Demo listings: %1 live lots created"_s.arg(created);
}

} // namespace boli::server
