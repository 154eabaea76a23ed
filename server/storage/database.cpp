// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QUuid>

Q_LOGGING_CATEGORY(lcStorage, "boli.storage")

namespace boli::server {
namespace {
using namespace Qt::StringLiterals;

QString describe(const QSqlError &error)
{
    return error.text().trimmed();
}
} // namespace

SqlError::SqlError(const QString &what)
    : std::runtime_error(what.toStdString())
{ }

Database::Database(DatabaseUrl url, QString connectionName)
    : m_url(std::move(url))
    , m_connectionName(std::move(connectionName))
{ }

std::unique_ptr<Database> Database::open(const DatabaseUrl &url)
{
    const QString name = u"boli-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const bool sqlite = url.dialect == SqlDialect::Sqlite;
    // Owns the connection name from here on, so any throw below removes it again.
    std::unique_ptr<Database> database(new Database(url, name));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(sqlite ? u"QSQLITE"_s : u"QPSQL"_s, name);
        if (!db.isValid()) {
            throw SqlError(
                u"the Qt SQL driver for %1 is not installed"_s.arg(sqlite ? u"SQLite"_s : u"PostgreSQL"_s));
        }
        if (sqlite) {
            db.setDatabaseName(url.path);
            db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        } else {
            db.setHostName(url.host);
            db.setPort(url.port);
            db.setUserName(url.user);
            db.setPassword(url.password);
            db.setDatabaseName(url.name);
            db.setConnectOptions(u"connect_timeout=10"_s);
        }
        if (!db.open()) {
            throw SqlError(u"cannot open %1: %2"_s.arg(url.redacted(), describe(db.lastError())));
        }
    }
    if (sqlite) {
        // WAL lets readers go on while a writer commits; FULL sync makes every commit durable.
        database->execute(u"PRAGMA journal_mode=WAL"_s);
        database->execute(u"PRAGMA synchronous=FULL"_s);
        database->execute(u"PRAGMA foreign_keys=ON"_s);
    }
    qCInfo(lcStorage).noquote() << "opened" << url.redacted();
    return database;
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Database::execute(const QString &sql) const
{
    QSqlQuery query(connection());
    if (!query.exec(sql)) {
        throw SqlError(u"%1 — in: %2"_s.arg(describe(query.lastError()), sql.simplified().left(200)));
    }
}

SqlQuery::SqlQuery(const Database &database, const QString &sql)
    : m_query(database.connection())
    , m_sql(sql)
{
    if (!m_query.prepare(sql)) {
        throw SqlError(
            u"%1 — preparing: %2"_s.arg(describe(m_query.lastError()), sql.simplified().left(200)));
    }
}

SqlQuery &SqlQuery::bind(const QString &placeholder, const QVariant &value)
{
    // Qt binds a null QString as SQL NULL; an unset text field is an empty string here. A NULL is
    // always asked for explicitly, with an empty QVariant.
    if (value.typeId() == QMetaType::QString && value.toString().isNull()) {
        m_query.bindValue(placeholder, QStringLiteral(""));
        return *this;
    }
    m_query.bindValue(placeholder, value);
    return *this;
}

SqlQuery &SqlQuery::exec()
{
    if (!m_query.exec()) {
        throw SqlError(u"%1 — in: %2"_s.arg(describe(m_query.lastError()), m_sql.simplified().left(200)));
    }
    return *this;
}

QVariant SqlQuery::scalar()
{
    if (!m_query.isActive()) {
        exec();
    }
    if (!m_query.next()) {
        throw SqlError(u"expected one row from: %1"_s.arg(m_sql.simplified().left(200)));
    }
    return m_query.value(0);
}

Transaction::Transaction(const Database &database)
    : m_database(database)
{
    m_database.execute(database.dialect() == SqlDialect::Sqlite ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s);
}

Transaction::~Transaction()
{
    if (m_open) {
        try {
            m_database.execute(u"ROLLBACK"_s);
        } catch (const SqlError &error) {
            qCWarning(lcStorage) << "rollback failed:" << error.what();
        }
    }
}

void Transaction::commit()
{
    m_database.execute(u"COMMIT"_s);
    m_open = false;
}

} // namespace boli::server
