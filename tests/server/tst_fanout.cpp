// SPDX-License-Identifier: GPL-3.0-or-later
// A listing's delivery goes out a slice per event-loop turn, in order, and never to a closed
// connection. The recipients are stand-in pointers: FanOut only hands them to the send function.

#include "net/fanout.h"

#include <QTest>

using boli::server::ClientConnection;
using boli::server::FanOut;

namespace {
QList<ClientConnection *> standIns(int count, int first = 1)
{
    QList<ClientConnection *> connections;
    for (int i = 0; i < count; ++i) {
        connections.append(reinterpret_cast<ClientConnection *>(quintptr(first + i) * 16));
    }
    return connections;
}
} // namespace

/// @brief FanOut's slices, order and forgetting.
class TestFanOut : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void slicesPerTurn()
    {
        FanOut fanOut;
        const QList<ClientConnection *> recipients = standIns(600);
        QList<ClientConnection *> sent;
        fanOut.start(1, recipients, [&](ClientConnection *connection) { sent.append(connection); });
        QCOMPARE(sent.size(), FanOut::kConnectionsPerTurn);
        QTRY_COMPARE(sent.size(), 600);
        QCOMPARE(sent, recipients);
    }

    void smallDeliveriesGoAtOnce()
    {
        FanOut fanOut;
        int sent = 0;
        fanOut.start(1, standIns(10), [&](ClientConnection *) { ++sent; });
        QCOMPARE(sent, 10);
    }

    void nextDeliveryOfAListingFinishesThePreviousFirst()
    {
        FanOut fanOut;
        QList<int> order; // which delivery each send belonged to
        const QList<ClientConnection *> recipients = standIns(600);
        fanOut.start(7, recipients, [&](ClientConnection *) { order.append(1); });
        fanOut.start(7, recipients, [&](ClientConnection *) { order.append(2); });
        QCOMPARE(order.count(1), 600); // finished before the second started
        QTRY_COMPARE(order.count(2), 600);
        QCOMPARE(order.lastIndexOf(1), 599);

        int other = 0;
        fanOut.start(8, recipients, [&](ClientConnection *) { ++other; });
        fanOut.finish(8);
        QCOMPARE(other, 600);
    }

    void forgottenConnectionsAreSkipped()
    {
        FanOut fanOut;
        const QList<ClientConnection *> recipients = standIns(600);
        QList<ClientConnection *> sent;
        fanOut.start(1, recipients, [&](ClientConnection *connection) { sent.append(connection); });
        fanOut.forget(recipients.at(500));
        fanOut.forget(recipients.at(0)); // already sent: nothing to take back
        QTRY_COMPARE(sent.size(), 599);
        QVERIFY(!sent.contains(recipients.at(500)));
    }
};

QTEST_GUILESS_MAIN(TestFanOut)
#include "tst_fanout.moc"
