// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/accesstokens.h"

#include <QByteArrayView>
#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <jwt.h>
#include <memory>
#include <optional>
#include <stdexcept>
#include <utility>

namespace boli::server {
namespace {
using namespace Qt::StringLiterals;

// libjwt 1.10 moves integer claims as C long; millisecond timestamps need 64 bits.
static_assert(sizeof(long) >= sizeof(qint64), "libjwt integer claims must hold 64-bit values");

constexpr auto kIssuer = "boli";

struct JwtDeleter
{
    void operator()(jwt_t *jwt) const { jwt_free(jwt); }
};
using JwtPtr = std::unique_ptr<jwt_t, JwtDeleter>;

// libjwt 1.10 has no jwt_free_str(): its strings come from malloc() and go back with free().
struct CStringDeleter
{
    void operator()(char *text) const { std::free(text); }
};
using CStringPtr = std::unique_ptr<char, CStringDeleter>;

boli::Error invalid(const QString &why)
{
    return boli::Error::of(boli::ErrorCode::TokenInvalid, why);
}

bool isKnownScope(QStringView scope)
{
    return scope == AccessTokens::kScopeFull || scope == AccessTokens::kScopeTotpEnroll;
}

std::optional<QString> stringClaim(jwt_t *jwt, const char *name)
{
    // Returns null both when the claim is missing and when it is not a JSON string.
    const char *value = jwt_get_grant(jwt, name);
    if (value == nullptr) {
        return std::nullopt;
    }
    return QString::fromUtf8(value);
}

// Plain decimal digits, optionally negative: what JSON writes for an integer that fits 64 bits.
bool isIntegerText(QByteArrayView text)
{
    if (text.startsWith('-')) {
        text = text.sliced(1);
    }
    return !text.isEmpty() && text.size() <= 18
        && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::optional<qint64> intClaim(jwt_t *jwt, const char *name)
{
    // libjwt 1.10's jwt_get_grant_int() reads a string or a fraction as some number without an error,
    // so look at the claim's JSON text first and accept only an integer.
    const CStringPtr json(jwt_get_grants_json(jwt, name));
    if (!json || !isIntegerText(QByteArrayView(json.get()))) {
        return std::nullopt;
    }
    errno = 0;
    const long value = jwt_get_grant_int(jwt, name);
    if (errno != 0) {
        return std::nullopt;
    }
    return qint64(value);
}

// "sub" is a string per RFC 7519; accept only the plain decimal form issue() writes.
std::optional<qint64> userIdFromSubject(const QString &subject)
{
    if (subject.isEmpty() || subject.size() > 18 || subject.front() == u'0') {
        return std::nullopt;
    }
    for (const QChar c : subject) {
        if (c < u'0' || c > u'9') {
            return std::nullopt;
        }
    }
    return subject.toLongLong();
}

std::variant<AccessClaims, boli::Error> readClaims(jwt_t *jwt)
{
    const std::optional<QString> issuer = stringClaim(jwt, "iss");
    if (!issuer || *issuer != QLatin1StringView(kIssuer)) {
        return invalid(u"The token was not issued by this server."_s);
    }
    const std::optional<QString> subject = stringClaim(jwt, "sub");
    const std::optional<QString> roleText = stringClaim(jwt, "role");
    const std::optional<QString> scope = stringClaim(jwt, "scope");
    const std::optional<qint64> sessionId = intClaim(jwt, "sid");
    const std::optional<qint64> issuedAt = intClaim(jwt, "iat");
    const std::optional<qint64> expiresAt = intClaim(jwt, "exp");
    const std::optional<qint64> issuedAtMs = intClaim(jwt, "iat_ms");
    const std::optional<qint64> expiresAtMs = intClaim(jwt, "exp_ms");
    if (!subject || !roleText || !scope || !sessionId || !issuedAt || !expiresAt || !issuedAtMs
        || !expiresAtMs) {
        return invalid(u"The token lacks a claim or has one of the wrong type."_s);
    }
    const std::optional<qint64> userId = userIdFromSubject(*subject);
    if (!userId) {
        return invalid(u"The token's subject is not a user id."_s);
    }
    const std::optional<boli::Role> role = boli::roleFromName(*roleText);
    if (!role) {
        return invalid(u"The token names an unknown role."_s);
    }
    if (!isKnownScope(*scope)) {
        return invalid(u"The token has an unknown scope."_s);
    }
    return AccessClaims {*userId, *role, *sessionId, *scope, *issuedAtMs, *expiresAtMs};
}

} // namespace

AccessTokens::AccessTokens(QByteArray key, const boli::Clock &clock, qint64 lifetimeMs)
    : m_key(std::move(key))
    , m_clock(clock)
    , m_lifetimeMs(lifetimeMs)
{
    if (m_key.size() < kMinKeyBytes) {
        throw std::invalid_argument("the access token key must have at least 32 bytes");
    }
    if (m_lifetimeMs <= 0) {
        throw std::invalid_argument("the access token lifetime must be positive");
    }
}

QString AccessTokens::issue(qint64 userId, boli::Role role, qint64 sessionId, const QString &scope) const
{
    if (!isKnownScope(scope)) {
        throw std::invalid_argument("unknown access token scope");
    }
    const qint64 nowMs = m_clock.nowMs();
    const qint64 expiresMs = nowMs + m_lifetimeMs;

    jwt_t *raw = nullptr;
    if (jwt_new(&raw) != 0) {
        throw std::runtime_error("libjwt could not allocate a token");
    }
    const JwtPtr jwt(raw);
    const auto *key = reinterpret_cast<const unsigned char *>(m_key.constData());
    const bool built = jwt_set_alg(jwt.get(), JWT_ALG_HS256, key, int(m_key.size())) == 0
        && jwt_add_grant(jwt.get(), "iss", kIssuer) == 0
        && jwt_add_grant(jwt.get(), "sub", QByteArray::number(userId).constData()) == 0
        && jwt_add_grant(jwt.get(), "role", boli::roleName(role).toUtf8().constData()) == 0
        && jwt_add_grant_int(jwt.get(), "sid", long(sessionId)) == 0
        && jwt_add_grant(jwt.get(), "scope", scope.toUtf8().constData()) == 0
        // Seconds round down, so a standard verifier never accepts a token longer than we would.
        && jwt_add_grant_int(jwt.get(), "iat", long(nowMs / 1000)) == 0
        && jwt_add_grant_int(jwt.get(), "exp", long(expiresMs / 1000)) == 0
        && jwt_add_grant_int(jwt.get(), "iat_ms", long(nowMs)) == 0
        && jwt_add_grant_int(jwt.get(), "exp_ms", long(expiresMs)) == 0;
    if (!built) {
        throw std::runtime_error("libjwt could not build a token");
    }
    const CStringPtr encoded(jwt_encode_str(jwt.get()));
    if (!encoded) {
        throw std::runtime_error("libjwt could not sign a token");
    }
    return QString::fromLatin1(encoded.get());
}

std::variant<AccessClaims, boli::Error> AccessTokens::verify(const QString &token) const
{
    if (token.isEmpty() || token.size() > kMaxTokenLength) {
        return invalid(u"The token is empty or too long."_s);
    }
    const QByteArray text = token.toUtf8();
    jwt_t *raw = nullptr;
    const auto *key = reinterpret_cast<const unsigned char *>(m_key.constData());
    const int decoded = jwt_decode(&raw, text.constData(), key, int(m_key.size()));
    const JwtPtr jwt(raw);
    if (decoded != 0 || !jwt) {
        return invalid(u"The token is malformed or its signature is wrong."_s);
    }
    // libjwt takes the algorithm from the token's own header and skips the signature check for
    // "none"; only HS256, the one we sign with, proves the token came from us.
    if (jwt_get_alg(jwt.get()) != JWT_ALG_HS256) {
        return invalid(u"The token is not signed with HS256."_s);
    }
    std::variant<AccessClaims, boli::Error> claims = readClaims(jwt.get());
    if (const auto *valid = std::get_if<AccessClaims>(&claims);
        valid && m_clock.nowMs() >= valid->expiresAtMs) {
        return boli::Error::of(boli::ErrorCode::TokenExpired, u"The access token has expired."_s);
    }
    return claims;
}

} // namespace boli::server
