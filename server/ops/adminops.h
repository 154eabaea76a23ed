// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/opdispatcher.h"

namespace boli::server {

class AccountService;
class AuditLog;
class AuthService;
class ConnectionRegistry;
class Database;
class SettingsService;
class UserRepository;

/// @brief Admin basics: find users, create, ban and unban them, change roles, read the audit log,
/// change settings.
class AdminOps
{
public:
    static constexpr qsizetype kMaxReasonLength = 500;

    AdminOps(const Database &database, UserRepository &users, AccountService &accounts, AuthService &auth,
        AuditLog &auditLog, SettingsService &settings, ConnectionRegistry &connections);
    void registerOps(OpDispatcher &dispatcher);

    QCoro::Task<OpResult> listUsers(Caller caller, QJsonObject fields);
    QCoro::Task<OpResult> createUser(Caller caller, QJsonObject fields);
    QCoro::Task<OpResult> banUser(Caller caller, QJsonObject fields);
    QCoro::Task<OpResult> unbanUser(Caller caller, QJsonObject fields);
    QCoro::Task<OpResult> setRole(Caller caller, QJsonObject fields);
    /// Marks an account verified (KYC or seller checks done offline) or not.
    QCoro::Task<OpResult> verifyUser(Caller caller, QJsonObject fields);
    QCoro::Task<OpResult> listAudit(Caller caller, QJsonObject fields);
    QCoro::Task<OpResult> setSetting(Caller caller, QJsonObject fields);

private:
    /// Bans or unbans in one transaction with its audit record; a ban also ends every session.
    OpResult changeBan(const Caller &caller, qint64 userId, bool ban, const QString &reason);

    const Database &m_database;
    UserRepository &m_users;
    AccountService &m_accounts;
    AuthService &m_auth;
    AuditLog &m_auditLog;
    SettingsService &m_settings;
    ConnectionRegistry &m_connections;
};

} // namespace boli::server
