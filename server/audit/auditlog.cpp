// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/auditlog.h"

#include "boli/clock.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace boli::server {
namespace {
using namespace Qt::StringLiterals;

// Serialises appends between server processes sharing one PostgreSQL database.
constexpr qint64 kAuditLockKey = 0x61756474; // "audt"

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonValue optionalId(const std::optional<qint64> &id)
{
    return id ? QJsonValue(*id) : QJsonValue(QJsonValue::Null);
}

/// The WHERE clause and its bindings for a filter, shared by list() and count().
struct FilterSql
{
    QString where;
    QList<std::pair<QString, QVariant>> bindings;

    explicit FilterSql(const AuditFilter &filter)
    {
        QStringList clauses;
        if (filter.actorId) {
            clauses << u"actor_id = :actor"_s;
            bindings.append({u":actor"_s, *filter.actorId});
        }
        if (filter.op.endsWith(u'.')) {
            // substr, not LIKE: op names contain '_', a LIKE wildcard.
            clauses << u"substr(op, 1, :oplen) = :op"_s;
            bindings.append({u":oplen"_s, filter.op.size()});
            bindings.append({u":op"_s, filter.op});
        } else if (!filter.op.isEmpty()) {
            clauses << u"op = :op"_s;
            bindings.append({u":op"_s, filter.op});
        }
        if (!filter.target.isEmpty()) {
            clauses << u"target = :target"_s;
            bindings.append({u":target"_s, filter.target});
        }
        if (filter.fromMs) {
            clauses << u"at_ms >= :from"_s;
            bindings.append({u":from"_s, *filter.fromMs});
        }
        if (filter.toMs) {
            clauses << u"at_ms < :to"_s;
            bindings.append({u":to"_s, *filter.toMs});
        }
        where = clauses.isEmpty() ? QString() : u" WHERE "_s + clauses.join(u" AND "_s);
    }

    void bindTo(SqlQuery &query) const
    {
        for (const auto &[name, value] : bindings) {
            query.bind(name, value);
        }
    }
};

} // namespace

AuditActor AuditActor::system()
{
    return AuditActor {std::nullopt, u"system"_s, u"server"_s, u"local"_s};
}

QString AuditRecord::computeHash() const
{
    const QJsonArray fields {
        id, atMs, optionalId(actorId), actorRole, op, target, beforeJson, afterJson, deviceId, ip, prevHash};
    const QByteArray canonical = QJsonDocument(fields).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

AuditRecord AuditRecord::fromRow(const SqlQuery &row)
{
    AuditRecord r;
    r.id = row.value(0).toLongLong();
    r.atMs = row.value(1).toLongLong();
    if (!row.value(2).isNull()) {
        r.actorId = row.value(2).toLongLong();
    }
    r.actorRole = row.value(3).toString();
    r.op = row.value(4).toString();
    r.target = row.value(5).toString();
    r.beforeJson = row.value(6).toString();
    r.afterJson = row.value(7).toString();
    r.deviceId = row.value(8).toString();
    r.ip = row.value(9).toString();
    r.prevHash = row.value(10).toString();
    r.hash = row.value(11).toString();
    return r;
}

QJsonObject AuditRecord::toJson() const
{
    return {
        {u"id"_s, id},
        {u"at"_s, atMs},
        {u"actor_id"_s, optionalId(actorId)},
        {u"actor_role"_s, actorRole},
        {u"op"_s, op},
        {u"target"_s, target},
        {u"before"_s, QJsonDocument::fromJson(beforeJson.toUtf8()).object()},
        {u"after"_s, QJsonDocument::fromJson(afterJson.toUtf8()).object()},
        {u"device_id"_s, deviceId},
        {u"ip"_s, ip},
        {u"hash"_s, hash},
    };
}

AuditLog::AuditLog(const Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{ }

void AuditLog::lockChain() const
{
    // SQLite's BEGIN IMMEDIATE already admits one writer at a time.
    if (m_database.dialect() == SqlDialect::Postgres) {
        SqlQuery(m_database, u"SELECT pg_advisory_xact_lock(:key)"_s).bind(u":key"_s, kAuditLockKey).exec();
    }
}

qint64 AuditLog::append(const AuditActor &actor, const QString &op, const QString &target,
    const QJsonObject &before, const QJsonObject &after)
{
    lockChain();
    SqlQuery last(m_database, u"SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"_s);
    last.exec();
    AuditRecord record;
    record.id = last.next() ? last.value(0).toLongLong() + 1 : 1;
    record.prevHash = record.id > 1 ? last.value(1).toString() : kGenesisHash;
    record.atMs = m_clock.nowMs();
    record.actorId = actor.userId;
    record.actorRole = actor.role;
    record.op = op;
    record.target = target;
    record.beforeJson = compactJson(before);
    record.afterJson = compactJson(after);
    // NOT NULL columns: an unknown device or address is stored as an empty string.
    record.deviceId = actor.deviceId.isNull() ? u""_s : actor.deviceId;
    record.ip = actor.ip.isNull() ? u""_s : actor.ip;
    record.hash = record.computeHash();
    SqlQuery(m_database,
        u"INSERT INTO audit_log (id, at_ms, actor_id, actor_role, op, target, before_json, after_json, "
        "device_id, ip, prev_hash, hash) VALUES (:id, :at, :actor, :role, :op, :target, :before, :after, "
        ":device, :ip, :prev, :hash)"_s)
        .bind(u":id"_s, record.id)
        .bind(u":at"_s, record.atMs)
        .bindOptional(u":actor"_s, record.actorId)
        .bind(u":role"_s, record.actorRole)
        .bind(u":op"_s, record.op)
        .bind(u":target"_s, record.target)
        .bind(u":before"_s, record.beforeJson)
        .bind(u":after"_s, record.afterJson)
        .bind(u":device"_s, record.deviceId)
        .bind(u":ip"_s, record.ip)
        .bind(u":prev"_s, record.prevHash)
        .bind(u":hash"_s, record.hash)
        .exec();
    return record.id;
}

QList<AuditRecord> AuditLog::list(const AuditFilter &filter) const
{
    const FilterSql where(filter);
    SqlQuery query(m_database,
        u"SELECT "_s + AuditRecord::kColumns + u" FROM audit_log"_s + where.where
            + u" ORDER BY id DESC LIMIT :limit OFFSET :offset"_s);
    where.bindTo(query);
    query.bind(u":limit"_s, filter.limit).bind(u":offset"_s, filter.offset).exec();
    QList<AuditRecord> records;
    while (query.next()) {
        records.append(AuditRecord::fromRow(query));
    }
    return records;
}

qint64 AuditLog::count(const AuditFilter &filter) const
{
    const FilterSql where(filter);
    SqlQuery query(m_database, u"SELECT COUNT(*) FROM audit_log"_s + where.where);
    where.bindTo(query);
    return query.scalar().toLongLong();
}

} // namespace boli::server
