// SPDX-License-Identifier: GPL-3.0-or-later
#include "ops/adminops.h"

#include "auth/authservice.h"
#include "net/connectionregistry.h"
#include "ops/accountops.h"
#include "settings/settingsservice.h"

#include <QJsonArray>

namespace boli::server {
namespace {
using namespace Qt::StringLiterals;

QString userTarget(qint64 id)
{
    return u"user:"_s + QString::number(id);
}

std::optional<Role> readRole(FieldReader &reader, const QString &key, bool required)
{
    const auto text = required ? std::optional<QString>(reader.string(key)) : reader.optionalString(key);
    if (!text || !reader.ok()) {
        return std::nullopt;
    }
    const auto role = roleFromName(*text);
    if (!role || *role == Role::Guest) {
        reader.invalid(key, u"is not a role (farmer, trader, business_seller, field_agent, admin)"_s);
        return std::nullopt;
    }
    return role;
}
} // namespace

AdminOps::AdminOps(const Database &database, UserRepository &users, AccountService &accounts,
    AuthService &auth, AuditLog &auditLog, SettingsService &settings, ConnectionRegistry &connections)
    : m_database(database)
    , m_users(users)
    , m_accounts(accounts)
    , m_auth(auth)
    , m_auditLog(auditLog)
    , m_settings(settings)
    , m_connections(connections)
{ }

void AdminOps::registerOps(OpDispatcher &dispatcher)
{
    dispatcher.add(u"admin.users.list"_s, roles::admin, this, &AdminOps::listUsers);
    dispatcher.add(u"admin.users.create"_s, roles::admin, this, &AdminOps::createUser);
    dispatcher.add(u"admin.users.ban"_s, roles::admin, this, &AdminOps::banUser);
    dispatcher.add(u"admin.users.unban"_s, roles::admin, this, &AdminOps::unbanUser);
    dispatcher.add(u"admin.users.set_role"_s, roles::admin, this, &AdminOps::setRole);
    dispatcher.add(u"admin.users.verify"_s, roles::admin, this, &AdminOps::verifyUser);
    dispatcher.add(u"admin.audit.list"_s, roles::admin, this, &AdminOps::listAudit);
    dispatcher.add(u"admin.settings.set"_s, roles::admin, this, &AdminOps::setSetting);
}

QCoro::Task<OpResult> AdminOps::listUsers(Caller caller, QJsonObject fields)
{
    Q_UNUSED(caller)
    FieldReader reader(fields);
    UserSearch search;
    search.text = reader.optionalString(u"query"_s).value_or(QString());
    search.role = readRole(reader, u"role"_s, false);
    search.banned = reader.optionalBoolean(u"banned"_s);
    std::tie(search.offset, search.limit) = reader.page();
    if (!reader.ok()) {
        co_return *reader.error();
    }
    QJsonArray users;
    for (const User &user : m_users.search(search)) {
        users.append(user.toJson());
    }
    co_return QJsonObject {{u"users"_s, users}, {u"total"_s, m_users.count(search)}};
}

QCoro::Task<OpResult> AdminOps::createUser(Caller caller, QJsonObject fields)
{
    FieldReader reader(fields);
    const auto role = readRole(reader, u"role"_s, true);
    if (!reader.ok()) {
        co_return *reader.error();
    }
    NewAccount account = readNewAccount(reader, *role);
    if (!reader.ok()) {
        co_return *reader.error();
    }
    auto creating = m_accounts.create(std::move(account), caller.actor(), u"admin.users.create"_s);
    const auto result = co_await creating;
    if (const auto *error = std::get_if<Error>(&result)) {
        co_return *error;
    }
    co_return QJsonObject {{u"user"_s, std::get<User>(result).toJson()}};
}

QCoro::Task<OpResult> AdminOps::banUser(Caller caller, QJsonObject fields)
{
    FieldReader reader(fields);
    const qint64 userId = reader.integer(u"user_id"_s);
    const QString reason = reader.string(u"reason"_s).trimmed();
    if (reader.ok() && (reason.isEmpty() || reason.size() > kMaxReasonLength)) {
        reader.invalid(u"reason"_s, u"must be 1 to %1 characters"_s.arg(kMaxReasonLength));
    }
    if (!reader.ok()) {
        co_return *reader.error();
    }
    co_return changeBan(caller, userId, true, reason);
}

QCoro::Task<OpResult> AdminOps::unbanUser(Caller caller, QJsonObject fields)
{
    FieldReader reader(fields);
    const qint64 userId = reader.integer(u"user_id"_s);
    if (!reader.ok()) {
        co_return *reader.error();
    }
    co_return changeBan(caller, userId, false, QString());
}

OpResult AdminOps::changeBan(const Caller &caller, qint64 userId, bool ban, const QString &reason)
{
    if (ban && caller.userId() == userId) {
        return Error::of(ErrorCode::Forbidden, u"an admin cannot ban themselves"_s);
    }
    Transaction transaction(m_database);
    const auto user = m_users.byId(userId);
    if (!user) {
        return Error::of(ErrorCode::NotFound, u"there is no user %1"_s.arg(userId));
    }
    if (user->banned == ban) {
        return QJsonObject {{u"user"_s, user->toJson()}};
    }
    m_users.setBanned(userId, ban, reason);
    const QList<qint64> ended = ban ? m_auth.revokeAllSessions(userId, u"banned"_s) : QList<qint64>();
    m_auditLog.append(caller.actor(), ban ? u"admin.users.ban"_s : u"admin.users.unban"_s, userTarget(userId),
        {{u"banned"_s, user->banned}, {u"ban_reason"_s, user->banReason}},
        {{u"banned"_s, ban}, {u"ban_reason"_s, reason}, {u"sessions_ended"_s, ended.size()}});
    transaction.commit();
    if (ban) {
        m_connections.endUser(userId, u"banned"_s);
    }
    return QJsonObject {{u"user"_s, m_users.byId(userId)->toJson()}};
}

QCoro::Task<OpResult> AdminOps::setRole(Caller caller, QJsonObject fields)
{
    FieldReader reader(fields);
    const qint64 userId = reader.integer(u"user_id"_s);
    const auto role = readRole(reader, u"role"_s, true);
    if (!reader.ok()) {
        co_return *reader.error();
    }
    if (caller.userId() == userId) {
        co_return Error::of(ErrorCode::Forbidden, u"an admin cannot change their own role"_s);
    }
    Transaction transaction(m_database);
    const auto user = m_users.byId(userId);
    if (!user) {
        co_return Error::of(ErrorCode::NotFound, u"there is no user %1"_s.arg(userId));
    }
    if (user->role == *role) {
        co_return QJsonObject {{u"user"_s, user->toJson()}};
    }
    if (roleUsesPin(user->role) != roleUsesPin(*role)) {
        co_return Error::of(ErrorCode::InvalidValue,
            u"a farmer logs in with a PIN and other roles with a password; create a new account"_s);
    }
    m_users.setRole(userId, *role);
    // Live sessions carry the old role: end them so the next login carries the new one.
    const QList<qint64> ended = m_auth.revokeAllSessions(userId, u"role_changed"_s);
    m_auditLog.append(caller.actor(), u"admin.users.set_role"_s, userTarget(userId),
        {{u"role"_s, roleName(user->role)}},
        {{u"role"_s, roleName(*role)}, {u"sessions_ended"_s, ended.size()}});
    transaction.commit();
    m_connections.endUser(userId, u"role_changed"_s);
    co_return QJsonObject {{u"user"_s, m_users.byId(userId)->toJson()}};
}

QCoro::Task<OpResult> AdminOps::verifyUser(Caller caller, QJsonObject fields)
{
    FieldReader reader(fields);
    const qint64 userId = reader.integer(u"user_id"_s);
    const bool verified = reader.boolean(u"verified"_s);
    if (!reader.ok()) {
        co_return *reader.error();
    }
    Transaction transaction(m_database);
    const auto user = m_users.byId(userId);
    if (!user) {
        co_return Error::of(ErrorCode::NotFound, u"there is no user %1"_s.arg(userId));
    }
    if (user->verified != verified) {
        m_users.setVerified(userId, verified);
        m_auditLog.append(caller.actor(), u"admin.users.verify"_s, userTarget(userId),
            {{u"verified"_s, user->verified}}, {{u"verified"_s, verified}});
        transaction.commit();
    }
    co_return QJsonObject {{u"user"_s, m_users.byId(userId)->toJson()}};
}

QCoro::Task<OpResult> AdminOps::listAudit(Caller caller, QJsonObject fields)
{
    Q_UNUSED(caller)
    FieldReader reader(fields);
    AuditFilter filter;
    filter.actorId = reader.optionalInteger(u"actor_id"_s);
    // "op" is the envelope's key, so the filter on audited ops is called "action".
    filter.op = reader.optionalString(u"action"_s).value_or(QString());
    filter.target = reader.optionalString(u"target"_s).value_or(QString());
    filter.fromMs = reader.optionalInteger(u"from"_s);
    filter.toMs = reader.optionalInteger(u"to"_s);
    std::tie(filter.offset, filter.limit) = reader.page();
    if (!reader.ok()) {
        co_return *reader.error();
    }
    QJsonArray records;
    for (const AuditRecord &record : m_auditLog.list(filter)) {
        records.append(record.toJson());
    }
    co_return QJsonObject {{u"records"_s, records}, {u"total"_s, m_auditLog.count(filter)}};
}

QCoro::Task<OpResult> AdminOps::setSetting(Caller caller, QJsonObject fields)
{
    FieldReader reader(fields);
    const QString key = reader.string(u"key"_s);
    const QJsonValue value = reader.value(u"value"_s);
    if (!reader.ok()) {
        co_return *reader.error();
    }
    if (key == u"admin_2fa"_s && value.toBool()) {
        const auto self = m_users.byId(*caller.userId());
        if (!self || !self->totpEnabled) {
            co_return Error::of(ErrorCode::TotpEnrollmentRequired,
                u"turn on your own two-factor authentication before requiring it of admins"_s);
        }
    }
    if (auto error = m_settings.set(key, value, caller.actor())) {
        co_return *error;
    }
    co_return QJsonObject {{u"settings"_s, m_settings.values()}};
}

} // namespace boli::server
