// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSet>
#include <optional>

namespace boli {
class Clock;
}

namespace boli::server {

/// @brief Decides when a listing's watchers may next be sent its changes: at most once per interval.
///
/// A hot listing accepts a bid every few milliseconds, and each fan-out is one frame per watcher; sent
/// per bid, a thousand watchers cost more than the bidding itself. So the first change after a quiet
/// interval goes out at once and later ones wait until the interval since the last send has passed,
/// when the latest state goes out. Nothing is lost: a pending listing stays pending until sent.
/// Pure bookkeeping on an injected clock; the caller owns the timer and the sockets.
class UpdatePacer
{
public:
    UpdatePacer(const Clock &clock, qint64 intervalMs);

    /// The listing has something new for its watchers; returns the milliseconds until it is due
    /// (0: now), so the caller can arm its timer without looking at every pending listing.
    qint64 markPending(qint64 listingId);
    /// Takes the pending listings whose interval has passed and records them as sent now.
    [[nodiscard]] QList<qint64> takeDue();
    /// Takes the listing now, due or not, and records it as sent: for an event that must not overtake
    /// it. False when it was not pending.
    bool take(qint64 listingId);
    /// Milliseconds until the next pending listing is due: 0 when one is due now, nullopt when none
    /// is pending.
    [[nodiscard]] std::optional<qint64> nextDueInMs() const;
    /// Forgets a listing nobody watches any more.
    void forget(qint64 listingId);

    [[nodiscard]] qint64 intervalMs() const { return m_intervalMs; }

private:
    /// 0 when due; never more than the interval, even if the clock was set back since the last send.
    [[nodiscard]] qint64 waitMs(qint64 listingId, qint64 now) const;

    const Clock &m_clock;
    const qint64 m_intervalMs;
    QSet<qint64> m_pending;
    QHash<qint64, qint64> m_lastSentAt;
};

} // namespace boli::server
