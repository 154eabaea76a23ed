// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace boli::test {

class TestServer;

/// Sells the demo lots of one farmer (seeded by DemoListings) that already have a bid: the farmer
/// logs in and accepts the highest bid over the protocol, as the kiosk does. Gives the analytics
/// screens real sales to show. Returns how many lots were sold; fails the process on a broken link.
int sellDemoLots(TestServer &server, const QString &farmerPhone = QStringLiteral("9800000001"),
    const QString &pin = QStringLiteral("1234"));

} // namespace boli::test
