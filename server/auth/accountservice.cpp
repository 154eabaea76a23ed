// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/accountservice.h"

#include "auth/authservice.h"
#include "auth/passwordhasher.h"
#include "auth/totp.h"
#include "boli/clock.h"
#include "boli/identity.h"

namespace boli::server {
namespace {
using namespace Qt::StringLiterals;

Error invalid(const QString &field, const QString &why)
{
    return Error::of(ErrorCode::InvalidValue, u"field '%1' %2"_s.arg(field, why));
}
} // namespace

AccountService::AccountService(const Database &database, UserRepository &users, AuditLog &auditLog,
    AuthService &auth, const Clock &clock)
    : m_database(database)
    , m_users(users)
    , m_auditLog(auditLog)
    , m_auth(auth)
    , m_clock(clock)
{ }

std::optional<Error> AccountService::validate(NewAccount &account)
{
    account.displayName = account.displayName.trimmed();
    if (account.displayName.isEmpty() || account.displayName.size() > kMaxNameLength) {
        return invalid(u"display_name"_s, u"must be 1 to %1 characters"_s.arg(kMaxNameLength));
    }
    if (account.role == Role::Guest) {
        return invalid(u"role"_s, u"cannot be guest"_s);
    }
    if (!account.phone.isEmpty()) {
        const auto phone = normalizePhone(account.phone);
        if (!phone) {
            return invalid(u"phone"_s, u"must be a 10-digit Indian mobile number"_s);
        }
        account.phone = *phone;
    }
    if (!account.email.isEmpty()) {
        const auto email = normalizeEmail(account.email);
        if (!email) {
            return invalid(u"email"_s, u"is not an email address"_s);
        }
        account.email = *email;
    }
    if (roleUsesPin(account.role)) {
        if (account.phone.isEmpty()) {
            return Error::of(ErrorCode::MissingField, u"a farmer account needs field 'phone'"_s);
        }
        if (!PasswordHasher::isValidPin(account.secret)) {
            return invalid(u"pin"_s, u"must be 4 to 6 digits"_s);
        }
        return std::nullopt;
    }
    if (account.phone.isEmpty() && account.email.isEmpty()) {
        return Error::of(ErrorCode::MissingField, u"give field 'phone' or field 'email'"_s);
    }
    if (const auto problem = PasswordHasher::passwordProblem(account.secret)) {
        return Error::of(ErrorCode::InvalidValue, *problem);
    }
    return std::nullopt;
}

QCoro::Task<std::variant<User, Error>> AccountService::create(
    NewAccount account, AuditActor actor, QString op)
{
    if (auto error = validate(account)) {
        co_return *error;
    }
    // Cheap check first so a taken number costs no hashing; repeated inside the transaction.
    if (m_users.loginTaken(account.phone, account.email)) {
        co_return Error::of(ErrorCode::AlreadyExists, u"an account with this phone or email exists"_s);
    }
    auto hashing = m_auth.hashSecret(account.secret);
    const QString hash = co_await hashing;
    Transaction transaction(m_database);
    if (m_users.loginTaken(account.phone, account.email)) {
        co_return Error::of(ErrorCode::AlreadyExists, u"an account with this phone or email exists"_s);
    }
    const qint64 id = m_users.insert(NewUser {account.phone, account.email, account.displayName, account.role,
        hash, actor.userId, m_clock.nowMs()});
    const User user = *m_users.byId(id);
    m_auditLog.append(actor, op, u"user:"_s + QString::number(id), {}, user.toJson());
    transaction.commit();
    co_return user;
}

std::variant<QJsonObject, Error> AccountService::beginTotpEnrollment(
    const User &user, const AuditActor &actor)
{
    if (user.totpEnabled) {
        return Error::of(ErrorCode::AlreadyExists, u"two-factor authentication is already on"_s);
    }
    const QByteArray secret = Totp::generateSecret();
    const QString base32 = Totp::toBase32(secret);
    const QString account = user.email.isEmpty() ? user.phone : user.email;
    const QString uri = Totp::otpauthUri(u"Boli"_s, account, secret);
    Transaction transaction(m_database);
    m_users.setTotp(user.id, base32, false);
    m_auditLog.append(
        actor, u"totp.enroll"_s, u"user:"_s + QString::number(user.id), {}, {{u"totp_enabled"_s, false}});
    transaction.commit();
    return QJsonObject {{u"secret"_s, base32}, {u"otpauth_uri"_s, uri}, {u"qr_svg"_s, Totp::qrSvg(uri)}};
}

std::optional<Error> AccountService::confirmTotp(
    const User &user, const QString &code, const AuditActor &actor)
{
    if (user.totpEnabled) {
        return Error::of(ErrorCode::AlreadyExists, u"two-factor authentication is already on"_s);
    }
    if (user.totpSecret.isEmpty()) {
        return Error::of(ErrorCode::NotFound, u"start enrolment with totp.enroll first"_s);
    }
    Transaction transaction(m_database);
    if (!m_auth.consumeTotp(user, code)) {
        return Error::of(ErrorCode::TotpInvalid);
    }
    m_users.setTotp(user.id, user.totpSecret, true);
    m_auditLog.append(actor, u"totp.confirm"_s, u"user:"_s + QString::number(user.id),
        {{u"totp_enabled"_s, false}}, {{u"totp_enabled"_s, true}});
    transaction.commit();
    return std::nullopt;
}

} // namespace boli::server
