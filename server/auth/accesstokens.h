// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boli/clock.h"
#include "boli/errorcode.h"
#include "boli/role.h"

#include <QByteArray>
#include <QString>
#include <QStringView>
#include <variant>

namespace boli::server {

/// What a valid access token says about its bearer.
struct AccessClaims
{
    qint64 userId = 0;
    boli::Role role = boli::Role::Guest;
    qint64 sessionId = 0;
    QString scope; ///< AccessTokens::kScopeFull or AccessTokens::kScopeTotpEnroll
    qint64 issuedAtMs = 0;
    qint64 expiresAtMs = 0;
};

/// @brief Issues and checks short-lived HS256-signed JWT access tokens (libjwt).
///
/// Claims: iss "boli", sub (the user id as a decimal string, as RFC 7519 wants a string), role (by
/// name), sid (session id), scope, iat/exp in seconds (RFC 7519) and iat_ms/exp_ms in milliseconds,
/// which are what expiry is judged by. Stateless and const: safe to share between threads.
class AccessTokens
{
public:
    /// Everything an account may do.
    static constexpr QStringView kScopeFull = u"full";
    /// Only enrolling TOTP: given to admins who must set up two-factor authentication first.
    static constexpr QStringView kScopeTotpEnroll = u"totp_enroll";
    static constexpr qint64 kDefaultLifetimeMs = 15 * 60 * 1000;
    /// Real tokens are a few hundred bytes; longer text is refused before any parsing.
    static constexpr qsizetype kMaxTokenLength = 4096;
    /// Keys shorter than the HS256 output would weaken the signature (RFC 7518 section 3.2).
    static constexpr qsizetype kMinKeyBytes = 32;

    /// Throws std::invalid_argument for a key shorter than kMinKeyBytes or a lifetime of zero or less.
    AccessTokens(QByteArray key, const boli::Clock &clock, qint64 lifetimeMs = kDefaultLifetimeMs);

    /// Throws std::invalid_argument for an unknown scope, std::runtime_error if libjwt fails.
    [[nodiscard]] QString issue(qint64 userId, boli::Role role, qint64 sessionId, const QString &scope) const;
    /// The claims, or ErrorCode::TokenExpired (at and after exp_ms) or ErrorCode::TokenInvalid.
    [[nodiscard]] std::variant<AccessClaims, boli::Error> verify(const QString &token) const;

    [[nodiscard]] qint64 lifetimeMs() const { return m_lifetimeMs; }

private:
    QByteArray m_key;
    const boli::Clock &m_clock;
    qint64 m_lifetimeMs;
};

} // namespace boli::server
