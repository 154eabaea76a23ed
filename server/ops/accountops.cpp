// SPDX-License-Identifier: GPL-3.0-or-later
#include "ops/accountops.h"

#include "auth/accountservice.h"
#include "boli/fieldreader.h"
#include "settings/settingsservice.h"
#include "storage/userrepository.h"

namespace boli::server {
namespace {
using namespace Qt::StringLiterals;

// Roles anyone may sign up for; field agents and admins are made by admins.
const QList<Role> kSelfServiceRoles {Role::Farmer, Role::Trader, Role::BusinessSeller};

OpResult userOrError(const std::variant<User, Error> &result)
{
    if (const auto *error = std::get_if<Error>(&result)) {
        return *error;
    }
    return QJsonObject {{u"user"_s, std::get<User>(result).toJson()}};
}
} // namespace

NewAccount readNewAccount(FieldReader &reader, Role role)
{
    NewAccount account;
    account.role = role;
    account.displayName = reader.string(u"display_name"_s);
    account.phone = reader.optionalString(u"phone"_s).value_or(QString());
    account.email = reader.optionalString(u"email"_s).value_or(QString());
    const QString secretField = roleUsesPin(role) ? u"pin"_s : u"password"_s;
    account.secret = reader.string(secretField);
    return account;
}

AccountOps::AccountOps(AccountService &accounts, UserRepository &users, const SettingsService &settings)
    : m_accounts(accounts)
    , m_users(users)
    , m_settings(settings)
{ }

void AccountOps::registerOps(OpDispatcher &dispatcher)
{
    dispatcher.add(u"register"_s, roles::anyone, this, &AccountOps::registerAccount);
    dispatcher.add(
        u"agent.register_farmer"_s, {Role::FieldAgent, Role::Admin}, this, &AccountOps::registerFarmer);
    dispatcher.add(u"me"_s, roles::loggedIn, this, &AccountOps::me, true);
    dispatcher.add(u"totp.enroll"_s, roles::loggedIn, this, &AccountOps::totpEnroll, true);
    dispatcher.add(u"totp.confirm"_s, roles::loggedIn, this, &AccountOps::totpConfirm, true);
    dispatcher.add(u"settings.get"_s, roles::anyone, this, &AccountOps::settings);
}

QCoro::Task<OpResult> AccountOps::registerAccount(Caller caller, QJsonObject fields)
{
    FieldReader reader(fields);
    const QString roleText = reader.string(u"role"_s);
    const auto role = roleFromName(roleText);
    if (reader.ok() && (!role || !kSelfServiceRoles.contains(*role))) {
        reader.invalid(u"role"_s, u"must be farmer, trader or business_seller"_s);
    }
    if (!reader.ok()) {
        co_return *reader.error();
    }
    NewAccount account = readNewAccount(reader, *role);
    if (!reader.ok()) {
        co_return *reader.error();
    }
    auto creating = m_accounts.create(std::move(account), caller.actor(), u"account.register"_s);
    const auto created = co_await creating;
    co_return userOrError(created);
}

QCoro::Task<OpResult> AccountOps::registerFarmer(Caller caller, QJsonObject fields)
{
    FieldReader reader(fields);
    NewAccount account = readNewAccount(reader, Role::Farmer);
    if (!reader.ok()) {
        co_return *reader.error();
    }
    auto creating = m_accounts.create(std::move(account), caller.actor(), u"agent.register_farmer"_s);
    const auto created = co_await creating;
    co_return userOrError(created);
}

QCoro::Task<OpResult> AccountOps::me(Caller caller, QJsonObject fields)
{
    Q_UNUSED(fields)
    const auto user = m_users.byId(caller.session->userId);
    if (!user) {
        co_return Error::of(ErrorCode::NotFound);
    }
    co_return QJsonObject {{u"user"_s, user->toJson()}, {u"scope"_s, caller.session->scope}};
}

QCoro::Task<OpResult> AccountOps::totpEnroll(Caller caller, QJsonObject fields)
{
    Q_UNUSED(fields)
    const auto user = m_users.byId(caller.session->userId);
    if (!user) {
        co_return Error::of(ErrorCode::NotFound);
    }
    const auto result = m_accounts.beginTotpEnrollment(*user, caller.actor());
    if (const auto *error = std::get_if<Error>(&result)) {
        co_return *error;
    }
    co_return std::get<QJsonObject>(result);
}

QCoro::Task<OpResult> AccountOps::totpConfirm(Caller caller, QJsonObject fields)
{
    FieldReader reader(fields);
    const QString code = reader.string(u"code"_s);
    if (!reader.ok()) {
        co_return *reader.error();
    }
    const auto user = m_users.byId(caller.session->userId);
    if (!user) {
        co_return Error::of(ErrorCode::NotFound);
    }
    if (auto error = m_accounts.confirmTotp(*user, code, caller.actor())) {
        co_return *error;
    }
    // The enrolment-only session has served its purpose; the client logs in again with a code.
    co_return QJsonObject {{u"totp_enabled"_s, true}};
}

QCoro::Task<OpResult> AccountOps::settings(Caller caller, QJsonObject fields)
{
    Q_UNUSED(caller)
    Q_UNUSED(fields)
    co_return QJsonObject {{u"settings"_s, m_settings.values()}};
}

} // namespace boli::server
