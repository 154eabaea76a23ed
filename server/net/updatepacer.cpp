// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/updatepacer.h"

#include "boli/clock.h"

#include <algorithm>

namespace boli::server {

UpdatePacer::UpdatePacer(const Clock &clock, qint64 intervalMs)
    : m_clock(clock)
    , m_intervalMs(intervalMs)
{ }

qint64 UpdatePacer::markPending(qint64 listingId)
{
    m_pending.insert(listingId);
    // A wall clock set back must not hold the listing until it catches up: count the last send as now.
    const qint64 now = m_clock.nowMs();
    if (const auto last = m_lastSentAt.find(listingId); last != m_lastSentAt.end() && *last > now) {
        *last = now;
    }
    return waitMs(listingId, now);
}

qint64 UpdatePacer::waitMs(qint64 listingId, qint64 now) const
{
    const auto last = m_lastSentAt.constFind(listingId);
    if (last == m_lastSentAt.cend()) {
        return 0;
    }
    return std::clamp(*last + m_intervalMs - now, qint64(0), m_intervalMs);
}

QList<qint64> UpdatePacer::takeDue()
{
    const qint64 now = m_clock.nowMs();
    QList<qint64> due;
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (waitMs(*it, now) == 0) {
            due.append(*it);
            m_lastSentAt.insert(*it, now);
            it = m_pending.erase(it);
        } else {
            ++it;
        }
    }
    return due;
}

bool UpdatePacer::take(qint64 listingId)
{
    if (!m_pending.remove(listingId)) {
        return false;
    }
    m_lastSentAt.insert(listingId, m_clock.nowMs());
    return true;
}

std::optional<qint64> UpdatePacer::nextDueInMs() const
{
    std::optional<qint64> next;
    const qint64 now = m_clock.nowMs();
    for (const qint64 listingId : m_pending) {
        const qint64 wait = waitMs(listingId, now);
        next = next ? std::min(*next, wait) : wait;
    }
    return next;
}

void UpdatePacer::forget(qint64 listingId)
{
    m_pending.remove(listingId);
    m_lastSentAt.remove(listingId);
}

} // namespace boli::server
