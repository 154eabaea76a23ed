// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace boli::server {

/// Bytes of randomness in a refresh token: 256 bits, beyond any guessing.
inline constexpr int kRefreshTokenBytes = 32;

/// A new opaque refresh token: 32 random bytes as unpadded base64url (43 characters).
[[nodiscard]] QString generateRefreshToken();

/// The lowercase hex SHA-256 of a refresh token (64 characters). Only this is stored, so a leaked
/// database holds no usable tokens; a plain hash suffices because the token is random, not chosen.
[[nodiscard]] QString hashRefreshToken(const QString &token);

} // namespace boli::server
