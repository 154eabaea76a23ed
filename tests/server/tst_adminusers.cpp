// SPDX-License-Identifier: GPL-3.0-or-later
// Managing accounts as an admin over a real WebSocket: searching users, creating them, changing roles,
// bans — each refusal with its exact error code and no trace left behind, each change audited.

#include "adminsession.h"
#include "waitfor.h"

#include <QJsonArray>
#include <QTest>

using namespace boli;
using namespace boli::test;
using namespace Qt::StringLiterals;

/// @brief admin.users.*: search, create, set_role, ban and unban.
class TestAdminUsers : public AdminSession
{
    Q_OBJECT

private Q_SLOTS:
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
};

QTEST_GUILESS_MAIN(TestAdminUsers)
#include "tst_adminusers.moc"
