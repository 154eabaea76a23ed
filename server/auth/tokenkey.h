// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace boli::server {

/// @brief Keeps the server's access-token signing key in "<dataDir>/token.key" across restarts.
///
/// Losing the file only logs everyone out (access tokens are short-lived, refresh tokens live in the
/// database), so the key is made on first start rather than configured by hand.
class TokenKey
{
public:
    static constexpr qsizetype kKeyBytes = 32;
    static constexpr auto kFileName = "token.key";

    /// Reads the key, or creates it (owner read/write only) when the file is missing.
    /// Throws std::runtime_error saying what is wrong if the file cannot be read or written, or
    /// does not hold exactly kKeyBytes bytes.
    [[nodiscard]] static QByteArray loadOrCreate(const QString &dataDir);
};

} // namespace boli::server
