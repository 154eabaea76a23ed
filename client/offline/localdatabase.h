// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace boli::client {

/// @brief One local SQLite file of the client (outbox, listing cache) on a connection of its own.
///
/// Each owner gets a uniquely named QSQLITE connection, so two objects on one file (an app restart
/// in a test, say) never share or close each other's. An empty path, or a file that cannot be
/// opened, gives a private in-memory database: the app keeps working, it only forgets on exit.
class LocalDatabase
{
public:
    /// `purpose` names the connection in warnings ("outbox", "listing cache").
    LocalDatabase(const QString &filePath, const QString &purpose);
    ~LocalDatabase();
    LocalDatabase(const LocalDatabase &) = delete;
    LocalDatabase &operator=(const LocalDatabase &) = delete;

    [[nodiscard]] QSqlDatabase connection() const;
    /// Prepares `sql` on this connection; bind and exec() the result.
    [[nodiscard]] QSqlQuery prepare(const QString &sql) const;
    /// Runs one statement without parameters; false (and a warning) on failure.
    bool execute(const QString &sql) const;
    /// Logs a failed statement; the caller goes on with what it has.
    void warn(const QSqlQuery &query) const;
    [[nodiscard]] bool persistent() const { return m_persistent; }

private:
    QString m_connectionName;
    QString m_purpose;
    bool m_persistent = false;
};

} // namespace boli::client
