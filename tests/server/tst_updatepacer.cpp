// SPDX-License-Identifier: GPL-3.0-or-later
// The pacing of listing.updated: at most one send per listing per interval, the first at once, the
// latest never lost, on a clock the test moves.

#include "net/updatepacer.h"

#include "boli/clock.h"

#include <QTest>

using boli::ManualClock;
using boli::server::UpdatePacer;

/// @brief When a listing's watchers may be sent its changes again.
class TestUpdatePacer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstChangeGoesAtOnce()
    {
        ManualClock clock;
        UpdatePacer pacer(clock, 50);
        QCOMPARE(pacer.nextDueInMs(), std::nullopt);
        QCOMPARE(pacer.markPending(7), 0);
        QCOMPARE(pacer.nextDueInMs(), 0);
        QCOMPARE(pacer.takeDue(), QList<qint64> {7});
        QCOMPARE(pacer.nextDueInMs(), std::nullopt);
        QVERIFY(pacer.takeDue().isEmpty());
    }

    void changesWithinTheIntervalWaitForItsEnd()
    {
        ManualClock clock;
        UpdatePacer pacer(clock, 50);
        pacer.markPending(7);
        QCOMPARE(pacer.takeDue(), QList<qint64> {7});
        clock.advanceMs(10);
        QCOMPARE(pacer.markPending(7), 40);
        QCOMPARE(pacer.markPending(7), 40); // a second change before the send is the same pending send
        QVERIFY(pacer.takeDue().isEmpty());
        QCOMPARE(pacer.nextDueInMs(), 40);
        clock.advanceMs(39);
        QVERIFY(pacer.takeDue().isEmpty());
        clock.advanceMs(1);
        QCOMPARE(pacer.takeDue(), QList<qint64> {7});
        // The interval runs from the send, not from the change.
        clock.advanceMs(49);
        pacer.markPending(7);
        QCOMPARE(pacer.nextDueInMs(), 1);
        clock.advanceMs(1);
        QCOMPARE(pacer.takeDue(), QList<qint64> {7});
    }

    void listingsArePacedApart()
    {
        ManualClock clock;
        UpdatePacer pacer(clock, 50);
        pacer.markPending(1);
        QCOMPARE(pacer.takeDue(), QList<qint64> {1});
        clock.advanceMs(20);
        pacer.markPending(1);
        pacer.markPending(2);
        QCOMPARE(pacer.takeDue(), QList<qint64> {2}); // 2 was quiet: at once; 1 waits
        QCOMPARE(pacer.nextDueInMs(), 30);
        clock.advanceMs(30);
        QCOMPARE(pacer.takeDue(), QList<qint64> {1});
    }

    void aClockSetBackHoldsOneIntervalAtMost()
    {
        ManualClock clock;
        UpdatePacer pacer(clock, 50);
        pacer.markPending(1);
        QCOMPARE(pacer.takeDue(), QList<qint64> {1});
        clock.advanceMs(-3'600'000);
        pacer.markPending(1);
        QCOMPARE(pacer.nextDueInMs(), 50);
        clock.advanceMs(50);
        QCOMPARE(pacer.takeDue(), QList<qint64> {1});
    }

    void takingSendsNowAndStartsTheInterval()
    {
        ManualClock clock;
        UpdatePacer pacer(clock, 50);
        QVERIFY(!pacer.take(1)); // nothing pending
        pacer.markPending(1);
        QCOMPARE(pacer.takeDue(), QList<qint64> {1});
        clock.advanceMs(10);
        pacer.markPending(1);
        QVERIFY(pacer.take(1)); // an event that must not overtake it: sent now, not due yet
        QCOMPARE(pacer.nextDueInMs(), std::nullopt);
        pacer.markPending(1);
        QCOMPARE(pacer.nextDueInMs(), 50); // the interval runs from the taking
    }

    void forgottenListingsAreNotSent()
    {
        ManualClock clock;
        UpdatePacer pacer(clock, 50);
        pacer.markPending(1);
        pacer.forget(1);
        QCOMPARE(pacer.nextDueInMs(), std::nullopt);
        QVERIFY(pacer.takeDue().isEmpty());
        // Forgotten means quiet: the next change goes at once.
        pacer.markPending(1);
        QCOMPARE(pacer.takeDue(), QList<qint64> {1});
        pacer.forget(1);
        pacer.markPending(1);
        QCOMPARE(pacer.takeDue(), QList<qint64> {1});
    }
};

QTEST_GUILESS_MAIN(TestUpdatePacer)
#include "tst_updatepacer.moc"
