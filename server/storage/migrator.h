// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"

#include <QList>

namespace boli::server {

/// @brief One schema step, parsed from server/storage/migrations/NNNN_name.sql (embedded as a resource).
///
/// A file is a list of statements, each introduced by a line "-- @all", "-- @sqlite" or "-- @postgres"
/// naming the engines it runs on. "{{pk}}" expands to the engine's auto-increment primary key.
struct Migration
{
    int version = 0;
    QString name;
    QStringList statements; ///< already filtered and expanded for one dialect

    static Migration parse(int version, const QString &name, const QString &text, SqlDialect dialect);
};

/// @brief Brings a database to the newest schema, one migration per transaction, in version order.
class Migrator
{
public:
    explicit Migrator(const Database &database);

    /// The migrations shipped in the binary's resources, for this database's dialect.
    [[nodiscard]] QList<Migration> shippedMigrations() const;
    /// Applies what is missing; returns how many were applied. Throws SqlError and leaves the
    /// failed migration unapplied.
    int migrate(const QList<Migration> &migrations);
    int migrate() { return migrate(shippedMigrations()); }
    [[nodiscard]] int currentVersion() const;

private:
    void ensureVersionTable() const;

    const Database &m_database;
};

} // namespace boli::server
