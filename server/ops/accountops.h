// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/accountservice.h"
#include "boli/fieldreader.h"
#include "net/opdispatcher.h"

namespace boli::server {

class SettingsService;
class UserRepository;

/// @brief The ops on one's own account: register, me, TOTP enrolment; plus field agents registering
/// farmers and the public settings.
class AccountOps
{
public:
    AccountOps(AccountService &accounts, UserRepository &users, const SettingsService &settings);
    void registerOps(OpDispatcher &dispatcher);

    QCoro::Task<OpResult> registerAccount(Caller caller, QJsonObject fields);
    QCoro::Task<OpResult> registerFarmer(Caller caller, QJsonObject fields);
    QCoro::Task<OpResult> me(Caller caller, QJsonObject fields);
    QCoro::Task<OpResult> totpEnroll(Caller caller, QJsonObject fields);
    QCoro::Task<OpResult> totpConfirm(Caller caller, QJsonObject fields);
    QCoro::Task<OpResult> settings(Caller caller, QJsonObject fields);

private:
    AccountService &m_accounts;
    UserRepository &m_users;
    const SettingsService &m_settings;
};

/// Reads the account fields shared by every form that creates one; the role comes from the caller.
/// Fails the reader when they are missing or of the wrong type.
NewAccount readNewAccount(FieldReader &reader, Role role);

} // namespace boli::server
