// SPDX-License-Identifier: GPL-3.0-or-later
#include "adminsession.h"

#include <QJsonArray>
#include <QTest>

namespace boli::test {

using namespace Qt::StringLiterals;

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

void AdminSession::init()
{
    m_server = std::make_unique<TestServer>();
    m_adminUser = m_server->createUser(Role::Admin, kAdminLogin, kPassword, u"Asha Admin"_s);
    m_admin = openClient(kAdminLogin);
    QVERIFY(m_admin);
}

void AdminSession::cleanup()
{
    m_admin.reset();
    m_server.reset();
}

protocol::Reply AdminSession::admin(const QString &op, const QJsonObject &fields)
{
    return call(*m_admin, op, fields);
}

std::unique_ptr<TestClient> AdminSession::openClient(const QString &login, const QString &secret)
{
    return test::openClient(m_server->port(), login, secret);
}

void AdminSession::addPeople()
{
    m_farmer = m_server->createUser(Role::Farmer, u"9800000001"_s, u"1234"_s, u"Ramesh Patel"_s);
    m_trader = m_server->createUser(Role::Trader, u"9700000001"_s, kPassword, u"Agarwal Traders"_s);
    m_server->createUser(Role::Trader, u"deals@agarwal.example"_s, kPassword, u"50% Off_Deals"_s);
    m_server->createUser(Role::BusinessSeller, u"mills@percent.example"_s, kPassword, u"Percentage Mills"_s);
}

QJsonObject AdminSession::newestAudit(const QString &op, const QString &target)
{
    server::AuditFilter filter;
    filter.op = op;
    filter.target = target;
    const auto records = m_server->parts().auditLog.list(filter);
    return records.isEmpty() ? QJsonObject() : records.first().toJson();
}

qint64 AdminSession::rows(const QString &table)
{
    return m_server->rowCount(table);
}

QJsonObject AdminSession::snapshot()
{
    server::UserSearch everyone;
    everyone.limit = 1'000;
    QJsonArray users;
    for (const auto &user : m_server->parts().users.search(everyone)) {
        users.append(user.toJson());
    }
    return {{u"users"_s, users}, {u"audit"_s, rows(u"audit_log"_s)}, {u"stored"_s, rows(u"settings"_s)},
        {u"settings"_s, m_server->parts().settings.values()}};
}

void AdminSession::checkRefusal()
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

} // namespace boli::test
