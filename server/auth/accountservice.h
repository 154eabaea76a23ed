// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/auditlog.h"
#include "boli/errorcode.h"
#include "storage/userrepository.h"

#include <QCoroTask>
#include <variant>

namespace boli::server {

class AuthService;

/// @brief An account to create, as typed in a form.
struct NewAccount
{
    QString phone;
    QString email;
    QString displayName;
    Role role = Role::Trader;
    QString secret; ///< PIN for farmers, password for everyone else
};

/// @brief Creates accounts and enrols them in TOTP, validating everything and auditing each change.
class AccountService
{
public:
    static constexpr int kMaxNameLength = 100;

    AccountService(const Database &database, UserRepository &users, AuditLog &auditLog, AuthService &auth,
        const Clock &clock);

    /// Normalises phone and email in place; the first rule the account breaks, if any.
    [[nodiscard]] static std::optional<Error> validate(NewAccount &account);

    /// Creates the account; `op` names the audit record ("account.register", "agent.register_farmer", ...).
    QCoro::Task<std::variant<User, Error>> create(NewAccount account, AuditActor actor, QString op);

    /// A fresh secret, stored but not yet active, with its otpauth URI and QR code.
    std::variant<QJsonObject, Error> beginTotpEnrollment(const User &user, const AuditActor &actor);
    /// Activates TOTP once the user proves their app shows the right code.
    std::optional<Error> confirmTotp(const User &user, const QString &code, const AuditActor &actor);

private:
    const Database &m_database;
    UserRepository &m_users;
    AuditLog &m_auditLog;
    AuthService &m_auth;
    const Clock &m_clock;
};

} // namespace boli::server
