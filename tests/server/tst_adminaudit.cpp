// SPDX-License-Identifier: GPL-3.0-or-later
// Reading the audit log as an admin over a real WebSocket: filters by op, prefix, actor and target,
// newest first, pages and a time window.

#include "adminsession.h"

#include <QDateTime>
#include <QTest>

using namespace boli;
using namespace boli::test;
using namespace Qt::StringLiterals;

/// @brief admin.audit.list: filters, paging and the time window.
class TestAdminAudit : public AdminSession
{
    Q_OBJECT

private Q_SLOTS:
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
};

QTEST_GUILESS_MAIN(TestAdminAudit)
#include "tst_adminaudit.moc"
