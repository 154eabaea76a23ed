// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/loginthrottle.h"

#include <algorithm>

namespace boli::server {

bool LoginThrottle::isLocked(const LockoutState &state, qint64 nowMs)
{
    return nowMs < state.lockedUntilMs;
}

LoginThrottle::LockoutState LoginThrottle::afterFailure(LockoutState state, qint64 nowMs)
{
    if (isLocked(state, nowMs)) {
        return state;
    }
    ++state.failedLogins;
    if (state.failedLogins >= kFailuresBeforeLock) {
        state.lockouts = std::min(state.lockouts + 1, 1'000);
        state.lockedUntilMs = nowMs + lockDurationMs(state.lockouts);
        state.failedLogins = 0;
    }
    return state;
}

LoginThrottle::LockoutState LoginThrottle::afterSuccess(LockoutState state)
{
    Q_UNUSED(state);
    return LockoutState {};
}

qint64 LoginThrottle::lockDurationMs(int lockout)
{
    qint64 duration = kFirstLockMs;
    // Double step by step rather than shifting, so a large lockout count cannot overflow.
    for (int i = 1; i < lockout && duration < kMaxLockMs; ++i) {
        duration *= 2;
    }
    return std::min(duration, kMaxLockMs);
}

LoginThrottle::LoginThrottle(const boli::Clock &clock, int burst, qint64 refillEveryMs)
    : m_clock(clock)
    , m_burst(std::max(burst, 1))
    , m_refillEveryMs(std::max<qint64>(refillEveryMs, 1))
{
    Q_ASSERT(burst > 0 && refillEveryMs > 0);
}

bool LoginThrottle::allowAttempt(const QString &ip)
{
    const qint64 nowMs = m_clock.nowMs();
    forgetRefilledBuckets(nowMs);

    auto found = m_buckets.find(ip);
    if (found == m_buckets.end()) {
        if (m_buckets.size() >= kMaxTrackedAddresses) {
            m_buckets.remove(m_lru.front().ip);
            m_lru.pop_front();
        }
        // A forgotten address starts with a full bucket, exactly as if it had been remembered.
        m_lru.push_back(Bucket {ip, m_burst, nowMs, nowMs});
        found = m_buckets.insert(ip, std::prev(m_lru.end()));
    }
    const BucketList::iterator bucket = found.value();
    refill(*bucket, nowMs);
    bucket->lastSeenMs = nowMs;
    m_lru.splice(m_lru.end(), m_lru, bucket);

    if (bucket->tokens == 0) {
        return false;
    }
    if (bucket->tokens == m_burst) {
        // A full bucket accrues nothing; the refill clock starts with the first token taken.
        bucket->refilledAtMs = nowMs;
    }
    --bucket->tokens;
    return true;
}

void LoginThrottle::forgetRefilledBuckets(qint64 nowMs)
{
    // A bucket is surely full again burst * refillEvery after it was last seen. The list is ordered by
    // last sight, so such buckets sit at its front; forgetting them keeps memory to active addresses.
    const qint64 fullAfterMs = qint64(m_burst) * m_refillEveryMs;
    while (!m_lru.empty() && nowMs - m_lru.front().lastSeenMs >= fullAfterMs) {
        m_buckets.remove(m_lru.front().ip);
        m_lru.pop_front();
    }
}

void LoginThrottle::refill(Bucket &bucket, qint64 nowMs) const
{
    // A clock stepped backwards must not drain or overfill the bucket: treat it as no time passed.
    const qint64 elapsedMs = std::max<qint64>(nowMs - bucket.refilledAtMs, 0);
    const qint64 gained = elapsedMs / m_refillEveryMs;
    if (gained == 0) {
        return;
    }
    if (gained >= m_burst - bucket.tokens) {
        bucket.tokens = m_burst;
        bucket.refilledAtMs = nowMs;
    } else {
        bucket.tokens += int(gained);
        // Keep the part of an interval already waited, so refills do not drift later.
        bucket.refilledAtMs += gained * m_refillEveryMs;
    }
}

} // namespace boli::server
