// SPDX-License-Identifier: GPL-3.0-or-later
// Logging in against the real server over a real WebSocket: every role and its kind of secret,
// refusals that give nothing away, lockout and the per-address limit, which role may use which op,
// sign-up and TOTP. Every refusal is checked to have left the database alone.

#include "auth/loginthrottle.h"
#include "auth/totp.h"
#include "opcall.h"
#include "testserver.h"
#include "waitfor.h"

#include <QDateTime>
#include <QTest>
#include <algorithm>

using namespace boli;
using namespace boli::test;
using namespace Qt::StringLiterals;
using server::Totp;

namespace {

/// One account per role, made directly by each test that needs it.
struct Account
{
    Role role;
    QString login; ///< as stored at creation
    QString secret;
};

Account accountFor(Role role)
{
    static const QList<Account> accounts {
        {Role::Farmer, u"98765 43210"_s, u"4321"_s},
        {Role::Trader, u"9811111111"_s, u"trader-pass-1"_s},
        {Role::BusinessSeller, u"seller@example.com"_s, u"seller-pass-1"_s},
        {Role::FieldAgent, u"9822222222"_s, u"agent-pass-1"_s},
        {Role::Admin, u"admin@example.com"_s, u"admin-pass-1"_s},
    };
    return *std::find_if(
        accounts.cbegin(), accounts.cend(), [role](const Account &a) { return a.role == role; });
}

/// The code of the 30-second step `steps` away from now.
QString totpCode(const QByteArray &secret, int steps = 0)
{
    return Totp::codeAt(
        secret, QDateTime::currentMSecsSinceEpoch() + qint64(steps) * Totp::kStepSeconds * 1000);
}

/// Six digits that match no step the server could accept now.
QString wrongTotpCode(const QByteArray &secret)
{
    QStringList near;
    for (int step = -2; step <= 2; ++step) {
        near << totpCode(secret, step);
    }
    for (char digit = '0'; digit <= '9'; ++digit) {
        const QString code(Totp::kDigits, QChar::fromLatin1(digit));
        if (!near.contains(code)) {
            return code;
        }
    }
    return {};
}

} // namespace

/// @brief Login, roles, lockout, rate limit, sign-up and TOTP, end to end over the WebSocket.
class TestAuthFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A fresh server per test (and per data row) also means a fresh per-address login budget.
    void init() { m_server = std::make_unique<TestServer>(); }
    void cleanup() { m_server.reset(); }

    void everyRoleLogsInAndMeWorks_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("typed");
        QTest::newRow("farmer, phone + pin") << u"farmer"_s << u"9876543210"_s;
        QTest::newRow("farmer types +91 98765-43210") << u"farmer"_s << u"+91 98765-43210"_s;
        QTest::newRow("farmer types 09876543210") << u"farmer"_s << u"09876543210"_s;
        QTest::newRow("trader, phone + password") << u"trader"_s << u"+919811111111"_s;
        QTest::newRow("business_seller, email") << u"business_seller"_s << u"Seller@Example.com "_s;
        QTest::newRow("field_agent, phone") << u"field_agent"_s << u"98222 22222"_s;
        QTest::newRow("admin, email") << u"admin"_s << u"admin@example.com"_s;
    }

    void everyRoleLogsInAndMeWorks()
    {
        QFETCH(QString, role);
        QFETCH(QString, typed);
        const Account account = accountFor(*roleFromName(role));
        const server::User user = m_server->createUser(account.role, account.login, account.secret);
        TestClient client;
        QVERIFY(open(client));

        const auto login =
            call(client, u"login"_s, {{u"login"_s, typed}, {secretField(account.role), account.secret}});
        QCOMPARE(codeOf(login), u"ok"_s);
        QVERIFY(!login.fields.value(u"access_token"_s).toString().isEmpty());
        QVERIFY(!login.fields.value(u"refresh_token"_s).toString().isEmpty());
        QCOMPARE(login.fields.value(u"scope"_s).toString(), u"full"_s);
        QCOMPARE(login.fields.value(u"user"_s)[u"role"_s].toString(), role);
        QCOMPARE(login.fields.value(u"user"_s)[u"id"_s].toInteger(), user.id);

        const auto me = call(client, u"me"_s);
        QCOMPARE(codeOf(me), u"ok"_s);
        QCOMPARE(me.fields.value(u"user"_s)[u"id"_s].toInteger(), user.id);
        QCOMPARE(me.fields.value(u"user"_s)[u"role"_s].toString(), role);
    }

    void badLoginsAreRefusedAlike_data()
    {
        QTest::addColumn<QJsonObject>("fields");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("audited"); // a wrong secret for a real account is recorded
        const QString farmer = u"9876543210"_s;
        const QString trader = u"9811111111"_s;
        QTest::newRow("farmer, wrong pin")
            << QJsonObject {{u"login"_s, farmer}, {u"pin"_s, u"1111"_s}} << u"invalid_credentials"_s << true;
        QTest::newRow("trader, wrong password")
            << QJsonObject {{u"login"_s, trader}, {u"password"_s, u"wrong-pass-1"_s}}
            << u"invalid_credentials"_s << true;
        QTest::newRow("unknown phone") << QJsonObject {{u"login"_s, u"9123456789"_s}, {u"pin"_s, u"4321"_s}}
                                       << u"invalid_credentials"_s << false;
        QTest::newRow("unknown email")
            << QJsonObject {{u"login"_s, u"nobody@example.com"_s}, {u"password"_s, u"x-pass-12"_s}}
            << u"invalid_credentials"_s << false;
        QTest::newRow("neither phone nor email")
            << QJsonObject {{u"login"_s, u"ramesh"_s}, {u"pin"_s, u"4321"_s}} << u"invalid_credentials"_s
            << false;
        QTest::newRow("farmer, right pin sent as password")
            << QJsonObject {{u"login"_s, farmer}, {u"password"_s, u"4321"_s}} << u"invalid_credentials"_s
            << true;
        QTest::newRow("farmer, non-digit pin")
            << QJsonObject {{u"login"_s, farmer}, {u"pin"_s, u"43a1"_s}} << u"invalid_credentials"_s << true;
        QTest::newRow("farmer, 3-digit pin")
            << QJsonObject {{u"login"_s, farmer}, {u"pin"_s, u"432"_s}} << u"invalid_credentials"_s << true;
        QTest::newRow("both pin and password")
            << QJsonObject {{u"login"_s, farmer}, {u"pin"_s, u"4321"_s}, {u"password"_s, u"4321"_s}}
            << u"missing_field"_s << false;
        QTest::newRow("neither pin nor password")
            << QJsonObject {{u"login"_s, farmer}} << u"missing_field"_s << false;
        QTest::newRow("no login") << QJsonObject {{u"pin"_s, u"4321"_s}} << u"missing_field"_s << false;
    }

    void badLoginsAreRefusedAlike()
    {
        QFETCH(QJsonObject, fields);
        QFETCH(QString, code);
        QFETCH(bool, audited);
        create(Role::Farmer);
        create(Role::Trader);
        TestClient client;
        QVERIFY(open(client));
        const qint64 auditBefore = m_server->rowCount(u"audit_log"_s);
        const auto before = accountTables();

        QCOMPARE(codeOf(call(client, u"login"_s, fields)), code);
        QCOMPARE(accountTables(), before);
        QCOMPARE(m_server->rowCount(u"audit_log"_s), auditBefore + (audited ? 1 : 0));
        QCOMPARE(codeOf(call(client, u"me"_s)), u"unauthenticated"_s);
    }

    void fiveWrongPinsLockTheAccount()
    {
        const server::User farmer = create(Role::Farmer);
        TestClient client;
        QVERIFY(open(client));
        const auto before = accountTables();

        for (int i = 1; i < server::LoginThrottle::kFailuresBeforeLock; ++i) {
            QCOMPARE(codeOf(logIn(client, farmer.phone, u"1111"_s, true)), u"invalid_credentials"_s);
        }
        QCOMPARE(codeOf(logIn(client, farmer.phone, u"1111"_s, true)), u"account_locked"_s);
        QCOMPARE(codeOf(logIn(client, Role::Farmer)), u"account_locked"_s);
        QCOMPARE(accountTables(), before);

        server::AuditFilter filter;
        filter.target = u"user:%1"_s.arg(farmer.id);
        filter.op = u"auth.login_failed"_s;
        QCOMPARE(m_server->parts().auditLog.count(filter), server::LoginThrottle::kFailuresBeforeLock - 1);
        filter.op = u"auth.locked"_s;
        const auto locked = m_server->parts().auditLog.list(filter);
        QCOMPARE(locked.size(), 1);
        QCOMPARE(locked.front().actorRole, u"guest"_s);
        QCOMPARE(locked.front().ip, u"127.0.0.1"_s);
    }

    void loginAttemptsAreRateLimitedPerAddress()
    {
        create(Role::Trader);
        TestClient client;
        QVERIFY(open(client));
        const qint64 auditBefore = m_server->rowCount(u"audit_log"_s);
        const auto before = accountTables();

        for (int i = 0; i < server::LoginThrottle::kDefaultBurst; ++i) {
            const QString unknown = u"91000000%1"_s.arg(i, 2, 10, QLatin1Char('0'));
            QCOMPARE(codeOf(logIn(client, unknown, u"wrong-pass-1"_s, false)), u"invalid_credentials"_s);
        }
        // Past the burst even the right password is refused, and so is a new connection from the same
        // address.
        QCOMPARE(codeOf(logIn(client, Role::Trader)), u"rate_limited"_s);
        TestClient second;
        QVERIFY(open(second));
        QCOMPARE(codeOf(logIn(second, u"9100000099"_s, u"wrong-pass-1"_s, false)), u"rate_limited"_s);
        QCOMPARE(accountTables(), before);
        QCOMPARE(m_server->rowCount(u"audit_log"_s), auditBefore);
    }

    void opsCheckTheCallersRole_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("op");
        QTest::addColumn<QString>("code");
        QTest::newRow("guest: me") << u"guest"_s << u"me"_s << u"unauthenticated"_s;
        QTest::newRow("guest: admin.users.list")
            << u"guest"_s << u"admin.users.list"_s << u"unauthenticated"_s;
        QTest::newRow("guest: agent.register_farmer")
            << u"guest"_s << u"agent.register_farmer"_s << u"unauthenticated"_s;
        QTest::newRow("trader: admin.users.list") << u"trader"_s << u"admin.users.list"_s << u"forbidden"_s;
        QTest::newRow("field_agent: admin.users.list")
            << u"field_agent"_s << u"admin.users.list"_s << u"forbidden"_s;
        QTest::newRow("admin: admin.users.list") << u"admin"_s << u"admin.users.list"_s << u"ok"_s;
        QTest::newRow("trader: agent.register_farmer")
            << u"trader"_s << u"agent.register_farmer"_s << u"forbidden"_s;
        QTest::newRow("farmer: agent.register_farmer")
            << u"farmer"_s << u"agent.register_farmer"_s << u"forbidden"_s;
    }

    void opsCheckTheCallersRole()
    {
        QFETCH(QString, role);
        QFETCH(QString, op);
        QFETCH(QString, code);
        TestClient client;
        QVERIFY(open(client));
        if (role != u"guest"_s) {
            create(*roleFromName(role));
            QCOMPARE(codeOf(logIn(client, *roleFromName(role))), u"ok"_s);
        }
        const auto before = allTables();
        QJsonObject fields;
        if (op == u"agent.register_farmer"_s) {
            fields = {{u"display_name"_s, u"Ramesh"_s}, {u"phone"_s, u"9844444444"_s}, {u"pin"_s, u"2580"_s}};
        }
        QCOMPARE(codeOf(call(client, op, fields)), code);
        if (code != u"ok"_s) {
            QCOMPARE(allTables(), before);
        }
    }

    void fieldAgentRegistersAFarmerWhoCanLogIn()
    {
        const server::User agent = create(Role::FieldAgent);
        TestClient client;
        QVERIFY(open(client));
        QCOMPARE(codeOf(logIn(client, Role::FieldAgent)), u"ok"_s);
        const qint64 usersBefore = m_server->rowCount(u"users"_s);

        const auto created = call(client, u"agent.register_farmer"_s,
            {{u"display_name"_s, u"Ramesh"_s}, {u"phone"_s, u"98444 44444"_s}, {u"pin"_s, u"2580"_s}});
        QCOMPARE(codeOf(created), u"ok"_s);
        QCOMPARE(created.fields.value(u"user"_s)[u"role"_s].toString(), u"farmer"_s);
        QCOMPARE(m_server->rowCount(u"users"_s), usersBefore + 1);
        server::AuditFilter filter;
        filter.op = u"agent.register_farmer"_s;
        filter.actorId = agent.id;
        QCOMPARE(m_server->parts().auditLog.count(filter), 1);

        TestClient farmer;
        QVERIFY(open(farmer));
        const auto login = logIn(farmer, u"+919844444444"_s, u"2580"_s, true);
        QCOMPARE(codeOf(login), u"ok"_s);
        QCOMPARE(login.fields.value(u"user"_s)[u"id"_s], created.fields.value(u"user"_s)[u"id"_s]);
    }

    void guestsSignUpOnlyForSelfServiceRoles_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("code");
        QTest::newRow("trader") << u"trader"_s << u"ok"_s;
        QTest::newRow("business_seller") << u"business_seller"_s << u"ok"_s;
        QTest::newRow("farmer") << u"farmer"_s << u"ok"_s;
        QTest::newRow("admin") << u"admin"_s << u"invalid_value"_s;
        QTest::newRow("field_agent") << u"field_agent"_s << u"invalid_value"_s;
        QTest::newRow("guest") << u"guest"_s << u"invalid_value"_s;
        QTest::newRow("unknown role") << u"chief"_s << u"invalid_value"_s;
    }

    void guestsSignUpOnlyForSelfServiceRoles()
    {
        QFETCH(QString, role);
        QFETCH(QString, code);
        const bool pin = role == u"farmer"_s;
        const QString secret = pin ? u"2580"_s : u"my-pass-123"_s;
        TestClient client;
        QVERIFY(open(client));
        const auto before = allTables();

        const auto reply = call(client, u"register"_s,
            {{u"role"_s, role}, {u"display_name"_s, u"Asha"_s}, {u"phone"_s, u"9833333333"_s},
                {pin ? u"pin"_s : u"password"_s, secret}});
        QCOMPARE(codeOf(reply), code);
        if (code != u"ok"_s) {
            QCOMPARE(allTables(), before);
            return;
        }
        QCOMPARE(reply.fields.value(u"user"_s)[u"role"_s].toString(), role);
        QCOMPARE(m_server->rowCount(u"users"_s), before.front() + 1);
        QCOMPARE(codeOf(logIn(client, u"9833333333"_s, secret, pin)), u"ok"_s);
    }

    void totpEnrolmentNeedsARightCode()
    {
        create(Role::Trader);
        TestClient client;
        QVERIFY(open(client));
        QCOMPARE(codeOf(logIn(client, Role::Trader)), u"ok"_s);

        const auto enrolled = call(client, u"totp.enroll"_s);
        QCOMPARE(codeOf(enrolled), u"ok"_s);
        const auto secret = Totp::fromBase32(enrolled.fields.value(u"secret"_s).toString());
        QVERIFY(secret && !secret->isEmpty());
        QVERIFY(enrolled.fields.value(u"otpauth_uri"_s).toString().startsWith(u"otpauth://totp/"_s));
        QVERIFY(enrolled.fields.value(u"qr_svg"_s).toString().startsWith(u"<svg"_s));

        QCOMPARE(codeOf(call(client, u"totp.confirm"_s, {{u"code"_s, wrongTotpCode(*secret)}})),
            u"totp_invalid"_s);
        QCOMPARE(call(client, u"me"_s).fields.value(u"user"_s)[u"totp_enabled"_s].toBool(), false);
        QCOMPARE(codeOf(call(client, u"totp.confirm"_s, {{u"code"_s, totpCode(*secret)}})), u"ok"_s);
        QCOMPARE(call(client, u"me"_s).fields.value(u"user"_s)[u"totp_enabled"_s].toBool(), true);
    }

    void totpLoginNeedsAFreshCode()
    {
        create(Role::Trader);
        TestClient client;
        QVERIFY(open(client));
        QCOMPARE(codeOf(logIn(client, Role::Trader)), u"ok"_s);
        const QByteArray secret = enrolTotp(client);
        QVERIFY(!secret.isEmpty());
        const auto before = accountTables();
        const qint64 auditBefore = m_server->rowCount(u"audit_log"_s);

        QCOMPARE(codeOf(logIn(client, Role::Trader)), u"totp_required"_s);
        QCOMPARE(m_server->rowCount(u"audit_log"_s), auditBefore);
        // A wrong code counts as a failed login, towards the lockout.
        QCOMPARE(codeOf(logIn(client, Role::Trader, wrongTotpCode(secret))), u"totp_invalid"_s);
        QCOMPARE(m_server->rowCount(u"audit_log"_s), auditBefore + 1);
        QCOMPARE(accountTables(), before);
        // Enrolment burnt the current step; the next one is inside the window and still unused.
        const QString code = totpCode(secret, 1);
        QCOMPARE(codeOf(logIn(client, Role::Trader, code)), u"ok"_s);
        TestClient other;
        QVERIFY(open(other));
        QCOMPARE(codeOf(logIn(other, Role::Trader, code)), u"totp_invalid"_s);
    }

private:
    static QString secretField(Role role) { return roleUsesPin(role) ? u"pin"_s : u"password"_s; }

    bool open(TestClient &client) { return test::waitFor(client.open(m_server->port())).value_or(false); }

    server::User create(Role role)
    {
        const Account account = accountFor(role);
        return m_server->createUser(role, account.login, account.secret);
    }

    static protocol::Reply logIn(
        TestClient &client, const QString &login, const QString &secret, bool pin, const QString &totp = {})
    {
        return *test::waitFor(client.login(login, secret, pin, totp));
    }

    static protocol::Reply logIn(TestClient &client, Role role, const QString &totp = {})
    {
        const Account account = accountFor(role);
        return logIn(client, account.login, account.secret, roleUsesPin(role), totp);
    }

    /// totp.enroll then totp.confirm on a logged-in connection; the secret, empty when either failed.
    static QByteArray enrolTotp(TestClient &client)
    {
        const auto enrolled = call(client, u"totp.enroll"_s);
        const QByteArray secret =
            Totp::fromBase32(enrolled.fields.value(u"secret"_s).toString()).value_or(QByteArray());
        if (!enrolled.ok() || secret.isEmpty()) {
            return {};
        }
        return call(client, u"totp.confirm"_s, {{u"code"_s, totpCode(secret)}}).ok() ? secret : QByteArray();
    }

    /// Rows of the tables a login touches, but the audit log (failed logins are recorded there).
    QList<qint64> accountTables()
    {
        return {m_server->rowCount(u"users"_s), m_server->rowCount(u"sessions"_s),
            m_server->rowCount(u"refresh_tokens"_s)};
    }

    QList<qint64> allTables()
    {
        return accountTables() << m_server->rowCount(u"audit_log"_s) << m_server->rowCount(u"settings"_s);
    }

    std::unique_ptr<TestServer> m_server;
};

QTEST_GUILESS_MAIN(TestAuthFlow)
#include "tst_authflow.moc"
