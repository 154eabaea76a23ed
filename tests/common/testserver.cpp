// SPDX-License-Identifier: GPL-3.0-or-later
#include "testserver.h"

#include "waitfor.h"

namespace boli::test {
namespace {
using namespace Qt::StringLiterals;
}

TestServer::TestServer()
{
    launch(0);
}

void TestServer::launch(quint16 port)
{
    server::Config config;
    config.host = QHostAddress::LocalHost;
    config.port = port;
    config.dataDir = m_dataDir.path();
    config.databaseUrl = m_database.urlText();
    config.hashCost = server::PasswordHasher::Cost::TestMinimum;
    m_app = std::make_unique<server::ServerApp>(config, &m_clock);
    try {
        m_app->start();
    } catch (const std::exception &error) {
        qFatal("test server failed to start: %s", error.what());
    }
    m_port = m_app->port();
}

void TestServer::stop()
{
    if (m_app) {
        m_app->stop();
        m_app.reset();
    }
}

void TestServer::restart()
{
    stop();
    launch(m_port);
}

TestServer::~TestServer()
{
    stop();
}

server::User TestServer::createUser(
    Role role, const QString &login, const QString &secret, const QString &name)
{
    server::NewAccount account;
    (login.contains(u'@') ? account.email : account.phone) = login;
    account.displayName = name;
    account.role = role;
    account.secret = secret;
    const server::AuditActor actor = server::AuditActor::system();
    const QString op = u"test.create_user"_s;
    auto task = parts().accounts.create(account, actor, op);
    const auto result = boli::test::waitFor(std::move(task));
    if (!result || std::holds_alternative<Error>(*result)) {
        qFatal("cannot create test user %s: %s", qPrintable(login),
            result ? qPrintable(std::get<Error>(*result).message) : "timeout");
    }
    return std::get<server::User>(*result);
}

qint64 TestServer::rowCount(const QString &table)
{
    return server::SqlQuery(*parts().database, u"SELECT COUNT(*) FROM "_s + table).scalar().toLongLong();
}

} // namespace boli::test
