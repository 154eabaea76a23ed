// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/loginthrottle.h"

#include <QTest>
#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;
using boli::server::LoginThrottle;
using Lockout = LoginThrottle::LockoutState;

namespace {
constexpr qint64 kMinuteMs = 60 * 1000;
constexpr qint64 kHourMs = 60 * kMinuteMs;
constexpr qint64 kStartMs = 1'700'000'000'000;

/// Fails logins one after another, each right after the previous lock (if any) has ended.
Lockout failTimes(Lockout state, int failures, qint64 &nowMs)
{
    for (int i = 0; i < failures; ++i) {
        nowMs = std::max(nowMs, state.lockedUntilMs);
        state = LoginThrottle::afterFailure(state, nowMs);
    }
    return state;
}
} // namespace

/// @brief Account lockout after failed logins and the per-address login rate limit.
class TestLoginThrottle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lockout_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<int>("failedLogins");
        QTest::addColumn<int>("lockouts");
        QTest::addColumn<qint64>("lastLockMs");
        QTest::newRow("1 failure") << 1 << 1 << 0 << qint64(0);
        QTest::newRow("4 failures") << 4 << 4 << 0 << qint64(0);
        QTest::newRow("5th failure locks for 15 min") << 5 << 0 << 1 << 15 * kMinuteMs;
        QTest::newRow("1 after the lock") << 6 << 1 << 1 << 15 * kMinuteMs;
        QTest::newRow("2nd lock: 30 min") << 10 << 0 << 2 << 30 * kMinuteMs;
        QTest::newRow("3rd lock: 1 h") << 15 << 0 << 3 << kHourMs;
        QTest::newRow("4th lock: 2 h") << 20 << 0 << 4 << 2 * kHourMs;
        QTest::newRow("7th lock: 16 h") << 35 << 0 << 7 << 16 * kHourMs;
        QTest::newRow("8th lock capped at 24 h") << 40 << 0 << 8 << 24 * kHourMs;
        QTest::newRow("50th lock capped at 24 h") << 250 << 0 << 50 << 24 * kHourMs;
    }

    void lockout()
    {
        QFETCH(int, failures);
        QFETCH(int, failedLogins);
        QFETCH(int, lockouts);
        QFETCH(qint64, lastLockMs);
        qint64 nowMs = kStartMs;
        const Lockout state = failTimes({}, failures, nowMs);
        QCOMPARE(state.failedLogins, failedLogins);
        QCOMPARE(state.lockouts, lockouts);
        if (failedLogins == 0) {
            // Just locked at nowMs: locked until the last instant, open from then on.
            QCOMPARE(state.lockedUntilMs, nowMs + lastLockMs);
            QVERIFY(LoginThrottle::isLocked(state, nowMs));
            QVERIFY(LoginThrottle::isLocked(state, state.lockedUntilMs - 1));
            QVERIFY(!LoginThrottle::isLocked(state, state.lockedUntilMs));
        } else {
            QVERIFY(!LoginThrottle::isLocked(state, nowMs));
        }
        QCOMPARE(LoginThrottle::lockDurationMs(std::max(lockouts, 1)), std::max(lastLockMs, 15 * kMinuteMs));
    }

    void failuresWhileLockedChangeNothing()
    {
        qint64 nowMs = kStartMs;
        const Lockout locked = failTimes({}, 5, nowMs);
        const Lockout again = LoginThrottle::afterFailure(locked, nowMs + kMinuteMs);
        QCOMPARE(again.failedLogins, locked.failedLogins);
        QCOMPARE(again.lockouts, locked.lockouts);
        QCOMPARE(again.lockedUntilMs, locked.lockedUntilMs);
    }

    void successResetsEverything()
    {
        qint64 nowMs = kStartMs;
        const Lockout state = LoginThrottle::afterSuccess(failTimes({}, 13, nowMs));
        QCOMPARE(state.failedLogins, 0);
        QCOMPARE(state.lockouts, 0);
        QVERIFY(!LoginThrottle::isLocked(state, nowMs));
        // The next lock is a first lock again.
        const Lockout relocked = failTimes(state, 5, nowMs);
        QCOMPARE(relocked.lockedUntilMs, nowMs + 15 * kMinuteMs);
    }

    void lockDurationNeverOverflows()
    {
        QCOMPARE(LoginThrottle::lockDurationMs(std::numeric_limits<int>::max()), LoginThrottle::kMaxLockMs);
        QCOMPARE(LoginThrottle::lockDurationMs(0), LoginThrottle::kFirstLockMs);
    }

    void burstThenRefill()
    {
        boli::ManualClock clock;
        LoginThrottle throttle(clock);
        for (int i = 0; i < 10; ++i) {
            QVERIFY2(throttle.allowAttempt(u"203.0.113.5"_s), qPrintable(QString::number(i)));
        }
        QVERIFY(!throttle.allowAttempt(u"203.0.113.5"_s));
        QVERIFY2(throttle.allowAttempt(u"203.0.113.6"_s), "addresses have their own buckets");

        clock.advanceMs(5999);
        QVERIFY(!throttle.allowAttempt(u"203.0.113.5"_s));
        clock.advanceMs(1);
        QVERIFY(throttle.allowAttempt(u"203.0.113.5"_s));
        QVERIFY(!throttle.allowAttempt(u"203.0.113.5"_s));

        // Denied attempts do not push the next token further away.
        clock.advanceMs(3000);
        QVERIFY(!throttle.allowAttempt(u"203.0.113.5"_s));
        clock.advanceMs(3000);
        QVERIFY(throttle.allowAttempt(u"203.0.113.5"_s));

        // A long pause refills to the burst, never beyond it.
        clock.advanceMs(10 * kHourMs);
        for (int i = 0; i < 10; ++i) {
            QVERIFY(throttle.allowAttempt(u"203.0.113.5"_s));
        }
        QVERIFY(!throttle.allowAttempt(u"203.0.113.5"_s));
    }

    void customBurstAndRate_data()
    {
        QTest::addColumn<int>("burst");
        QTest::addColumn<qint64>("refillMs");
        QTest::newRow("1 per second") << 1 << qint64(1000);
        QTest::newRow("3 per minute") << 3 << qint64(20'000);
    }

    void customBurstAndRate()
    {
        QFETCH(int, burst);
        QFETCH(qint64, refillMs);
        boli::ManualClock clock;
        LoginThrottle throttle(clock, burst, refillMs);
        for (int i = 0; i < burst; ++i) {
            QVERIFY(throttle.allowAttempt(u"ip"_s));
        }
        QVERIFY(!throttle.allowAttempt(u"ip"_s));
        clock.advanceMs(refillMs);
        QVERIFY(throttle.allowAttempt(u"ip"_s));
        QVERIFY(!throttle.allowAttempt(u"ip"_s));
    }

    void refilledBucketsAreForgotten()
    {
        boli::ManualClock clock;
        LoginThrottle throttle(clock);
        for (int i = 0; i < 1000; ++i) {
            QVERIFY(throttle.allowAttempt(u"10.0.%1.%2"_s.arg(i / 256).arg(i % 256)));
        }
        QCOMPARE(throttle.trackedAddresses(), 1000);
        clock.advanceMs(10 * 6000); // every bucket is full again
        QVERIFY(throttle.allowAttempt(u"192.0.2.1"_s));
        QCOMPARE(throttle.trackedAddresses(), 1);
    }

    void memoryIsCapped()
    {
        boli::ManualClock clock;
        LoginThrottle throttle(clock);
        for (int i = 0; i < 10; ++i) {
            QVERIFY(throttle.allowAttempt(u"victim"_s));
        }
        QVERIFY(!throttle.allowAttempt(u"victim"_s));
        for (qsizetype i = 1; i < LoginThrottle::kMaxTrackedAddresses; ++i) {
            QVERIFY(throttle.allowAttempt(QString::number(i)));
        }
        QCOMPARE(throttle.trackedAddresses(), LoginThrottle::kMaxTrackedAddresses);
        QVERIFY(!throttle.allowAttempt(u"victim"_s)); // still remembered, and now the most recent

        // The next new address evicts the least recently seen one ("1"), not the victim.
        QVERIFY(throttle.allowAttempt(u"newcomer"_s));
        QCOMPARE(throttle.trackedAddresses(), LoginThrottle::kMaxTrackedAddresses);
        QVERIFY(!throttle.allowAttempt(u"victim"_s));
        // "1" had used one attempt; ten more prove it was forgotten and starts a fresh bucket.
        for (int i = 0; i < 10; ++i) {
            QVERIFY(throttle.allowAttempt(u"1"_s));
        }
        QVERIFY(!throttle.allowAttempt(u"1"_s));
    }
};

QTEST_GUILESS_MAIN(TestLoginThrottle)
#include "tst_loginthrottle.moc"
