// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <variant>

namespace boli::server {

enum class SqlDialect { Sqlite, Postgres };

/// @brief Where the database is: "sqlite:/path/boli.db" (or a bare path) or
/// "postgres://user:pw@host:port/db".
struct DatabaseUrl
{
    SqlDialect dialect = SqlDialect::Sqlite;
    QString path; ///< SQLite file
    QString host = QStringLiteral("127.0.0.1");
    int port = 5432;
    QString user;
    QString password;
    QString name; ///< PostgreSQL database name

    /// The parsed URL, or a sentence saying what is wrong with the text.
    static std::variant<DatabaseUrl, QString> parse(const QString &text);
    /// The URL with the password replaced, for logs.
    [[nodiscard]] QString redacted() const;
};

} // namespace boli::server
