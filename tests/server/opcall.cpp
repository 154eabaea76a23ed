// SPDX-License-Identifier: GPL-3.0-or-later
#include "opcall.h"

#include "waitfor.h"

#include <QTest>

namespace boli::test {

using namespace Qt::StringLiterals;

QString codeOf(const protocol::Reply &reply)
{
    return reply.error ? errorCodeName(reply.error->code) : u"ok"_s;
}

protocol::Reply call(TestClient &client, const QString &op, const QJsonObject &fields)
{
    const protocol::Reply timedOut {{}, {}, Error::of(ErrorCode::InternalError, u"timeout"_s), 0};
    return test::waitFor(client.request(op, fields)).value_or(timedOut);
}

QString code(TestClient &client, const QString &op, const QJsonObject &fields)
{
    return codeOf(call(client, op, fields));
}

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

std::unique_ptr<TestClient> openClient(quint16 port, const QString &login, const QString &secret)
{
    auto client = std::make_unique<TestClient>();
    if (!test::waitFor(client->open(port)).value_or(false)) {
        return nullptr;
    }
    if (!login.isEmpty()
        && !test::waitFor(client->login(login, secret, secret.size() < 8))
                .value_or(protocol::Reply {})
                .ok()) {
        return nullptr;
    }
    return client;
}

void refusalColumns()
{
    QTest::addColumn<QString>("op");
    QTest::addColumn<QJsonObject>("fields");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("caller");
}

void refusal(
    const char *name, const QString &op, const QJsonObject &fields, const char *code, const char *caller)
{
    QTest::newRow(name) << op << fields << QString::fromLatin1(code) << QString::fromLatin1(caller);
}

} // namespace boli::test
