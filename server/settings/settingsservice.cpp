// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/settingsservice.h"

#include "boli/clock.h"
#include "settings/settingsregistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSettings, "boli.settings")

namespace boli::server {
namespace {
using namespace Qt::StringLiterals;

// Stored wrapped in a one-element array: JSON documents cannot hold a bare scalar.
QString encode(const QJsonValue &value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact));
}

std::optional<QJsonValue> decode(const QString &text)
{
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (!document.isArray() || document.array().size() != 1) {
        return std::nullopt;
    }
    return document.array().first();
}
} // namespace

SettingsService::SettingsService(
    const Database &database, AuditLog &auditLog, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_auditLog(auditLog)
    , m_clock(clock)
    , m_values(SettingsRegistry::defaults())
{ }

void SettingsService::load()
{
    QJsonObject values = SettingsRegistry::defaults();
    SqlQuery query(m_database, u"SELECT key, value FROM settings"_s);
    query.exec();
    while (query.next()) {
        const QString key = query.value(0).toString();
        const auto value = decode(query.value(1).toString());
        if (!value || SettingsRegistry::validate(key, *value)) {
            qCWarning(lcSettings).noquote() << "ignoring stored setting" << key << "- unknown or invalid";
            continue;
        }
        values.insert(key, *value);
    }
    const QJsonObject before = std::exchange(m_values, values);
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        if (before.value(it.key()) != it.value()) {
            Q_EMIT changed(it.key(), it.value());
        }
    }
}

void SettingsService::reloadEvery(int intervalMs)
{
    connect(&m_reloadTimer, &QTimer::timeout, this, &SettingsService::load, Qt::UniqueConnection);
    m_reloadTimer.start(intervalMs);
}

qint64 SettingsService::integer(const QString &key) const
{
    return static_cast<qint64>(m_values.value(key).toDouble());
}

std::optional<Error> SettingsService::set(
    const QString &key, const QJsonValue &value, const AuditActor &actor)
{
    if (auto error = SettingsRegistry::validate(key, value)) {
        return error;
    }
    const QJsonValue before = m_values.value(key);
    if (before == value) {
        return std::nullopt;
    }
    Transaction transaction(m_database);
    SqlQuery(m_database,
        u"INSERT INTO settings (key, value, updated_at, updated_by) VALUES (:k, :v, :t, :by) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, "
        "updated_by = excluded.updated_by"_s)
        .bind(u":k"_s, key)
        .bind(u":v"_s, encode(value))
        .bind(u":t"_s, m_clock.nowMs())
        .bindOptional(u":by"_s, actor.userId)
        .exec();
    m_auditLog.append(
        actor, u"admin.settings.set"_s, u"setting:"_s + key, {{u"value"_s, before}}, {{u"value"_s, value}});
    transaction.commit();
    m_values.insert(key, value);
    qCInfo(lcSettings).noquote() << "setting" << key << "changed by user" << actor.userId.value_or(0);
    Q_EMIT changed(key, value);
    return std::nullopt;
}

} // namespace boli::server
