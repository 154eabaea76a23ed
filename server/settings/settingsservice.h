// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/auditlog.h"
#include "boli/errorcode.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <optional>

namespace boli {
class Clock;
}

namespace boli::server {

/// @brief The market's live settings and feature flags: stored in the database, changed by admins.
class SettingsService : public QObject
{
    Q_OBJECT
public:
    SettingsService(
        const Database &database, AuditLog &auditLog, const Clock &clock, QObject *parent = nullptr);

    /// Reads stored values over the defaults. A stored value that no longer validates is ignored
    /// (with a warning) so an old row can never put the market into a state the rules forbid.
    void load();
    /// Reloads every `intervalMs`, so a change made by another server process on the same database
    /// applies here too; each value that changed is announced like a local change.
    void reloadEvery(int intervalMs);

    [[nodiscard]] QJsonObject values() const { return m_values; }
    [[nodiscard]] QJsonValue value(const QString &key) const { return m_values.value(key); }
    [[nodiscard]] bool flag(const QString &key) const { return m_values.value(key).toBool(); }
    [[nodiscard]] qint64 integer(const QString &key) const;

    /// Validates, stores and audits one change in one transaction, then announces it.
    std::optional<Error> set(const QString &key, const QJsonValue &value, const AuditActor &actor);

Q_SIGNALS:
    void changed(const QString &key, const QJsonValue &value);

private:
    const Database &m_database;
    AuditLog &m_auditLog;
    const Clock &m_clock;
    QJsonObject m_values;
    QTimer m_reloadTimer;
};

} // namespace boli::server
