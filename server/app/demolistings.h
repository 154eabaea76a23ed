// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace boli {
class Clock;
}

namespace boli::server {

struct ServerParts;

/// @brief A dozen live listings of real crops at real mandis, with opening bids, so a demo
/// market is alive the moment it starts. Added once: skipped when the demo farmers have listings.
class DemoListings
{
public:
    DemoListings(ServerParts &parts, const Clock &clock);
    QString seed();

private:
    ServerParts &m_parts;
    const Clock &m_clock;
};

} // namespace boli::server
