// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/userrepository.h"

namespace boli::server {
namespace {
using namespace Qt::StringLiterals;

const QString kColumns =
    u"id, phone, email, display_name, role, secret_hash, totp_secret, totp_enabled, verified, "
    "banned, ban_reason, failed_logins, lockouts, locked_until, created_by, created_at, totp_last_step"_s;

User readUser(const SqlQuery &row)
{
    User user;
    user.id = row.value(0).toLongLong();
    user.phone = row.value(1).toString();
    user.email = row.value(2).toString();
    user.displayName = row.value(3).toString();
    user.role = roleFromName(row.value(4).toString()).value_or(Role::Guest);
    user.secretHash = row.value(5).toString();
    user.totpSecret = row.value(6).toString();
    user.totpEnabled = row.value(7).toBool();
    user.verified = row.value(8).toBool();
    user.banned = row.value(9).toBool();
    user.banReason = row.value(10).toString();
    user.lockout.failedLogins = row.value(11).toInt();
    user.lockout.lockouts = row.value(12).toInt();
    user.lockout.lockedUntilMs = row.value(13).toLongLong();
    if (!row.value(14).isNull()) {
        user.createdBy = row.value(14).toLongLong();
    }
    user.createdAt = row.value(15).toLongLong();
    user.totpLastStep = row.value(16).toLongLong();
    return user;
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

/// WHERE clause shared by search() and count(); user text is matched literally, '%' and '_' escaped.
struct SearchSql
{
    QString where;
    QString pattern;
    const UserSearch &search;

    explicit SearchSql(const UserSearch &s)
        : search(s)
    {
        QStringList clauses;
        if (!search.text.trimmed().isEmpty()) {
            QString escaped = search.text.trimmed().toLower();
            escaped.replace(u'!', u"!!"_s).replace(u'%', u"!%"_s).replace(u'_', u"!_"_s);
            pattern = u'%' + escaped + u'%';
            // One placeholder per use: not every driver binds a repeated name.
            clauses << u"(lower(display_name) LIKE :t1 ESCAPE '!' OR phone LIKE :t2 ESCAPE '!' "
                       "OR email LIKE :t3 ESCAPE '!')"_s;
        }
        if (search.role) {
            clauses << u"role = :role"_s;
        }
        if (search.banned) {
            clauses << u"banned = :banned"_s;
        }
        where = clauses.isEmpty() ? QString() : u" WHERE "_s + clauses.join(u" AND "_s);
    }

    void bindTo(SqlQuery &query) const
    {
        if (!pattern.isEmpty()) {
            query.bind(u":t1"_s, pattern).bind(u":t2"_s, pattern).bind(u":t3"_s, pattern);
        }
        if (search.role) {
            query.bind(u":role"_s, roleName(*search.role));
        }
        if (search.banned) {
            query.bind(u":banned"_s, *search.banned);
        }
    }
};

} // namespace

QJsonObject User::toJson() const
{
    return {
        {u"id"_s, id},
        {u"phone"_s, phone.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(phone)},
        {u"email"_s, email.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(email)},
        {u"display_name"_s, displayName},
        {u"role"_s, roleName(role)},
        {u"totp_enabled"_s, totpEnabled},
        {u"verified"_s, verified},
        {u"banned"_s, banned},
        {u"ban_reason"_s, banReason},
        {u"created_at"_s, createdAt},
    };
}

UserRepository::UserRepository(const Database &database)
    : m_database(database)
{ }

std::optional<User> UserRepository::one(
    const QString &where, const QString &placeholder, const QVariant &value) const
{
    SqlQuery query(m_database, u"SELECT "_s + kColumns + u" FROM users WHERE "_s + where);
    query.bind(placeholder, value).exec();
    if (!query.next()) {
        return std::nullopt;
    }
    return readUser(query);
}

std::optional<User> UserRepository::byId(qint64 id) const
{
    return one(u"id = :id"_s, u":id"_s, id);
}

std::optional<User> UserRepository::byLogin(const QString &login) const
{
    if (login.isEmpty()) {
        return std::nullopt;
    }
    const auto byPhone = one(u"phone = :login"_s, u":login"_s, login);
    return byPhone ? byPhone : one(u"email = :login"_s, u":login"_s, login);
}

bool UserRepository::loginTaken(const QString &phone, const QString &email) const
{
    return SqlQuery(m_database, u"SELECT COUNT(*) FROM users WHERE phone = :phone OR email = :email"_s)
               .bind(u":phone"_s, textOrNull(phone))
               .bind(u":email"_s, textOrNull(email))
               .scalar()
               .toLongLong()
        > 0;
}

qint64 UserRepository::insert(const NewUser &user)
{
    return SqlQuery(m_database,
        u"INSERT INTO users (phone, email, display_name, role, secret_hash, created_by, created_at) "
        "VALUES (:phone, :email, :name, :role, :hash, :by, :at) RETURNING id"_s)
        .bind(u":phone"_s, textOrNull(user.phone))
        .bind(u":email"_s, textOrNull(user.email))
        .bind(u":name"_s, user.displayName)
        .bind(u":role"_s, roleName(user.role))
        .bind(u":hash"_s, user.secretHash)
        .bindOptional(u":by"_s, user.createdBy)
        .bind(u":at"_s, user.createdAt)
        .scalar()
        .toLongLong();
}

void UserRepository::setLockout(qint64 id, const LockoutState &lockout)
{
    SqlQuery(
        m_database, u"UPDATE users SET failed_logins = :f, lockouts = :l, locked_until = :u WHERE id = :id"_s)
        .bind(u":f"_s, lockout.failedLogins)
        .bind(u":l"_s, lockout.lockouts)
        .bind(u":u"_s, lockout.lockedUntilMs)
        .bind(u":id"_s, id)
        .exec();
}

void UserRepository::setBanned(qint64 id, bool banned, const QString &reason)
{
    SqlQuery(m_database, u"UPDATE users SET banned = :b, ban_reason = :r WHERE id = :id"_s)
        .bind(u":b"_s, banned)
        .bind(u":r"_s, textOrNull(reason))
        .bind(u":id"_s, id)
        .exec();
}

void UserRepository::setRole(qint64 id, Role role)
{
    SqlQuery(m_database, u"UPDATE users SET role = :r WHERE id = :id"_s)
        .bind(u":r"_s, roleName(role))
        .bind(u":id"_s, id)
        .exec();
}

void UserRepository::setVerified(qint64 id, bool verified)
{
    SqlQuery(m_database, u"UPDATE users SET verified = :v WHERE id = :id"_s)
        .bind(u":v"_s, verified)
        .bind(u":id"_s, id)
        .exec();
}

void UserRepository::setTotp(qint64 id, const QString &secret, bool enabled)
{
    SqlQuery(m_database, u"UPDATE users SET totp_secret = :s, totp_enabled = :e WHERE id = :id"_s)
        .bind(u":s"_s, textOrNull(secret))
        .bind(u":e"_s, enabled)
        .bind(u":id"_s, id)
        .exec();
}

void UserRepository::setTotpLastStep(qint64 id, qint64 step)
{
    SqlQuery(m_database, u"UPDATE users SET totp_last_step = :s WHERE id = :id"_s)
        .bind(u":s"_s, step)
        .bind(u":id"_s, id)
        .exec();
}

void UserRepository::setSecretHash(qint64 id, const QString &hash)
{
    SqlQuery(m_database, u"UPDATE users SET secret_hash = :h WHERE id = :id"_s)
        .bind(u":h"_s, hash)
        .bind(u":id"_s, id)
        .exec();
}

QList<User> UserRepository::search(const UserSearch &search) const
{
    const SearchSql sql(search);
    SqlQuery query(m_database,
        u"SELECT "_s + kColumns + u" FROM users"_s + sql.where
            + u" ORDER BY id LIMIT :limit OFFSET :offset"_s);
    sql.bindTo(query);
    query.bind(u":limit"_s, search.limit).bind(u":offset"_s, search.offset).exec();
    QList<User> users;
    while (query.next()) {
        users.append(readUser(query));
    }
    return users;
}

qint64 UserRepository::count(const UserSearch &search) const
{
    const SearchSql sql(search);
    SqlQuery query(m_database, u"SELECT COUNT(*) FROM users"_s + sql.where);
    sql.bindTo(query);
    return query.scalar().toLongLong();
}

} // namespace boli::server
