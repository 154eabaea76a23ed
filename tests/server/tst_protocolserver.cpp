// SPDX-License-Identifier: GPL-3.0-or-later
// The wire protocol against the real server over a real WebSocket: every kind of bad frame gets its
// own error code, the connection stays usable, abuse closes it, and nothing reaches the database.

#include "testclient.h"
#include "testserver.h"
#include "waitfor.h"

#include <QDateTime>
#include <QTest>

using namespace boli;
using namespace boli::test;
using namespace Qt::StringLiterals;

namespace {

/// Row counts of every table, to prove a rejected frame changed nothing.
QList<qint64> snapshot(TestServer &server)
{
    QList<qint64> counts;
    for (const auto *table : {"users", "sessions", "refresh_tokens", "audit_log", "settings"}) {
        counts << server.rowCount(QString::fromLatin1(table));
    }
    return counts;
}

QString codeOf(const protocol::Reply &reply)
{
    return reply.error ? errorCodeName(reply.error->code) : u"ok"_s;
}

} // namespace

class TestProtocolServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<TestServer>();
        m_server->createUser(Role::Trader, u"9700000001"_s, u"trader-pass-1"_s);
        m_client = std::make_unique<TestClient>();
        QVERIFY(*test::waitFor(m_client->open(m_server->port())));
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void helloNegotiatesAndTellsTheTime()
    {
        TestClient client;
        QVERIFY(*test::waitFor(client.open(m_server->port(), false)));
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const auto reply = *test::waitFor(client.request(u"hello"_s, {{u"protocol"_s, 1}}));
        QVERIFY(reply.ok());
        QCOMPARE(reply.fields.value(u"protocol"_s).toInt(), 1);
        QVERIFY(reply.serverTimeMs >= before && reply.serverTimeMs <= QDateTime::currentMSecsSinceEpoch());
        QCOMPARE(reply.fields.value(u"max_frame_bytes"_s).toInteger(), protocol::kMaxFrameBytes);
        QVERIFY(reply.fields.value(u"settings"_s).toObject().contains(u"anti_snipe_seconds"_s));
    }

    void opsBeforeHelloAreRefused()
    {
        TestClient client;
        QVERIFY(*test::waitFor(client.open(m_server->port(), false)));
        const auto refused = *test::waitFor(client.request(u"settings.get"_s));
        QCOMPARE(codeOf(refused), u"hello_required"_s);
        QCOMPARE(refused.re, std::optional<qint64>(1));
        const auto hello = *test::waitFor(client.request(u"hello"_s, {{u"protocol"_s, 1}}));
        QVERIFY(hello.ok());
        QVERIFY(test::waitFor(client.request(u"settings.get"_s))->ok());
    }

    void unsupportedProtocolVersion()
    {
        TestClient client;
        QVERIFY(*test::waitFor(client.open(m_server->port(), false)));
        const auto reply = *test::waitFor(client.request(u"hello"_s, {{u"protocol"_s, 2}}));
        QCOMPARE(codeOf(reply), u"unsupported_protocol"_s);
        QCOMPARE(codeOf(*test::waitFor(client.request(u"settings.get"_s))), u"hello_required"_s);
    }

    void badFrames_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("hasRe");
        QTest::newRow("malformed JSON") << QByteArray("{\"id\":1,\"op\":") << u"bad_json"_s << false;
        QTest::newRow("not JSON at all") << QByteArray("bid 500") << u"bad_json"_s << false;
        QTest::newRow("array") << QByteArray("[1,2,3]") << u"not_an_object"_s << false;
        QTest::newRow("number") << QByteArray("42") << u"not_an_object"_s << false;
        QTest::newRow("no id") << QByteArray("{\"op\":\"me\"}") << u"missing_field"_s << false;
        QTest::newRow("id as string")
            << QByteArray("{\"id\":\"7\",\"op\":\"me\"}") << u"wrong_type"_s << false;
        QTest::newRow("fractional id")
            << QByteArray("{\"id\":7.5,\"op\":\"me\"}") << u"wrong_type"_s << false;
        QTest::newRow("no op") << QByteArray("{\"id\":7}") << u"missing_field"_s << true;
        QTest::newRow("op as number") << QByteArray("{\"id\":7,\"op\":3}") << u"wrong_type"_s << true;
        QTest::newRow("empty op") << QByteArray("{\"id\":7,\"op\":\"\"}") << u"invalid_value"_s << true;
        QTest::newRow("unknown op") << QByteArray("{\"id\":7,\"op\":\"bid.place.now\"}") << u"unknown_op"_s
                                    << true;
        QTest::newRow("login missing fields")
            << QByteArray("{\"id\":7,\"op\":\"login\"}") << u"missing_field"_s << true;
        QTest::newRow("login wrong type")
            << QByteArray("{\"id\":7,\"op\":\"login\",\"login\":9700000001,\"password\":\"x\"}")
            << u"wrong_type"_s << true;
        QTest::newRow("register bad role")
            << QByteArray("{\"id\":7,\"op\":\"register\",\"role\":\"admin\",\"display_name\":\"X\",\"phone\":"
                          "\"9811111111\",\"password\":\"long-enough\"}")
            << u"invalid_value"_s << true;
        QTest::newRow("register bad phone")
            << QByteArray("{\"id\":7,\"op\":\"register\",\"role\":\"trader\",\"display_name\":\"X\","
                          "\"phone\":\"12345\",\"password\":\"long-enough\"}")
            << u"invalid_value"_s << true;
        QTest::newRow("guest asks for admin op")
            << QByteArray("{\"id\":7,\"op\":\"admin.users.list\"}") << u"unauthenticated"_s << true;
    }

    void badFrames()
    {
        QFETCH(QByteArray, frame);
        QFETCH(QString, code);
        QFETCH(bool, hasRe);
        const auto before = snapshot(*m_server);
        const auto reply = *test::waitFor(m_client->sendRaw(frame));
        QCOMPARE(codeOf(reply), code);
        QVERIFY(!reply.error->message.isEmpty());
        QCOMPARE(reply.re.has_value(), hasRe);
        QVERIFY(reply.serverTimeMs > 0);
        QCOMPARE(snapshot(*m_server), before);
        // The connection is still usable.
        QVERIFY(test::waitFor(m_client->request(u"settings.get"_s))->ok());
    }

    void binaryFramesAreRefused()
    {
        const auto before = snapshot(*m_server);
        const auto reply = *test::waitFor(m_client->sendRaw("{\"id\":1,\"op\":\"settings.get\"}", true));
        QCOMPARE(codeOf(reply), u"binary_frame"_s);
        QCOMPARE(snapshot(*m_server), before);
        QVERIFY(test::waitFor(m_client->request(u"settings.get"_s))->ok());
    }

    void oversizeFrameIsAnsweredAndIgnored()
    {
        const auto before = snapshot(*m_server);
        QByteArray frame = "{\"id\":9,\"op\":\"register\",\"role\":\"trader\",\"display_name\":\"";
        frame += QByteArray(protocol::kMaxFrameBytes, 'x');
        frame += "\",\"phone\":\"9822222222\",\"password\":\"long-enough\"}";
        const auto reply = *test::waitFor(m_client->sendRaw(frame));
        QCOMPARE(codeOf(reply), u"frame_too_large"_s);
        QVERIFY(!reply.re.has_value());
        QCOMPARE(snapshot(*m_server), before);
        QVERIFY(test::waitFor(m_client->request(u"settings.get"_s))->ok());
    }

    void abusiveFrameSizeClosesTheSocket()
    {
        m_client->socket().sendTextMessage(QString(protocol::kAbuseFrameBytes + 1024, u'x'));
        const auto code = *test::waitFor(m_client->waitClosed());
        QCOMPARE(code, std::optional<int>(protocol::CloseTooBig));
    }

    void manyBadFramesInARowClose()
    {
        for (int i = 0; i < 19; ++i) {
            QCOMPARE(codeOf(*test::waitFor(m_client->sendRaw("nonsense"))), u"bad_json"_s);
        }
        // A good request resets the count...
        QVERIFY(test::waitFor(m_client->request(u"settings.get"_s))->ok());
        for (int i = 0; i < 19; ++i) {
            QCOMPARE(codeOf(*test::waitFor(m_client->sendRaw("nonsense"))), u"bad_json"_s);
        }
        QVERIFY(m_client->isOpen());
        // ...and the twentieth bad one in a row closes with policy violation.
        m_client->socket().sendTextMessage(u"nonsense"_s);
        const auto code = *test::waitFor(m_client->waitClosed());
        QCOMPARE(code, std::optional<int>(protocol::ClosePolicyViolation));
    }

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<TestClient> m_client;
};

QTEST_GUILESS_MAIN(TestProtocolServer)
#include "tst_protocolserver.moc"
