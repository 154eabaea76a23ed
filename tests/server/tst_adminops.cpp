// SPDX-License-Identifier: GPL-3.0-or-later
// Admin basics against the real server over a real WebSocket: user search, account creation, roles,
// bans, the audit log and settings, each refusal with its exact error code and no trace left behind.

#include "boli/clock.h"
#include "testclient.h"
#include "testserver.h"
#include "waitfor.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTest>

using namespace boli;
using namespace Qt::StringLiterals;
using boli::test::TestClient;
using boli::test::TestServer;

namespace {

const QString kAdminLogin = u"asha@boli.example"_s;
const QString kPassword = u"market-pass-1"_s;
const QStringList kAdminOps {u"admin.users.list"_s, u"admin.users.create"_s, u"admin.users.ban"_s,
    u"admin.users.unban"_s, u"admin.users.set_role"_s, u"admin.audit.list"_s, u"admin.settings.set"_s};

QJsonObject merged(QJsonObject base, const QJsonObject &extra)
{
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        base.insert(it.key(), *it);
    }
    return base;
}

QJsonObject without(QJsonObject object, const QString &key)
{
    object.remove(key);
    return object;
}

QString codeOf(const protocol::Reply &reply)
{
    return reply.error ? errorCodeName(reply.error->code) : u"ok"_s;
}

QStringList listed(const protocol::Reply &reply, const QString &array, const QString &field)
{
    QStringList values;
    for (const QJsonValue &item : reply.fields.value(array).toArray()) {
        values << item.toObject().value(field).toVariant().toString();
    }
    return values;
}

QString userTarget(qint64 id)
{
    return u"user:"_s + QString::number(id);
}

/// A refusal row: `caller` (admin, trader or guest) sends `op` with `fields`; user_id "$trader",
/// "$farmer" or "$self" stands for that account's id.
void refusal(const char *name, const QString &op, const QJsonObject &fields, const char *code,
    const char *caller = "admin")
{
    QTest::newRow(name) << op << fields << QString::fromLatin1(code) << QString::fromLatin1(caller);
}

void refusalColumns()
{
    QTest::addColumn<QString>("op");
    QTest::addColumn<QJsonObject>("fields");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("caller");
}

} // namespace

class TestAdminOps : public QObject
{
    Q_OBJECT

private:
    protocol::Reply call(TestClient &client, const QString &op, const QJsonObject &fields = {})
    {
        const protocol::Reply timedOut {{}, {}, Error::of(ErrorCode::InternalError, u"timeout"_s), 0};
        return test::waitFor(client.request(op, fields)).value_or(timedOut);
    }
    protocol::Reply admin(const QString &op, const QJsonObject &fields = {})
    {
        return call(*m_admin, op, fields);
    }

    /// A fresh greeted connection, logged in when a login is given (short secrets are PINs).
    std::unique_ptr<TestClient> openClient(const QString &login = {}, const QString &secret = kPassword)
    {
        auto client = std::make_unique<TestClient>();
        if (!test::waitFor(client->open(m_server->port())).value_or(false)) {
            return nullptr;
        }
        const bool pin = secret.size() < 8;
        if (!login.isEmpty()
            && !test::waitFor(client->login(login, secret, pin)).value_or(protocol::Reply {}).ok()) {
            return nullptr;
        }
        return client;
    }

    /// A small market to search: a farmer, two traders (one with '%' and '_' in its name), a firm.
    void addPeople()
    {
        m_farmer = m_server->createUser(Role::Farmer, u"9800000001"_s, u"1234"_s, u"Ramesh Patel"_s);
        m_trader = m_server->createUser(Role::Trader, u"9700000001"_s, kPassword, u"Agarwal Traders"_s);
        m_server->createUser(Role::Trader, u"deals@agarwal.example"_s, kPassword, u"50% Off_Deals"_s);
        m_server->createUser(
            Role::BusinessSeller, u"mills@percent.example"_s, kPassword, u"Percentage Mills"_s);
    }

    /// Read from the store, so the tests of other ops do not lean on admin.audit.list.
    QJsonObject newestAudit(const QString &op, const QString &target)
    {
        server::AuditFilter filter;
        filter.op = op;
        filter.target = target;
        const auto records = m_server->parts().auditLog.list(filter);
        return records.isEmpty() ? QJsonObject() : records.first().toJson();
    }

    qint64 rows(const QString &table) { return m_server->rowCount(table); }

    /// Everything a refused request could have touched.
    QJsonObject snapshot()
    {
        QJsonArray users;
        for (const auto &user : m_server->parts().users.search(server::UserSearch {.limit = 1'000})) {
            users.append(user.toJson());
        }
        return {{u"users"_s, users}, {u"audit"_s, rows(u"audit_log"_s)}, {u"stored"_s, rows(u"settings"_s)},
            {u"settings"_s, m_server->parts().settings.values()}};
    }

    void checkRefusal()
    {
        QFETCH(QString, op);
        QFETCH(QJsonObject, fields);
        QFETCH(QString, caller);
        addPeople();
        const QHash<QString, qint64> ids {
            {u"$trader"_s, m_trader.id}, {u"$farmer"_s, m_farmer.id}, {u"$self"_s, m_adminUser.id}};
        if (ids.contains(fields.value(u"user_id"_s).toString())) {
            fields.insert(u"user_id"_s, ids.value(fields.value(u"user_id"_s).toString()));
        }
        auto other = caller == u"trader"_s ? openClient(u"9700000001"_s) : openClient();
        QVERIFY(other);
        TestClient &client = caller == u"admin"_s ? *m_admin : *other;
        const QJsonObject before = snapshot();
        QTEST(codeOf(call(client, op, fields)), "code");
        QCOMPARE(snapshot(), before);
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<TestServer>();
        m_adminUser = m_server->createUser(Role::Admin, kAdminLogin, kPassword, u"Asha Admin"_s);
        m_admin = openClient(kAdminLogin);
        QVERIFY(m_admin);
    }

    void cleanup()
    {
        m_admin.reset();
        m_server.reset();
    }

    void listUsersSearchesAndFilters_data()
    {
        QTest::addColumn<QJsonObject>("filter");
        QTest::addColumn<QStringList>("names");
        auto add = [](const char *name, const QJsonObject &filter, const QStringList &names) {
            QTest::newRow(name) << filter << names;
        };
        const QStringList ramesh {u"Ramesh Patel"_s}, deals {u"50% Off_Deals"_s},
            agarwal {u"Agarwal Traders"_s};
        add("part of a name", {{u"query"_s, u"patel"_s}}, ramesh);
        add("name in another case", {{u"query"_s, u"RAMESH"_s}}, ramesh);
        add("part of a phone", {{u"query"_s, u"98000000"_s}}, ramesh);
        add("email in another case", {{u"query"_s, u"Percent.EXAMPLE"_s}}, {u"Percentage Mills"_s});
        add("percent is literal", {{u"query"_s, u"%"_s}}, deals);
        add("underscore is literal", {{u"query"_s, u"_"_s}}, deals);
        add("percent is no wildcard", {{u"query"_s, u"sh%pa"_s}}, {});
        add("underscore is no wildcard", {{u"query"_s, u"h_p"_s}}, {});
        add("role", {{u"role"_s, u"trader"_s}}, agarwal + deals);
        add("banned", {{u"banned"_s, true}}, agarwal);
        add("role and not banned", {{u"banned"_s, false}, {u"role"_s, u"trader"_s}}, deals);
        add("query and role", {{u"query"_s, u"a"_s}, {u"role"_s, u"admin"_s}}, {u"Asha Admin"_s});
    }

    void listUsersSearchesAndFilters()
    {
        QFETCH(QJsonObject, filter);
        QFETCH(QStringList, names);
        addPeople();
        m_server->parts().users.setBanned(m_trader.id, true, u"test"_s);
        const auto reply = admin(u"admin.users.list"_s, filter);
        QCOMPARE(codeOf(reply), u"ok"_s);
        QCOMPARE(listed(reply, u"users"_s, u"display_name"_s), names); // by id
        QCOMPARE(reply.fields.value(u"total"_s).toInteger(), names.size());
    }

    void listUsersPagesWithTotal()
    {
        addPeople();
        QStringList ids;
        for (const int offset : {0, 2, 4, 6}) {
            const auto reply = admin(u"admin.users.list"_s, {{u"offset"_s, offset}, {u"limit"_s, 2}});
            QCOMPARE(reply.fields.value(u"total"_s).toInteger(), 5);
            QCOMPARE(reply.fields.value(u"users"_s).toArray().size(), qBound(0, 5 - offset, 2));
            ids += listed(reply, u"users"_s, u"id"_s);
        }
        QCOMPARE(ids, (QStringList {u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s}));
    }

    void createUserForEachRoleCanLogIn_data()
    {
        QTest::addColumn<QJsonObject>("fields");
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("secret");
        auto row = [](const char *role, const QJsonObject &contact, const QString &login) {
            const bool pin = qstrcmp(role, "farmer") == 0;
            const QString secret = pin ? u"4321"_s : kPassword;
            const QJsonObject fields {{u"role"_s, QString::fromLatin1(role)},
                {u"display_name"_s, u"New "_s + QString::fromLatin1(role)},
                {pin ? u"pin"_s : u"password"_s, secret}};
            QTest::newRow(role) << merged(fields, contact) << login << secret;
        };
        row("farmer", {{u"phone"_s, u"98111 11111"_s}}, u"9811111111"_s);
        row("trader", {{u"phone"_s, u"+91 97111-11111"_s}}, u"9711111111"_s);
        row("business_seller", {{u"email"_s, u"Sales@Mills.Example"_s}}, u"sales@mills.example"_s);
        row("field_agent", {{u"phone"_s, u"9011111111"_s}}, u"9011111111"_s);
        row("admin", {{u"email"_s, u"ops@boli.example"_s}}, u"ops@boli.example"_s);
    }

    void createUserForEachRoleCanLogIn()
    {
        QFETCH(QJsonObject, fields);
        QFETCH(QString, login);
        QFETCH(QString, secret);
        const auto created = admin(u"admin.users.create"_s, fields);
        QCOMPARE(codeOf(created), u"ok"_s);
        const QJsonObject user = created.fields.value(u"user"_s).toObject();
        QCOMPARE(user.value(u"role"_s), fields.value(u"role"_s));
        QVERIFY(openClient(login, secret));
        const QJsonObject record =
            newestAudit(u"admin.users.create"_s, userTarget(user.value(u"id"_s).toInteger()));
        QCOMPARE(record.value(u"actor_id"_s).toInteger(), m_adminUser.id);
    }

    void createUserRefusals_data()
    {
        refusalColumns();
        const QString op = u"admin.users.create"_s;
        const QJsonObject trader {{u"role"_s, u"trader"_s}, {u"display_name"_s, u"Someone"_s},
            {u"password"_s, kPassword}, {u"phone"_s, u"9711111111"_s}};
        const QJsonObject farmer {{u"role"_s, u"farmer"_s}, {u"display_name"_s, u"Kisan"_s},
            {u"pin"_s, u"4321"_s}, {u"phone"_s, u"9811111111"_s}};
        refusal(
            "duplicate phone", op, merged(trader, {{u"phone"_s, u"+91 97000-00001"_s}}), "already_exists");
        refusal(
            "duplicate email", op, merged(trader, {{u"email"_s, u"ASHA@boli.example"_s}}), "already_exists");
        refusal("bad phone", op, merged(trader, {{u"phone"_s, u"12345"_s}}), "invalid_value");
        refusal("short password", op, merged(trader, {{u"password"_s, u"short12"_s}}), "invalid_value");
        refusal("role guest", op, merged(trader, {{u"role"_s, u"guest"_s}}), "invalid_value");
        refusal("name not text", op, merged(trader, {{u"display_name"_s, 7}}), "wrong_type");
        refusal("no phone or email", op, without(trader, u"phone"_s), "missing_field");
        refusal("farmer without phone", op, without(farmer, u"phone"_s), "missing_field");
        refusal("farmer bad pin", op, merged(farmer, {{u"pin"_s, u"12ab"_s}}), "invalid_value");
        refusal("farmer with password", op, merged(without(farmer, u"pin"_s), {{u"password"_s, kPassword}}),
            "missing_field");
    }

    void createUserRefusals() { checkRefusal(); }

    void setRoleAuditsAndEndsTheLiveSession()
    {
        const auto trader = m_server->createUser(Role::Trader, u"9700000001"_s, kPassword);
        auto traderClient = openClient(u"9700000001"_s);
        QVERIFY(traderClient);
        const QJsonObject change {{u"user_id"_s, trader.id}, {u"role"_s, u"business_seller"_s}};
        const auto reply = admin(u"admin.users.set_role"_s, change);
        QCOMPARE(reply.fields.value(u"user"_s).toObject().value(u"role"_s).toString(), u"business_seller"_s);
        QVERIFY(test::waitFor(traderClient->nextEvent(u"session.ended"_s)).value_or(std::nullopt));
        QCOMPARE(test::waitFor(traderClient->waitClosed()).value_or(std::nullopt), std::optional<int>(4001));

        const QJsonObject record = newestAudit(u"admin.users.set_role"_s, userTarget(trader.id));
        QCOMPARE(record.value(u"before"_s).toObject().value(u"role"_s).toString(), u"trader"_s);
        QCOMPARE(record.value(u"after"_s).toObject().value(u"role"_s).toString(), u"business_seller"_s);
        QCOMPARE(m_server->parts().users.byId(trader.id)->role, Role::BusinessSeller);
    }

    void setRoleRefusals_data()
    {
        refusalColumns();
        const QString op = u"admin.users.set_role"_s;
        refusal("farmer to trader", op, {{u"user_id"_s, u"$farmer"_s}, {u"role"_s, u"trader"_s}},
            "invalid_value");
        refusal("trader to farmer", op, {{u"user_id"_s, u"$trader"_s}, {u"role"_s, u"farmer"_s}},
            "invalid_value");
        refusal("own role", op, {{u"user_id"_s, u"$self"_s}, {u"role"_s, u"trader"_s}}, "forbidden");
        refusal("unknown user", op, {{u"user_id"_s, 99'999}, {u"role"_s, u"trader"_s}}, "not_found");
        refusal("role guest", op, {{u"user_id"_s, u"$trader"_s}, {u"role"_s, u"guest"_s}}, "invalid_value");
    }

    void setRoleRefusals() { checkRefusal(); }

    void banAndUnbanAreAuditedAndBanEndsSessions()
    {
        const auto trader = m_server->createUser(Role::Trader, u"9700000001"_s, kPassword);
        auto traderClient = openClient(u"9700000001"_s);
        QVERIFY(traderClient);
        const QJsonObject ban {{u"user_id"_s, trader.id}, {u"reason"_s, u" fake bids "_s}};
        QCOMPARE(admin(u"admin.users.ban"_s, ban).fields.value(u"user"_s)[u"banned"_s], QJsonValue(true));
        QVERIFY(test::waitFor(traderClient->nextEvent(u"session.ended"_s)).value_or(std::nullopt));
        QCOMPARE(test::waitFor(traderClient->waitClosed()).value_or(std::nullopt), std::optional<int>(4001));
        QVERIFY(!openClient(u"9700000001"_s));

        const QJsonObject banned = newestAudit(u"admin.users.ban"_s, userTarget(trader.id));
        QCOMPARE(banned[u"before"_s][u"banned"_s], QJsonValue(false));
        QCOMPARE(banned[u"after"_s][u"banned"_s], QJsonValue(true));
        QCOMPARE(banned[u"after"_s][u"ban_reason"_s], QJsonValue(u"fake bids"_s));

        QCOMPARE(codeOf(admin(u"admin.users.unban"_s, {{u"user_id"_s, trader.id}})), u"ok"_s);
        const QJsonObject unbanned = newestAudit(u"admin.users.unban"_s, userTarget(trader.id));
        QCOMPARE(unbanned[u"before"_s][u"banned"_s], QJsonValue(true));
        QCOMPARE(unbanned[u"after"_s][u"banned"_s], QJsonValue(false));
        QVERIFY(openClient(u"9700000001"_s));
    }

    void banAndUnbanAreIdempotent()
    {
        const auto trader = m_server->createUser(Role::Trader, u"9700000001"_s, kPassword);
        const QJsonObject ban {{u"user_id"_s, trader.id}, {u"reason"_s, u"spam"_s}};
        QCOMPARE(codeOf(admin(u"admin.users.ban"_s, ban)), u"ok"_s);
        const qint64 audit = rows(u"audit_log"_s);
        QCOMPARE(admin(u"admin.users.ban"_s, ban).fields.value(u"user"_s)[u"banned"_s], QJsonValue(true));
        QCOMPARE(rows(u"audit_log"_s), audit);
        QCOMPARE(codeOf(admin(u"admin.users.unban"_s, {{u"user_id"_s, trader.id}})), u"ok"_s);
        QCOMPARE(codeOf(admin(u"admin.users.unban"_s, {{u"user_id"_s, trader.id}})), u"ok"_s);
        QCOMPARE(rows(u"audit_log"_s), audit + 1);
    }

    void banRefusals_data()
    {
        refusalColumns();
        const QString op = u"admin.users.ban"_s;
        refusal("empty reason", op, {{u"user_id"_s, u"$trader"_s}, {u"reason"_s, u""_s}}, "invalid_value");
        refusal("blank reason", op, {{u"user_id"_s, u"$trader"_s}, {u"reason"_s, u"   "_s}}, "invalid_value");
        refusal("no reason", op, {{u"user_id"_s, u"$trader"_s}}, "missing_field");
        refusal("unknown user", op, {{u"user_id"_s, 99'999}, {u"reason"_s, u"x"_s}}, "not_found");
        refusal("self", op, {{u"user_id"_s, u"$self"_s}, {u"reason"_s, u"x"_s}}, "forbidden");
        refusal("unban unknown user", u"admin.users.unban"_s, {{u"user_id"_s, 99'999}}, "not_found");
    }

    void banRefusals() { checkRefusal(); }

    void auditListFilters_data()
    {
        QTest::addColumn<QJsonObject>("filter");
        QTest::addColumn<QStringList>("ops");
        const QString ban = u"admin.users.ban"_s, unban = u"admin.users.unban"_s,
                      set = u"admin.settings.set"_s;
        const QString login = u"auth.login"_s, created = u"test.create_user"_s;
        QTest::newRow("none") << QJsonObject()
                              << QStringList {set, unban, ban, login, created, login, created};
        QTest::newRow("exact op") << QJsonObject {{u"action"_s, ban}} << QStringList {ban};
        QTest::newRow("op prefix") << QJsonObject {{u"action"_s, u"admin."_s}}
                                   << QStringList {set, unban, ban};
        QTest::newRow("other prefix")
            << QJsonObject {{u"action"_s, u"auth."_s}} << QStringList {login, login};
        QTest::newRow("no dot, no prefix") << QJsonObject {{u"action"_s, u"admin.users"_s}} << QStringList();
        QTest::newRow("admin actor") << QJsonObject {{u"actor_id"_s, 1}}
                                     << QStringList {set, unban, ban, login};
        QTest::newRow("target") << QJsonObject {{u"target"_s, u"user:2"_s}}
                                << QStringList {unban, ban, login, created};
        QTest::newRow("prefix and target") << QJsonObject {{u"action"_s, u"admin."_s},
            {u"target"_s, u"user:2"_s}} << QStringList {unban, ban};
    }

    void auditListFilters()
    {
        QFETCH(QJsonObject, filter);
        QFETCH(QStringList, ops);
        const auto trader = m_server->createUser(Role::Trader, u"9700000001"_s, kPassword);
        QCOMPARE(trader.id, 2); // the filters above name it
        QVERIFY(openClient(u"9700000001"_s));
        QCOMPARE(
            codeOf(admin(u"admin.users.ban"_s, {{u"user_id"_s, trader.id}, {u"reason"_s, u"x"_s}})), u"ok"_s);
        QCOMPARE(codeOf(admin(u"admin.users.unban"_s, {{u"user_id"_s, trader.id}})), u"ok"_s);
        QCOMPARE(codeOf(admin(u"admin.settings.set"_s, {{u"key"_s, u"kyc"_s}, {u"value"_s, true}})), u"ok"_s);
        const auto reply = admin(u"admin.audit.list"_s, filter);
        QCOMPARE(codeOf(reply), u"ok"_s);
        QCOMPARE(listed(reply, u"records"_s, u"op"_s), ops);
        QCOMPARE(reply.fields.value(u"total"_s).toInteger(), ops.size());
    }

    void auditListPagesNewestFirstWithinATimeWindow()
    {
        const auto trader = m_server->createUser(Role::Trader, u"9700000001"_s, kPassword);
        const qint64 start = QDateTime::currentMSecsSinceEpoch();
        while (QDateTime::currentMSecsSinceEpoch() == start) { } // records from here on are later
        const qint64 mark = QDateTime::currentMSecsSinceEpoch();
        QCOMPARE(
            codeOf(admin(u"admin.users.ban"_s, {{u"user_id"_s, trader.id}, {u"reason"_s, u"x"_s}})), u"ok"_s);
        QCOMPARE(codeOf(admin(u"admin.users.unban"_s, {{u"user_id"_s, trader.id}})), u"ok"_s);
        auto list = [this](const QJsonObject &filter) {
            return admin(u"admin.audit.list"_s, filter);
        };
        auto total = [&](const QJsonObject &filter) {
            return list(filter).fields[u"total"_s].toInteger();
        };
        const auto recent = list({{u"from"_s, mark}});
        QCOMPARE(listed(recent, u"records"_s, u"op"_s),
            (QStringList {u"admin.users.unban"_s, u"admin.users.ban"_s}));
        const QJsonObject newest = recent.fields.value(u"records"_s)[0].toObject();
        QCOMPARE(newest.value(u"actor_id"_s).toInteger(), m_adminUser.id);
        QCOMPARE(newest.value(u"actor_role"_s).toString(), u"admin"_s);
        QCOMPARE(newest.value(u"device_id"_s).toString(), u"test-device"_s);
        QCOMPARE(newest.value(u"ip"_s).toString(), u"127.0.0.1"_s);
        QCOMPARE(total({{u"to"_s, mark}}), 3); // two accounts created, the admin's login
        QCOMPARE(total({{u"from"_s, mark}, {u"to"_s, mark}}), 0);

        QStringList ids;
        for (const int offset : {0, 2, 4}) {
            const auto page = list({{u"offset"_s, offset}, {u"limit"_s, 2}});
            QCOMPARE(page.fields.value(u"total"_s).toInteger(), 5);
            ids += listed(page, u"records"_s, u"id"_s);
        }
        QCOMPARE(ids, (QStringList {u"5"_s, u"4"_s, u"3"_s, u"2"_s, u"1"_s}));
        QCOMPARE(codeOf(list({{u"limit"_s, 0}})), u"invalid_value"_s);
        QCOMPARE(codeOf(list({{u"actor_id"_s, u"1"_s}})), u"wrong_type"_s);
    }

    void listUsersRefusals_data()
    {
        refusalColumns();
        const QString op = u"admin.users.list"_s;
        refusal("limit 0", op, {{u"limit"_s, 0}}, "invalid_value");
        refusal("limit 201", op, {{u"limit"_s, 201}}, "invalid_value");
        refusal("role guest", op, {{u"role"_s, u"guest"_s}}, "invalid_value");
        refusal("role king", op, {{u"role"_s, u"king"_s}}, "invalid_value");
        refusal("query number", op, {{u"query"_s, 5}}, "wrong_type");
        refusal("limit text", op, {{u"limit"_s, u"10"_s}}, "wrong_type");
        refusal("limit fraction", op, {{u"limit"_s, 1.5}}, "wrong_type");
    }

    void listUsersRefusals() { checkRefusal(); }

    void settingsDefaultsAsDocumented()
    {
        auto guest = openClient();
        QVERIFY(guest);
        const QJsonObject settings = call(*guest, u"settings.get"_s).fields.value(u"settings"_s).toObject();
        const QJsonObject expected {{u"seller_verification"_s, false}, {u"kyc"_s, false},
            {u"deposits"_s, false}, {u"listing_review"_s, true}, {u"buy_now"_s, true},
            {u"proxy_bidding"_s, true}, {u"admin_2fa"_s, false}, {u"anti_snipe_seconds"_s, 30}};
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            QCOMPARE(settings.value(it.key()), *it);
        }
        QCOMPARE(settings.value(u"bid_increments"_s)[0][u"from"_s], QJsonValue(0));
        QCOMPARE(settings.value(u"auction_durations_minutes"_s),
            QJsonValue(QJsonArray {15, 30, 60, 120, 240, 1'440}));
    }

    void settingChangeIsStoredAuditedAndAnnounced()
    {
        m_server->createUser(Role::Trader, u"9700000001"_s, kPassword);
        auto guest = openClient();
        auto trader = openClient(u"9700000001"_s);
        QVERIFY(guest && trader);
        const auto reply =
            admin(u"admin.settings.set"_s, {{u"key"_s, u"anti_snipe_seconds"_s}, {u"value"_s, 45}});
        QCOMPARE(reply.fields.value(u"settings"_s)[u"anti_snipe_seconds"_s], QJsonValue(45));
        for (TestClient *client : {guest.get(), trader.get()}) {
            const auto event = test::waitFor(client->nextEvent(u"settings.changed"_s)).value_or(std::nullopt);
            QVERIFY(event);
            QCOMPARE(event->fields.value(u"key"_s), QJsonValue(u"anti_snipe_seconds"_s));
            QCOMPARE(event->fields.value(u"value"_s), QJsonValue(45));
        }
        const QJsonObject record = newestAudit(u"admin.settings.set"_s, u"setting:anti_snipe_seconds"_s);
        QCOMPARE(record[u"before"_s][u"value"_s], QJsonValue(30));
        QCOMPARE(record[u"after"_s][u"value"_s], QJsonValue(45));

        // What a restarted server would read: a fresh service over the same database.
        const SystemClock clock;
        server::SettingsService reloaded(*m_server->parts().database, m_server->parts().auditLog, clock);
        reloaded.load();
        QCOMPARE(reloaded.integer(u"anti_snipe_seconds"_s), 45);
    }

    void setSettingRefusals_data()
    {
        refusalColumns();
        const QString op = u"admin.settings.set"_s;
        auto set = [](const char *key, const QJsonValue &value) {
            return QJsonObject {{u"key"_s, QString::fromLatin1(key)}, {u"value"_s, value}};
        };
        auto bands = [](std::initializer_list<std::pair<int, int>> list) {
            QJsonArray array;
            for (const auto &[from, step] : list) {
                array.append(QJsonObject {{u"from"_s, from}, {u"step"_s, step}});
            }
            return array;
        };
        refusal("snipe -1", op, set("anti_snipe_seconds", -1), "invalid_value");
        refusal("snipe 601", op, set("anti_snipe_seconds", 601), "invalid_value");
        refusal("snipe as text", op, set("anti_snipe_seconds", u"30"_s), "invalid_value");
        refusal("snipe fraction", op, set("anti_snipe_seconds", 1.5), "invalid_value");
        refusal("no increments", op, set("bid_increments", QJsonArray()), "invalid_value");
        refusal("increments not from 0", op, set("bid_increments", bands({{100, 10}})), "invalid_value");
        refusal("increments not rising", op, set("bid_increments", bands({{0, 10}, {500, 10}, {500, 20}})),
            "invalid_value");
        refusal("increment step 0", op, set("bid_increments", bands({{0, 0}})), "invalid_value");
        refusal("no durations", op, set("auction_durations_minutes", QJsonArray()), "invalid_value");
        refusal("duration 0", op, set("auction_durations_minutes", QJsonArray {0}), "invalid_value");
        refusal("duplicate durations", op, set("auction_durations_minutes", QJsonArray {15, 30, 15}),
            "invalid_value");
        refusal("unknown key", op, set("fee_percent", 2), "not_found");
        refusal("no value", op, {{u"key"_s, u"kyc"_s}}, "missing_field");
    }

    void setSettingRefusals() { checkRefusal(); }

    void adminOpsRefuseTradersAndGuests_data()
    {
        refusalColumns();
        const QJsonObject fields {{u"user_id"_s, u"$self"_s}, {u"reason"_s, u"x"_s}, {u"role"_s, u"trader"_s},
            {u"key"_s, u"kyc"_s}, {u"value"_s, true}};
        for (const QString &op : kAdminOps) {
            refusal(qPrintable(op + u" by trader"_s), op, fields, "forbidden", "trader");
            refusal(qPrintable(op + u" by guest"_s), op, fields, "unauthenticated", "guest");
        }
    }

    void adminOpsRefuseTradersAndGuests() { checkRefusal(); }

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<TestClient> m_admin;
    server::User m_adminUser;
    server::User m_farmer;
    server::User m_trader;
};

QTEST_GUILESS_MAIN(TestAdminOps)
#include "tst_adminops.moc"
