// SPDX-License-Identifier: GPL-3.0-or-later
#include "demosales.h"

#include "testclient.h"
#include "testserver.h"
#include "waitfor.h"

#include <QJsonArray>

namespace boli::test {
using namespace Qt::StringLiterals;

int sellDemoLots(TestServer &server, const QString &farmerPhone, const QString &pin)
{
    TestClient farmer;
    if (!boli::test::waitFor(farmer.open(server.port())).value_or(false)) {
        qFatal("sellDemoLots: cannot reach the test server");
    }
    const auto login = boli::test::waitFor(farmer.login(farmerPhone, pin, true));
    if (!login || !login->ok()) {
        qFatal("sellDemoLots: the farmer %s cannot log in", qPrintable(farmerPhone));
    }
    const auto mine = boli::test::waitFor(farmer.request(u"listings.mine"_s, {{u"status"_s, u"live"_s}}));
    if (!mine || !mine->ok()) {
        qFatal("sellDemoLots: listings.mine failed");
    }
    int sold = 0;
    const QJsonArray listings = mine->fields.value(u"listings"_s).toArray();
    for (const QJsonValue &value : listings) {
        const QJsonObject listing = value.toObject();
        if (listing.value(u"bid_count"_s).toInt() == 0) {
            continue;
        }
        const auto accepted = boli::test::waitFor(
            farmer.request(u"listing.accept"_s, {{u"listing_id"_s, listing.value(u"id"_s).toInteger()}}));
        if (accepted && accepted->ok()) {
            ++sold;
        }
    }
    return sold;
}

} // namespace boli::test
