// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/databaseurl.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <memory>
#include <stdexcept>

namespace boli::server {

/// @brief A database statement failed. Thrown by storage code; the open transaction rolls back.
class SqlError : public std::runtime_error
{
public:
    explicit SqlError(const QString &what);
};

/// @brief One open connection (SQLite file in WAL mode or PostgreSQL) on the thread that opened it.
///
/// The same SQL runs on both engines; where they differ, storage code asks dialect().
class Database
{
public:
    /// Opens and configures the connection; throws SqlError saying why it could not.
    static std::unique_ptr<Database> open(const DatabaseUrl &url);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    [[nodiscard]] SqlDialect dialect() const { return m_url.dialect; }
    [[nodiscard]] const DatabaseUrl &url() const { return m_url; }
    [[nodiscard]] QSqlDatabase connection() const;

    /// Runs one statement without parameters; throws SqlError on failure.
    void execute(const QString &sql) const;

private:
    Database(DatabaseUrl url, QString connectionName);

    DatabaseUrl m_url;
    QString m_connectionName;
};

/// @brief A prepared statement with named parameters (":name") that throws on failure.
class SqlQuery
{
public:
    SqlQuery(const Database &database, const QString &sql);

    /// A null QString binds as '' (text columns are NOT NULL); bind QVariant() for SQL NULL.
    SqlQuery &bind(const QString &placeholder, const QVariant &value);
    /// Binds SQL NULL when the optional is empty.
    template<typename T>
    SqlQuery &bindOptional(const QString &placeholder, const std::optional<T> &value)
    {
        return bind(placeholder, value ? QVariant::fromValue(*value) : QVariant());
    }
    SqlQuery &exec();
    bool next() { return m_query.next(); }
    [[nodiscard]] QVariant value(int index) const { return m_query.value(index); }
    [[nodiscard]] QVariant value(const QString &column) const { return m_query.value(column); }
    [[nodiscard]] int rowsAffected() const { return m_query.numRowsAffected(); }
    /// The single value of a one-row, one-column result (for COUNT(*), RETURNING id); throws if none.
    QVariant scalar();

private:
    QSqlQuery m_query;
    QString m_sql;
};

/// @brief A write transaction: commits on commit(), rolls back when destroyed uncommitted.
///
/// SQLite takes the write lock up front (BEGIN IMMEDIATE) so two writers never deadlock midway.
/// Never co_await while one is open: everything inside runs on one thread, start to finish.
class Transaction
{
public:
    explicit Transaction(const Database &database);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    const Database &m_database;
    bool m_open = true;
};

} // namespace boli::server
