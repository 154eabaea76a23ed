// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boli/clock.h"

#include <QHash>
#include <QString>
#include <list>

namespace boli::server {

/// @brief Decides when logins are refused: account lockout after failures, and a per-IP rate limit.
///
/// Pure policy, no I/O. A 4-digit PIN has only 10,000 values, so guessing must be slowed both per
/// account (lockout, stored with the account by the caller) and per address (token bucket, in memory).
class LoginThrottle
{
public:
    /// What the caller stores with an account between logins.
    struct LockoutState
    {
        int failedLogins = 0; ///< consecutive failures since the last success or lock
        int lockouts = 0; ///< locks since the last success; each one doubles the next lock
        qint64 lockedUntilMs = 0; ///< logins are refused before this instant
    };

    /// Consecutive wrong secrets that lock an account: 5 guesses per lock keeps a PIN safe for years.
    static constexpr int kFailuresBeforeLock = 5;
    /// The first lock; later locks double it.
    static constexpr qint64 kFirstLockMs = 15 * 60 * 1000;
    /// The longest lock, so a real farmer is never shut out for more than a day.
    static constexpr qint64 kMaxLockMs = 24 * 60 * 60 * 1000;
    /// Attempts an address may make at once.
    static constexpr int kDefaultBurst = 10;
    /// After the burst, one more attempt per this interval.
    static constexpr qint64 kDefaultRefillEveryMs = 6000;
    /// Addresses tracked at most; past it the least recently seen one is forgotten (and so gets a
    /// fresh burst), which bounds memory at a few megabytes even under a spray from many addresses.
    static constexpr qsizetype kMaxTrackedAddresses = 100'000;

    [[nodiscard]] static bool isLocked(const LockoutState &state, qint64 nowMs);
    /// A failure while still locked changes nothing: the caller should not have checked the secret.
    [[nodiscard]] static LockoutState afterFailure(LockoutState state, qint64 nowMs);
    [[nodiscard]] static LockoutState afterSuccess(LockoutState state);
    /// How long the given lock (1 = first) lasts: 15 min, 30 min, 1 h, ... at most 24 h.
    [[nodiscard]] static qint64 lockDurationMs(int lockout);

    /// burst and refillEveryMs must be positive.
    explicit LoginThrottle(
        const boli::Clock &clock, int burst = kDefaultBurst, qint64 refillEveryMs = kDefaultRefillEveryMs);

    /// Takes one attempt from the address's bucket; false when it is empty. Callers should pass an
    /// IPv6 address cut to its /64, since one client usually owns the whole /64.
    /// Not thread-safe: call from one thread (the network thread).
    [[nodiscard]] bool allowAttempt(const QString &ip);
    /// Addresses currently remembered (those whose bucket is not known to be full).
    [[nodiscard]] qsizetype trackedAddresses() const { return m_buckets.size(); }

private:
    struct Bucket
    {
        QString ip;
        int tokens = 0;
        qint64 refilledAtMs = 0; ///< the instant from which the next token accrues
        qint64 lastSeenMs = 0;
    };
    using BucketList = std::list<Bucket>;

    void forgetRefilledBuckets(qint64 nowMs);
    void refill(Bucket &bucket, qint64 nowMs) const;

    const boli::Clock &m_clock;
    int m_burst;
    qint64 m_refillEveryMs;
    BucketList m_lru; ///< least recently seen first
    QHash<QString, BucketList::iterator> m_buckets;
};

} // namespace boli::server
