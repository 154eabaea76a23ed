// SPDX-License-Identifier: GPL-3.0-or-later
// The epoll event dispatcher as the main thread's: timers, posted events, wake-ups from other
// threads, and sockets (many at once, notifiers removed while ready) behave as under Qt's own.

#include "eventloop/epolldispatcher.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <memory>
#include <vector>

using boli::server::EpollEventDispatcher;

/// @brief Qt's event loop running on EpollEventDispatcher.
class TestEpollDispatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isInstalled()
    {
        QVERIFY(qobject_cast<EpollEventDispatcher *>(QAbstractEventDispatcher::instance()));
    }

    void timersFireAndStop()
    {
        QTimer repeating;
        repeating.setInterval(5);
        int fired = 0;
        connect(&repeating, &QTimer::timeout, this, [&] {
            if (++fired == 3) {
                repeating.stop();
            }
        });
        repeating.start();
        QVERIFY(repeating.remainingTime() >= 0 && repeating.remainingTime() <= 5);
        QTRY_COMPARE(fired, 3);
        QTest::qWait(30);
        QCOMPARE(fired, 3); // stopped means stopped
        QCOMPARE(repeating.remainingTime(), -1);

        bool once = false;
        QTimer::singleShot(0, this, [&] { once = true; });
        QTRY_VERIFY(once);
    }

    void aTimerIsNotDeliveredInsideItsOwnHandler()
    {
        // A zero-interval timer whose handler runs a nested event loop: Qt's dispatcher does not
        // deliver it again inside itself, and neither may this one.
        QTimer timer;
        timer.setInterval(0);
        int depth = 0;
        int deepest = 0;
        int calls = 0;
        connect(&timer, &QTimer::timeout, this, [&] {
            ++depth;
            deepest = std::max(deepest, depth);
            if (++calls == 1) {
                for (int i = 0; i < 20; ++i) {
                    QCoreApplication::processEvents();
                }
            }
            if (calls >= 5) {
                timer.stop();
            }
            --depth;
        });
        timer.start();
        QTRY_COMPARE(calls, 5);
        QCOMPARE(deepest, 1);
    }

    void postedEventsAndOtherThreadsWakeTheLoop()
    {
        bool queued = false;
        QMetaObject::invokeMethod(
            this, [&] { queued = true; }, Qt::QueuedConnection);
        QTRY_VERIFY(queued);

        // A thread posts into the waiting main loop: wakeUp() must end the wait.
        bool fromThread = false;
        std::unique_ptr<QThread> thread(QThread::create([&] {
            QMetaObject::invokeMethod(
                this, [&] { fromThread = true; }, Qt::QueuedConnection);
        }));
        thread->start();
        QTRY_VERIFY_WITH_TIMEOUT(fromThread, 5'000);
        thread->wait();

        auto *doomed = new QObject;
        QSignalSpy destroyed(doomed, &QObject::destroyed);
        doomed->deleteLater();
        QVERIFY(destroyed.wait(5'000));
    }

    void manySocketsEcho()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        std::vector<std::unique_ptr<QTcpSocket>> accepted;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                connect(
                    socket, &QTcpSocket::readyRead, socket, [socket] { socket->write(socket->readAll()); });
                accepted.emplace_back(socket);
            }
        });
        constexpr int kClients = 300;
        std::vector<std::unique_ptr<QTcpSocket>> clients;
        int answered = 0;
        for (int i = 0; i < kClients; ++i) {
            auto client = std::make_unique<QTcpSocket>();
            QTcpSocket *raw = client.get();
            connect(raw, &QTcpSocket::connected, raw, [raw, i] { raw->write(QByteArray::number(i) + '\n'); });
            connect(raw, &QTcpSocket::readyRead, this, [raw, i, &answered] {
                if (raw->canReadLine()) {
                    QCOMPARE(raw->readLine(), QByteArray::number(i) + '\n');
                    ++answered;
                }
            });
            raw->connectToHost(server.serverAddress(), server.serverPort());
            clients.push_back(std::move(client));
        }
        QTRY_COMPARE_WITH_TIMEOUT(answered, kClients, 20'000);

        // A large write drains through the write notifier, many rounds of it.
        const QByteArray big(4 * 1024 * 1024, 'b');
        QByteArray received;
        QTcpSocket *first = clients.front().get();
        connect(first, &QTcpSocket::readyRead, this, [&] { received += first->readAll(); });
        first->write(big);
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), big.size(), 20'000);
        QCOMPARE(received, big);

        // Peers that go away are seen as closed, and closing sockets while others are ready is safe.
        int disconnected = 0;
        for (const auto &socket : accepted) {
            connect(socket.get(), &QTcpSocket::disconnected, this, [&] { ++disconnected; });
        }
        clients.clear();
        QTRY_COMPARE_WITH_TIMEOUT(disconnected, kClients, 20'000);
    }
};

int main(int argc, char *argv[])
{
    // Installed before the application exists, as boli-server's main does.
    QCoreApplication::setEventDispatcher(new EpollEventDispatcher);
    QCoreApplication app(argc, argv);
    TestEpollDispatcher test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_epolldispatcher.moc"
