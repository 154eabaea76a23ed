// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "testserver.h"

namespace boli::test {

/// For tst_admin_*.qml: two lots of the first demo farmer waiting in the moderation queue (review
/// is on by default), created the way `listing.create` stores them.
inline void seedPendingListings(TestServer &server)
{
    using namespace Qt::StringLiterals;
    auto &parts = server.parts();
    const auto farmer = parts.users.byLogin(u"+919800000001"_s);
    if (!farmer) {
        qFatal("the demo farmer is missing: seed the demo accounts first");
    }
    const auto crops = parts.catalog.crops();
    qint64 wheat = crops.first().id;
    for (const auto &crop : crops) {
        if (crop.code == u"wheat"_s) {
            wheat = crop.id;
        }
    }
    const qint64 now = server.clock().nowMs();
    for (const auto &[variety, kg] : {std::pair {u"Sharbati"_s, 4000}, std::pair {u"Lokwan"_s, 2500}}) {
        server::ListingRecord listing;
        listing.sellerId = farmer->id;
        listing.createdBy = farmer->id;
        listing.cropId = wheat;
        listing.variety = variety;
        listing.grade = u"FAQ"_s;
        listing.quantityKg = kg;
        listing.mandi = u"Sehore"_s;
        listing.district = u"Sehore"_s;
        listing.state = u"Madhya Pradesh"_s;
        listing.startingPrice = 245'000;
        listing.increments = parts.settings.value(u"bid_increments"_s).toArray();
        listing.durationMinutes = 60;
        listing.startsAt = now;
        listing.scheduledEndsAt = now + 60 * 60'000;
        if (std::holds_alternative<Error>(parts.market.create(listing, server::AuditActor::system()))) {
            qFatal("cannot seed a pending listing");
        }
    }
}

} // namespace boli::test
