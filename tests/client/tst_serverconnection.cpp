// SPDX-License-Identifier: GPL-3.0-or-later
// The client's connection against the real server: hello before anything, requests and replies,
// events, and healing itself after the server drops it.

#include "net/serverconnection.h"
#include "testserver.h"
#include "waitfor.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace boli;
using namespace boli::client;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class TestServerConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backoffDoublesToAMaximum_data()
    {
        QTest::addColumn<int>("attempt");
        QTest::addColumn<int>("delayMs");
        QTest::newRow("first") << 0 << 500;
        QTest::newRow("second") << 1 << 1000;
        QTest::newRow("fifth") << 4 << 8000;
        QTest::newRow("capped") << 6 << 30000;
        QTest::newRow("far later") << 40 << 30000;
    }

    void backoffDoublesToAMaximum()
    {
        QFETCH(int, attempt);
        QFETCH(int, delayMs);
        QCOMPARE(ServerConnection::backoff(attempt).count(), delayMs);
    }

    void requestsFailAtOnceWhileOffline()
    {
        ServerConnection connection(u"kiosk-1"_s);
        const auto reply = *test::waitFor(connection.request(u"settings.get"_s), 2s);
        QVERIFY(!reply.ok());
        QCOMPARE(reply.error->code, ErrorCode::Offline);
    }

    void greetsThenServes()
    {
        test::TestServer server;
        ServerConnection connection(u"kiosk-1"_s);
        QSignalSpy online(&connection, &ServerConnection::online);
        connection.open(QUrl(u"ws://127.0.0.1:%1/ws"_s.arg(server.port())));
        QCOMPARE(connection.state(), ServerConnection::State::Connecting);
        QVERIFY(online.wait(10'000));
        QCOMPARE(connection.state(), ServerConnection::State::Online);
        QVERIFY(qAbs(connection.serverNowMs() - server.clock().nowMs()) < 2'000);
        const auto reply = *test::waitFor(connection.request(u"settings.get"_s));
        QVERIFY(reply.ok());
        QVERIFY(reply.fields.value(u"settings"_s).toObject().contains(u"anti_snipe_seconds"_s));
        // The hello recorded the device for the audit trail.
        QCOMPARE(server.parts().connections.count(), 1);
    }

    void followsTheServersClock()
    {
        test::TestServer server;
        server.advanceClock(3 * 60 * 60 * 1000); // the kiosk's clock is three hours behind the server
        ServerConnection connection(u"kiosk-1"_s);
        QSignalSpy online(&connection, &ServerConnection::online);
        connection.open(QUrl(u"ws://127.0.0.1:%1/ws"_s.arg(server.port())));
        QVERIFY(online.wait(10'000));
        QVERIFY(qAbs(connection.serverTimeOffsetMs() - 3 * 60 * 60 * 1000) < 2'000);
        QVERIFY(qAbs(connection.serverNowMs() - server.clock().nowMs()) < 2'000);
    }

    void deliversEvents()
    {
        test::TestServer server;
        server.createUser(Role::Admin, u"admin@boli.test"_s, u"admin-pass-123"_s);
        ServerConnection watcher(u"desk-1"_s);
        ServerConnection admin(u"desk-2"_s);
        QSignalSpy watcherOnline(&watcher, &ServerConnection::online);
        QSignalSpy adminOnline(&admin, &ServerConnection::online);
        const QUrl url(u"ws://127.0.0.1:%1/ws"_s.arg(server.port()));
        watcher.open(url);
        admin.open(url);
        QVERIFY(watcherOnline.wait(10'000));
        QVERIFY(adminOnline.count() || adminOnline.wait(10'000));
        QJsonObject credentials {{u"login"_s, u"admin@boli.test"_s}, {u"password"_s, u"admin-pass-123"_s}};
        QVERIFY(test::waitFor(admin.request(u"login"_s, credentials))->ok());

        QSignalSpy events(&watcher, &ServerConnection::eventReceived);
        QJsonObject change {{u"key"_s, u"anti_snipe_seconds"_s}, {u"value"_s, 45}};
        QVERIFY(test::waitFor(admin.request(u"admin.settings.set"_s, change))->ok());
        QTRY_VERIFY_WITH_TIMEOUT(events.count() > 0, 5'000); // may arrive before the reply does
        const auto event = events.first().first().value<protocol::Event>();
        QCOMPARE(event.name, u"settings.changed"_s);
        QCOMPARE(event.fields.value(u"value"_s).toInt(), 45);
    }

    void reconnectsAfterTheServerDropsIt()
    {
        test::TestServer server;
        ServerConnection connection(u"kiosk-1"_s);
        QSignalSpy online(&connection, &ServerConnection::online);
        QSignalSpy states(&connection, &ServerConnection::stateChanged);
        connection.open(QUrl(u"ws://127.0.0.1:%1/ws"_s.arg(server.port())));
        QVERIFY(online.wait(10'000));

        server.parts().connections.closeAll(); // the server goes away (1001) and comes back
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), ServerConnection::State::Offline, 5'000);
        QVERIFY(online.wait(10'000)); // back by itself, after the first backoff step
        QCOMPARE(online.count(), 2);
        QCOMPARE(connection.state(), ServerConnection::State::Online);
        QVERIFY(test::waitFor(connection.request(u"settings.get"_s))->ok());
    }

    void requestsTimeOutWhenTheServerIsSilent()
    {
        // A server that greets and then never answers, as one stuck behind a dead link would.
        QWebSocketServer silent(u"silent"_s, QWebSocketServer::NonSecureMode);
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        QStringList heard;
        connect(&silent, &QWebSocketServer::newConnection, this, [&silent, &heard] {
            QWebSocket *socket = silent.nextPendingConnection();
            socket->setParent(&silent);
            connect(socket, &QWebSocket::textMessageReceived, socket, [socket, &heard](const QString &text) {
                const auto request = std::get<protocol::Request>(protocol::decodeRequest(text.toUtf8()));
                heard << request.op;
                if (request.op == u"hello"_s) {
                    socket->sendTextMessage(QString::fromUtf8(
                        protocol::encodeSuccess(request.id, {}, QDateTime::currentMSecsSinceEpoch())));
                }
            });
        });
        ServerConnection connection(u"kiosk-1"_s);
        connection.setRequestTimeout(300ms);
        QSignalSpy online(&connection, &ServerConnection::online);
        connection.open(QUrl(u"ws://127.0.0.1:%1/ws"_s.arg(silent.serverPort())));
        QVERIFY(online.wait(10'000));

        const auto reply = test::waitFor(connection.request(u"settings.get"_s), 10s);
        QVERIFY(reply.has_value());
        QVERIFY(!reply->ok());
        QCOMPARE(reply->error->code, ErrorCode::TimedOut);
        QCOMPARE(heard, QStringList({u"hello"_s, u"settings.get"_s}));
        QCOMPARE(connection.state(), ServerConnection::State::Online); // a slow answer is not a lost link
    }
};

QTEST_GUILESS_MAIN(TestServerConnection)
#include "tst_serverconnection.moc"
