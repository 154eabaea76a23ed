// SPDX-License-Identifier: GPL-3.0-or-later
// The client session against the real server: login, surviving a reconnect, renewing an expired
// access token with the refresh token, and ending when the server ends it.

#include "net/serverconnection.h"
#include "net/session.h"
#include "testserver.h"
#include "waitfor.h"

#include <QSignalSpy>
#include <QTest>

using namespace boli;
using namespace boli::client;
using namespace Qt::StringLiterals;

class TestClientSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<test::TestServer>();
        m_trader = m_server->createUser(Role::Trader, u"9711111111"_s, u"trader-pass-a"_s).id;
        m_connection = std::make_unique<ServerConnection>(u"desk-1"_s);
        m_session = std::make_unique<Session>(*m_connection);
        QSignalSpy online(m_connection.get(), &ServerConnection::online);
        m_connection->open(QUrl(u"ws://127.0.0.1:%1/ws"_s.arg(m_server->port())));
        QVERIFY(online.wait(10'000));
    }

    void cleanup()
    {
        m_session.reset();
        m_connection.reset();
        m_server.reset();
    }

    void logsIn()
    {
        const auto wrong = *test::waitFor(m_session->login(u"9711111111"_s, u"not-it-at-all"_s, false));
        QCOMPARE(wrong.error->code, ErrorCode::InvalidCredentials);
        QVERIFY(!m_session->loggedIn());
        QVERIFY(test::waitFor(m_session->login(u"+91 97111 11111"_s, u"trader-pass-a"_s, false))->ok());
        QVERIFY(m_session->loggedIn());
        QCOMPARE(m_session->role(), u"trader"_s);
        QCOMPARE(m_session->userId(), m_trader);
    }

    void survivesAReconnect()
    {
        QVERIFY(test::waitFor(m_session->login(u"9711111111"_s, u"trader-pass-a"_s, false))->ok());
        reconnect();
        QVERIFY(m_session->loggedIn());
        // The new connection carries the session again: a logged-in-only op works.
        QTRY_VERIFY_WITH_TIMEOUT(test::waitFor(m_connection->request(u"me"_s))->ok(), 5'000);
    }

    void renewsAnExpiredAccessToken()
    {
        QVERIFY(test::waitFor(m_session->login(u"9711111111"_s, u"trader-pass-a"_s, false))->ok());
        m_server->advanceClock(16 * 60 * 1000); // access tokens last 15 minutes
        reconnect();
        QTRY_VERIFY_WITH_TIMEOUT(test::waitFor(m_connection->request(u"me"_s))->ok(), 5'000);
        QVERIFY(m_session->loggedIn());
        // The refresh rotated the token: the audit log has the refresh.
        server::AuditFilter refreshes;
        refreshes.op = u"auth.refresh"_s;
        QCOMPARE(m_server->parts().auditLog.count(refreshes), 1);
    }

    void endsWhenTheServerEndsIt()
    {
        QVERIFY(test::waitFor(m_session->login(u"9711111111"_s, u"trader-pass-a"_s, false))->ok());
        QSignalSpy ended(m_session.get(), &Session::ended);
        const QList<qint64> sessions = m_server->parts().auth.revokeAllSessions(m_trader, u"banned"_s);
        m_server->parts().connections.endSessions(sessions, u"banned"_s);
        QVERIFY(ended.wait(5'000));
        QCOMPARE(ended.first().first().toString(), u"banned"_s);
        QVERIFY(!m_session->loggedIn());
    }

    void logsOut()
    {
        QVERIFY(test::waitFor(m_session->login(u"9711111111"_s, u"trader-pass-a"_s, false))->ok());
        QVERIFY(test::waitFor(m_session->logout()));
        QVERIFY(!m_session->loggedIn());
        QCOMPARE(test::waitFor(m_connection->request(u"me"_s))->error->code, ErrorCode::Unauthenticated);
    }

private:
    /// The server drops every connection; waits until this client is back online.
    void reconnect()
    {
        QSignalSpy online(m_connection.get(), &ServerConnection::online);
        m_server->parts().connections.closeAll();
        QVERIFY(online.wait(10'000));
    }

    std::unique_ptr<test::TestServer> m_server;
    qint64 m_trader = 0;
    std::unique_ptr<ServerConnection> m_connection;
    std::unique_ptr<Session> m_session;
};

QTEST_GUILESS_MAIN(TestClientSession)
#include "tst_clientsession.moc"
