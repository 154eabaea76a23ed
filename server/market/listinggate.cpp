// SPDX-License-Identifier: GPL-3.0-or-later
#include "market/listinggate.h"

#include <QTimer>

namespace boli::server {

bool ListingGate::writeFinished(qint64 listingId)
{
    auto it = m_flows.find(listingId);
    if (it == m_flows.end()) {
        return true;
    }
    const bool last = --it->inFlight == 0;
    if (last && !it->closed && it->waiters.empty()) {
        m_flows.erase(it); // nothing to remember: keeps the table as small as the busy listings
    }
    return last;
}

void ListingGate::open(qint64 listingId)
{
    auto it = m_flows.find(listingId);
    if (it == m_flows.end()) {
        return;
    }
    it->closed = false;
    const std::vector<std::coroutine_handle<>> waiters = std::exchange(it->waiters, {});
    if (it->inFlight == 0) {
        m_flows.erase(it);
    }
    for (const std::coroutine_handle<> waiter : waiters) {
        QTimer::singleShot(0, [waiter] { waiter.resume(); });
    }
}

} // namespace boli::server
