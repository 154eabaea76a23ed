// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"

#include <QJsonObject>
#include <QList>
#include <optional>

namespace boli {
class Clock;
}

namespace boli::server {

/// @brief Who did something, from where: copied into every audit record.
struct AuditActor
{
    std::optional<qint64> userId; ///< empty for the system itself or an anonymous caller
    QString role; ///< role name, "system" or "guest"
    QString deviceId;
    QString ip;

    static AuditActor system();
};

/// @brief One row of the append-only, hash-chained audit log.
struct AuditRecord
{
    qint64 id = 0;
    qint64 atMs = 0;
    std::optional<qint64> actorId;
    QString actorRole;
    QString op;
    QString target;
    QString beforeJson;
    QString afterJson;
    QString deviceId;
    QString ip;
    QString prevHash;
    QString hash;

    /// SHA-256 over every field but the hash itself, prev_hash included: changing any record
    /// breaks its own hash, and removing one breaks the next record's link.
    [[nodiscard]] QString computeHash() const;
    /// Reads a row selected with kColumns, in that order.
    static AuditRecord fromRow(const SqlQuery &row);
    static inline const QString kColumns =
        QStringLiteral("id, at_ms, actor_id, actor_role, op, target, before_json, after_json, device_id, ip, "
                       "prev_hash, hash");
    [[nodiscard]] QJsonObject toJson() const;
};

/// @brief Filters and paging for reading the audit log; newest first.
struct AuditFilter
{
    std::optional<qint64> actorId;
    QString op; ///< exact op, or a prefix ending in '.' ("admin." matches every admin op)
    QString target;
    std::optional<qint64> fromMs;
    std::optional<qint64> toMs;
    qint64 offset = 0;
    qint64 limit = 50;
};

/// @brief Appends records to the audit log and reads them back.
class AuditLog
{
public:
    static inline const QString kGenesisHash = QString(64, QLatin1Char('0'));

    AuditLog(const Database &database, const Clock &clock);

    /// Appends inside the caller's open transaction, so the record commits or vanishes with the change.
    qint64 append(const AuditActor &actor, const QString &op, const QString &target,
        const QJsonObject &before = {}, const QJsonObject &after = {});

    [[nodiscard]] QList<AuditRecord> list(const AuditFilter &filter) const;
    [[nodiscard]] qint64 count(const AuditFilter &filter) const;

private:
    void lockChain() const;

    const Database &m_database;
    const Clock &m_clock;
};

} // namespace boli::server
