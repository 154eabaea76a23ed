// SPDX-License-Identifier: GPL-3.0-or-later
#include "admin/auditmodel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

namespace boli::client {
using namespace Qt::StringLiterals;

namespace {
constexpr int kChangeRole = Qt::UserRole + 100;

QString compact(const QJsonObject &object)
{
    return object.isEmpty() ? u"{}"_s
                            : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
} // namespace

AuditModel::AuditModel(ServerConnection &connection, QObject *parent)
    : PagedQueryModel(connection,
        {u"admin.audit.list"_s, u"records"_s,
            {u"id"_s, u"at"_s, u"actor_id"_s, u"actor_role"_s, u"op"_s, u"target"_s, u"before"_s, u"after"_s,
                u"device_id"_s, u"ip"_s}},
        50, parent)
{ }

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (role != kChangeRole) {
        return QueryModel::data(index, role);
    }
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const QJsonObject &record = rows().at(index.row());
    return compact(record.value(u"before"_s).toObject()) + u" → "_s
        + compact(record.value(u"after"_s).toObject());
}

QHash<int, QByteArray> AuditModel::roleNames() const
{
    QHash<int, QByteArray> names = QueryModel::roleNames();
    names.insert(kChangeRole, "change");
    return names;
}

bool AuditModel::search(const QString &actor, const QString &action, const QString &target,
    const QString &from, const QString &to)
{
    QJsonObject filters;
    if (!actor.trimmed().isEmpty()) {
        bool ok = false;
        const qint64 id = actor.trimmed().toLongLong(&ok);
        if (!ok || id <= 0) {
            setFilterError(
                QCoreApplication::translate("AuditModel", "The actor is a user id, a whole number like 4."));
            return false;
        }
        filters.insert(u"actor_id"_s, id);
    }
    if (!action.trimmed().isEmpty()) {
        filters.insert(u"action"_s, action.trimmed());
    }
    if (!target.trimmed().isEmpty()) {
        filters.insert(u"target"_s, target.trimmed());
    }
    const qint64 fromMs = parseTime(from, false);
    const qint64 toMs = parseTime(to, true);
    if (fromMs < 0 || toMs < 0) {
        setFilterError(
            QCoreApplication::translate("AuditModel", "Type dates like 2026-11-21, or 2026-11-21 14:30."));
        return false;
    }
    if (fromMs > 0) {
        filters.insert(u"from"_s, fromMs);
    }
    if (toMs > 0) {
        filters.insert(u"to"_s, toMs);
    }
    if (fromMs > 0 && toMs > 0 && toMs <= fromMs) {
        setFilterError(QCoreApplication::translate(
            "AuditModel", "The end of the time range must come after its start."));
        return false;
    }
    setFilterError({});
    m_filters = filters;
    restart();
    return true;
}

qint64 AuditModel::parseTime(const QString &text, bool endOfDay)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return 0;
    }
    const QDateTime at = QDateTime::fromString(trimmed, u"yyyy-MM-dd HH:mm"_s);
    if (at.isValid()) {
        return at.toMSecsSinceEpoch();
    }
    const QDate day = QDate::fromString(trimmed, Qt::ISODate);
    if (!day.isValid()) {
        return -1;
    }
    return (endOfDay ? day.addDays(1) : day).startOfDay().toMSecsSinceEpoch();
}

QJsonObject AuditModel::filters() const
{
    return m_filters;
}

void AuditModel::setFilterError(const QString &error)
{
    if (error != m_filterError) {
        m_filterError = error;
        Q_EMIT filterErrorChanged();
    }
}

} // namespace boli::client
