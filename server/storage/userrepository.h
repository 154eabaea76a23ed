// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/loginthrottle.h"
#include "boli/role.h"
#include "storage/database.h"

#include <QJsonObject>
#include <QList>
#include <optional>

namespace boli::server {

using LockoutState = LoginThrottle::LockoutState;

/// @brief An account as stored.
struct User
{
    qint64 id = 0;
    QString phone; ///< E.164, may be empty when the account has an email
    QString email;
    QString displayName;
    Role role = Role::Trader;
    QString secretHash; ///< Argon2id of the PIN (farmers) or password
    QString totpSecret; ///< base32; set at enrolment, used once totpEnabled
    qint64 totpLastStep = 0; ///< the last accepted TOTP step: a code is never accepted twice
    bool totpEnabled = false;
    bool verified = false;
    bool banned = false;
    QString banReason;
    LockoutState lockout;
    std::optional<qint64> createdBy;
    qint64 createdAt = 0;

    /// What a user may see of themselves, and admins of anyone: never the secrets.
    [[nodiscard]] QJsonObject toJson() const;
};

/// @brief What is needed to create an account.
struct NewUser
{
    QString phone;
    QString email;
    QString displayName;
    Role role = Role::Trader;
    QString secretHash;
    std::optional<qint64> createdBy;
    qint64 createdAt = 0;
};

/// @brief Admin search over accounts.
struct UserSearch
{
    QString text; ///< part of the name, phone or email
    std::optional<Role> role;
    std::optional<bool> banned;
    qint64 offset = 0;
    qint64 limit = 50;
};

/// @brief The users table.
class UserRepository
{
public:
    explicit UserRepository(const Database &database);

    [[nodiscard]] std::optional<User> byId(qint64 id) const;
    /// By normalised phone or email.
    [[nodiscard]] std::optional<User> byLogin(const QString &login) const;
    [[nodiscard]] bool loginTaken(const QString &phone, const QString &email) const;
    qint64 insert(const NewUser &user);

    void setLockout(qint64 id, const LockoutState &lockout);
    void setBanned(qint64 id, bool banned, const QString &reason);
    void setRole(qint64 id, Role role);
    void setVerified(qint64 id, bool verified);
    void setTotp(qint64 id, const QString &secret, bool enabled);
    void setTotpLastStep(qint64 id, qint64 step);
    void setSecretHash(qint64 id, const QString &hash);

    [[nodiscard]] QList<User> search(const UserSearch &search) const;
    [[nodiscard]] qint64 count(const UserSearch &search) const;

private:
    [[nodiscard]] std::optional<User> one(
        const QString &where, const QString &placeholder, const QVariant &value) const;

    const Database &m_database;
};

} // namespace boli::server
