// SPDX-License-Identifier: GPL-3.0-or-later
// What keeps a login alive and what ends it, against the real server over a real WebSocket:
// rotating refresh tokens and their reuse, access tokens on other connections, logout, bans, and the
// enrolment-only scope the admin_2fa setting gives admins without TOTP.

#include "auth/totp.h"
#include "opcall.h"
#include "testserver.h"
#include "waitfor.h"

#include <QDateTime>
#include <QTest>

using namespace boli;
using namespace boli::test;
using namespace Qt::StringLiterals;
using server::Totp;

namespace {

const QString kTraderLogin = u"9811111111"_s;
const QString kTraderPassword = u"trader-pass-1"_s;
const QString kAdminLogin = u"admin@example.com"_s;
const QString kAdminPassword = u"admin-pass-1"_s;

/// The TOTP code of the 30-second step `steps` away from now.
QString totpCode(const QByteArray &secret, int steps = 0)
{
    return Totp::codeAt(
        secret, QDateTime::currentMSecsSinceEpoch() + qint64(steps) * Totp::kStepSeconds * 1000);
}

QString text(const protocol::Reply &reply, const QString &field)
{
    return reply.fields.value(field).toString();
}

} // namespace

/// @brief Refresh, reuse detection, authenticate, logout, bans and session scope, end to end over the
/// WebSocket.
class TestSessionTokens : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<TestServer>();
        m_trader = m_server->createUser(Role::Trader, kTraderLogin, kTraderPassword);
    }

    void cleanup() { m_server.reset(); }

    void refreshRotatesBothTokens()
    {
        TestClient client;
        QVERIFY(open(client));
        const auto login = logInTrader(client);
        QCOMPARE(codeOf(login), u"ok"_s);

        const auto refreshed =
            call(client, u"refresh"_s, {{u"refresh_token"_s, text(login, u"refresh_token"_s)}});
        QCOMPARE(codeOf(refreshed), u"ok"_s);
        QVERIFY(!text(refreshed, u"refresh_token"_s).isEmpty());
        QVERIFY(text(refreshed, u"refresh_token"_s) != text(login, u"refresh_token"_s));
        QCOMPARE(refreshed.fields.value(u"session_id"_s), login.fields.value(u"session_id"_s));
        QCOMPARE(codeOf(call(client, u"me"_s)), u"ok"_s);
        // Access tokens carry no nonce: issued in the same millisecond as the login's they are equal,
        // so the new one is proven by its own expiry and by logging in another connection with it.
        QVERIFY(refreshed.fields.value(u"access_expires_at"_s).toInteger()
            >= login.fields.value(u"access_expires_at"_s).toInteger());
        TestClient other;
        QVERIFY(open(other));
        QCOMPARE(
            codeOf(call(other, u"authenticate"_s, {{u"access_token"_s, text(refreshed, u"access_token"_s)}})),
            u"ok"_s);
    }

    void reusedRefreshTokenRevokesTheWholeFamily()
    {
        TestClient owner;
        QVERIFY(open(owner));
        const auto login = logInTrader(owner);
        const QString first = text(login, u"refresh_token"_s);
        const auto refreshed = call(owner, u"refresh"_s, {{u"refresh_token"_s, first}});
        QCOMPARE(codeOf(refreshed), u"ok"_s);
        const QString second = text(refreshed, u"refresh_token"_s);

        // Someone else presents the token that was already rotated away.
        TestClient thief;
        QVERIFY(open(thief));
        QCOMPARE(codeOf(call(thief, u"refresh"_s, {{u"refresh_token"_s, first}})), u"token_reused"_s);
        QCOMPARE(codeOf(call(thief, u"refresh"_s, {{u"refresh_token"_s, second}})), u"session_revoked"_s);
        QCOMPARE(codeOf(call(thief, u"me"_s)), u"unauthenticated"_s);

        const auto ended = *test::waitFor(owner.nextEvent(u"session.ended"_s));
        QVERIFY(ended);
        QCOMPARE(ended->fields.value(u"reason"_s).toString(), u"token_reused"_s);
        QCOMPARE(*test::waitFor(owner.waitClosed()), std::optional<int>(protocol::CloseSessionEnded));

        server::AuditFilter filter;
        filter.op = u"auth.token_reuse"_s;
        filter.target = u"session:%1"_s.arg(login.fields.value(u"session_id"_s).toInteger());
        QCOMPARE(m_server->parts().auditLog.count(filter), 1);
    }

    void accessTokenAuthenticatesAnotherConnection()
    {
        TestClient first;
        QVERIFY(open(first));
        const auto login = logInTrader(first);
        QCOMPARE(codeOf(login), u"ok"_s);

        TestClient second;
        QVERIFY(open(second));
        QCOMPARE(codeOf(call(second, u"me"_s)), u"unauthenticated"_s);
        const auto authenticated =
            call(second, u"authenticate"_s, {{u"access_token"_s, text(login, u"access_token"_s)}});
        QCOMPARE(codeOf(authenticated), u"ok"_s);
        QCOMPARE(authenticated.fields.value(u"session_id"_s), login.fields.value(u"session_id"_s));
        const auto me = call(second, u"me"_s);
        QCOMPARE(codeOf(me), u"ok"_s);
        QCOMPARE(me.fields.value(u"user"_s)[u"id"_s].toInteger(), m_trader.id);
    }

    void logoutEndsTheSessionEverywhere()
    {
        TestClient first;
        QVERIFY(open(first));
        const auto login = logInTrader(first);
        TestClient second;
        QVERIFY(open(second));
        QCOMPARE(
            codeOf(call(second, u"authenticate"_s, {{u"access_token"_s, text(login, u"access_token"_s)}})),
            u"ok"_s);

        QCOMPARE(codeOf(call(first, u"logout"_s)), u"ok"_s);
        QCOMPARE(codeOf(call(first, u"me"_s)), u"unauthenticated"_s);
        // The other connection on that session is told and closed.
        const auto ended = *test::waitFor(second.nextEvent(u"session.ended"_s));
        QVERIFY(ended);
        QCOMPARE(ended->fields.value(u"reason"_s).toString(), u"logout"_s);
        QCOMPARE(*test::waitFor(second.waitClosed()), std::optional<int>(protocol::CloseSessionEnded));

        const auto before = tables();
        QCOMPARE(codeOf(call(first, u"refresh"_s, {{u"refresh_token"_s, text(login, u"refresh_token"_s)}})),
            u"session_revoked"_s);
        QCOMPARE(
            codeOf(call(first, u"authenticate"_s, {{u"access_token"_s, text(login, u"access_token"_s)}})),
            u"session_revoked"_s);
        QCOMPARE(tables(), before);
        QCOMPARE(codeOf(call(first, u"me"_s)), u"unauthenticated"_s);
    }

    void garbageTokensAreInvalid_data()
    {
        QTest::addColumn<QString>("op");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("token");
        QTest::newRow("access token: garbage") << u"authenticate"_s << u"access_token"_s << u"garbage"_s;
        QTest::newRow("access token: three dotted parts")
            << u"authenticate"_s << u"access_token"_s << u"a.b.c"_s;
        QTest::newRow("refresh token: garbage") << u"refresh"_s << u"refresh_token"_s << u"garbage"_s;
    }

    void garbageTokensAreInvalid()
    {
        QFETCH(QString, op);
        QFETCH(QString, field);
        QFETCH(QString, token);
        TestClient client;
        QVERIFY(open(client));
        const auto before = tables();
        QCOMPARE(codeOf(call(client, op, {{field, token}})), u"token_invalid"_s);
        QCOMPARE(tables(), before);
        QCOMPARE(codeOf(call(client, u"me"_s)), u"unauthenticated"_s);
    }

    void banEndsEveryConnectionOfTheUser()
    {
        TestClient phone;
        TestClient kiosk;
        QVERIFY(open(phone) && open(kiosk));
        QCOMPARE(codeOf(logInTrader(phone)), u"ok"_s);
        QCOMPARE(codeOf(logInTrader(kiosk)), u"ok"_s);
        TestClient admin;
        QVERIFY(open(admin));
        QCOMPARE(codeOf(logInAdmin(admin)), u"ok"_s);

        QCOMPARE(codeOf(ban(admin, m_trader.id)), u"ok"_s);
        for (TestClient *client : {&phone, &kiosk}) {
            const auto ended = *test::waitFor(client->nextEvent(u"session.ended"_s));
            QVERIFY(ended);
            QCOMPARE(ended->fields.value(u"reason"_s).toString(), u"banned"_s);
            QCOMPARE(*test::waitFor(client->waitClosed()), std::optional<int>(protocol::CloseSessionEnded));
        }
        QVERIFY(admin.isOpen());
    }

    void bannedUserCannotLogInOrRefreshUntilUnbanned()
    {
        TestClient trader;
        QVERIFY(open(trader));
        const auto login = logInTrader(trader);
        TestClient admin;
        QVERIFY(open(admin));
        QCOMPARE(codeOf(logInAdmin(admin)), u"ok"_s);
        QCOMPARE(codeOf(ban(admin, m_trader.id)), u"ok"_s);

        TestClient again;
        QVERIFY(open(again));
        const auto before = tables();
        QCOMPARE(codeOf(logInTrader(again)), u"account_banned"_s);
        // The ban revoked every session, and that check comes before the ban check.
        QCOMPARE(codeOf(call(again, u"refresh"_s, {{u"refresh_token"_s, text(login, u"refresh_token"_s)}})),
            u"session_revoked"_s);
        QCOMPARE(
            codeOf(call(again, u"authenticate"_s, {{u"access_token"_s, text(login, u"access_token"_s)}})),
            u"session_revoked"_s);
        QCOMPARE(tables(), before);

        QCOMPARE(codeOf(call(admin, u"admin.users.unban"_s, {{u"user_id"_s, m_trader.id}})), u"ok"_s);
        QCOMPARE(codeOf(logInTrader(again)), u"ok"_s);
    }

    void adminCannotBanThemselves()
    {
        const server::User self = m_server->createUser(Role::Admin, kAdminLogin, kAdminPassword);
        TestClient admin;
        QVERIFY(open(admin));
        QCOMPARE(codeOf(logInAdmin(admin)), u"ok"_s);
        const auto before = tables();

        QCOMPARE(codeOf(ban(admin, self.id)), u"forbidden"_s);
        QCOMPARE(tables(), before);
        QVERIFY(!m_server->parts().users.byId(self.id)->banned);
        QCOMPARE(codeOf(call(admin, u"me"_s)), u"ok"_s);
    }

    void admin2faNeedsTheAdminsOwnTotp()
    {
        m_server->createUser(Role::Admin, u"second@example.com"_s, u"admin-pass-2"_s);
        TestClient client;
        QVERIFY(open(client));
        QCOMPARE(codeOf(logInAdmin(client)), u"ok"_s);
        const QJsonObject require2fa {{u"key"_s, u"admin_2fa"_s}, {u"value"_s, true}};
        const auto before = tables();

        QCOMPARE(codeOf(call(client, u"admin.settings.set"_s, require2fa)), u"totp_enrollment_required"_s);
        QCOMPARE(tables(), before);
        QVERIFY(!m_server->parts().settings.flag(u"admin_2fa"_s));
        QVERIFY(!enrolTotp(client).isEmpty());
        QCOMPARE(codeOf(call(client, u"admin.settings.set"_s, require2fa)), u"ok"_s);
        QVERIFY(m_server->parts().settings.flag(u"admin_2fa"_s));

        TestClient second;
        QVERIFY(open(second));
        const auto login = *test::waitFor(second.login(u"second@example.com"_s, u"admin-pass-2"_s, false));
        QCOMPARE(codeOf(login), u"ok"_s);
        QCOMPARE(login.fields.value(u"scope"_s).toString(), u"totp_enroll"_s);
    }

    void adminWithoutTotpMayOnlyEnrol()
    {
        QVERIFY(!m_server->parts().settings.set(u"admin_2fa"_s, true, server::AuditActor::system()));
        TestClient admin;
        QVERIFY(open(admin));
        const auto login = logInAdmin(admin);
        QCOMPARE(codeOf(login), u"ok"_s);
        QCOMPARE(login.fields.value(u"scope"_s).toString(), u"totp_enroll"_s);
        const auto before = tables();

        QCOMPARE(codeOf(call(admin, u"admin.users.list"_s)), u"totp_enrollment_required"_s);
        QCOMPARE(
            codeOf(call(admin, u"admin.settings.set"_s, {{u"key"_s, u"buy_now"_s}, {u"value"_s, false}})),
            u"totp_enrollment_required"_s);
        QCOMPARE(tables(), before);
        const auto me = call(admin, u"me"_s);
        QCOMPARE(codeOf(me), u"ok"_s);
        QCOMPARE(me.fields.value(u"scope"_s).toString(), u"totp_enroll"_s);
        const QByteArray secret = enrolTotp(admin);
        QVERIFY(!secret.isEmpty());

        // Enrolled, the admin logs in again with a code and gets the full scope.
        const auto again = logInAdmin(admin, totpCode(secret, 1));
        QCOMPARE(codeOf(again), u"ok"_s);
        QCOMPARE(again.fields.value(u"scope"_s).toString(), u"full"_s);
        QCOMPARE(codeOf(call(admin, u"admin.users.list"_s)), u"ok"_s);
        // The setting binds admins only.
        TestClient trader;
        QVERIFY(open(trader));
        QCOMPARE(logInTrader(trader).fields.value(u"scope"_s).toString(), u"full"_s);
    }

private:
    bool open(TestClient &client) { return test::waitFor(client.open(m_server->port())).value_or(false); }

    static protocol::Reply logInTrader(TestClient &client)
    {
        return *test::waitFor(client.login(kTraderLogin, kTraderPassword, false));
    }

    /// Logs in the admin, creating the account on first use.
    protocol::Reply logInAdmin(TestClient &client, const QString &totp = {})
    {
        if (!m_server->parts().users.byLogin(kAdminLogin)) {
            m_server->createUser(Role::Admin, kAdminLogin, kAdminPassword);
        }
        return *test::waitFor(client.login(kAdminLogin, kAdminPassword, false, totp));
    }

    static protocol::Reply ban(TestClient &admin, qint64 userId)
    {
        return call(admin, u"admin.users.ban"_s, {{u"user_id"_s, userId}, {u"reason"_s, u"shill bidding"_s}});
    }

    /// totp.enroll then totp.confirm on a logged-in connection; the secret, empty when either failed.
    static QByteArray enrolTotp(TestClient &client)
    {
        const auto enrolled = call(client, u"totp.enroll"_s);
        const auto secret = Totp::fromBase32(text(enrolled, u"secret"_s)).value_or(QByteArray());
        if (!enrolled.ok() || secret.isEmpty()) {
            return {};
        }
        return call(client, u"totp.confirm"_s, {{u"code"_s, totpCode(secret)}}).ok() ? secret : QByteArray();
    }

    /// Row counts of every table a refused request must leave alone.
    QList<qint64> tables()
    {
        QList<qint64> counts;
        for (const auto *table : {"users", "sessions", "refresh_tokens", "audit_log", "settings"}) {
            counts << m_server->rowCount(QString::fromLatin1(table));
        }
        return counts;
    }

    std::unique_ptr<TestServer> m_server;
    server::User m_trader;
};

QTEST_GUILESS_MAIN(TestSessionTokens)
#include "tst_sessiontokens.moc"
