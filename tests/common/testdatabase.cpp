// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdatabase.h"

#include "storage/database.h"

#include <QFile>
#include <QUuid>

namespace boli::test {
namespace {
using namespace Qt::StringLiterals;

QString readClusterUrl()
{
    const QString file = qEnvironmentVariable("BOLI_TEST_PG_FILE");
    QFile urlFile(file);
    if (file.isEmpty() || !urlFile.open(QIODevice::ReadOnly)) {
        qFatal("BOLI_TEST_DB=postgres but no PostgreSQL cluster URL at '%s': "
               "the postgres_start fixture (tests/pgcluster.sh) did not run or failed",
            qPrintable(file));
    }
    return QString::fromUtf8(urlFile.readAll()).trimmed();
}
} // namespace

QString TestDatabase::engine()
{
    const QString name = qEnvironmentVariable("BOLI_TEST_DB", u"sqlite"_s);
    if (name != u"sqlite"_s && name != u"postgres"_s) {
        qFatal("BOLI_TEST_DB must be sqlite or postgres, not '%s'", qPrintable(name));
    }
    return name;
}

TestDatabase::TestDatabase()
{
    if (engine() == u"postgres"_s) {
        createPostgres();
        return;
    }
    if (!m_dir.isValid()) {
        qFatal("cannot create a temporary directory for the SQLite test database");
    }
    m_url.dialect = server::SqlDialect::Sqlite;
    m_url.path = m_dir.filePath(u"boli-test.db"_s);
}

void TestDatabase::createPostgres()
{
    m_adminUrl = readClusterUrl();
    const auto parsed = server::DatabaseUrl::parse(m_adminUrl);
    if (const auto *error = std::get_if<QString>(&parsed)) {
        qFatal("bad cluster URL: %s", qPrintable(*error));
    }
    m_url = std::get<server::DatabaseUrl>(parsed);
    m_url.name = u"boli_test_"_s + QUuid::createUuid().toString(QUuid::Id128).left(16);
    try {
        const auto admin = server::Database::open(std::get<server::DatabaseUrl>(parsed));
        admin->execute(u"CREATE DATABASE "_s + m_url.name);
    } catch (const server::SqlError &error) {
        qFatal("cannot create test database on %s: %s", qPrintable(m_adminUrl), error.what());
    }
}

TestDatabase::~TestDatabase()
{
    if (m_url.dialect != server::SqlDialect::Postgres) {
        return;
    }
    try {
        const auto admin =
            server::Database::open(std::get<server::DatabaseUrl>(server::DatabaseUrl::parse(m_adminUrl)));
        admin->execute(u"DROP DATABASE IF EXISTS "_s + m_url.name + u" WITH (FORCE)"_s);
    } catch (const server::SqlError &error) {
        qWarning("could not drop %s: %s", qPrintable(m_url.name), error.what());
    }
}

QString TestDatabase::urlText() const
{
    if (m_url.dialect == server::SqlDialect::Sqlite) {
        return u"sqlite:"_s + m_url.path;
    }
    return u"postgres://%1@%2:%3/%4"_s.arg(m_url.user, m_url.host, QString::number(m_url.port), m_url.name);
}

} // namespace boli::test
