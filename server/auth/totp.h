// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace boli::server {

/// @brief Time-based one-time passwords (RFC 6238 via liboath) as authenticator apps expect them:
/// HMAC-SHA-1, 30-second steps, 6 digits; plus the otpauth:// URI and its QR code for enrolment.
///
/// All functions are static and keep no state; safe from any thread.
class Totp
{
public:
    static constexpr int kDigits = 6;
    static constexpr int kStepSeconds = 30;
    /// 160 bits, the HMAC-SHA-1 block-friendly size RFC 4226 recommends.
    static constexpr int kSecretBytes = 20;
    /// Modules of blank margin around the QR code; scanners need 4 (ISO/IEC 18004).
    static constexpr int kQuietZone = 4;

    /// A new random secret of kSecretBytes bytes.
    [[nodiscard]] static QByteArray generateSecret();
    /// RFC 4648 base32, upper case, without "=" padding (as otpauth URIs want it).
    [[nodiscard]] static QString toBase32(const QByteArray &bytes);
    /// Accepts upper or lower case, spaces and missing padding; std::nullopt when not base32.
    [[nodiscard]] static std::optional<QByteArray> fromBase32(const QString &text);

    /// The code for the 30-second step containing unixMs; digits must be 6, 7 or 8.
    /// Throws std::invalid_argument when liboath refuses the arguments.
    [[nodiscard]] static QString codeAt(const QByteArray &secret, qint64 unixMs, int digits = kDigits);
    /// True when code is exactly 6 ASCII digits and matches a step within window steps of unixMs.
    [[nodiscard]] static bool verify(
        const QByteArray &secret, const QString &code, qint64 unixMs, int window = 1);
    /// Like verify(), but tells which time step (unix seconds / 30) matched, so the caller can
    /// store it and refuse the same or an earlier step next time (RFC 6238 section 5.2: no replays).
    [[nodiscard]] static std::optional<qint64> matchingStep(
        const QByteArray &secret, const QString &code, qint64 unixMs, int window = 1);

    /// otpauth://totp/Issuer:account?secret=...&issuer=Issuer&algorithm=SHA1&digits=6&period=30
    [[nodiscard]] static QString otpauthUri(
        const QString &issuer, const QString &account, const QByteArray &secret);
    /// A self-contained SVG picture of text as a QR code (error correction level M).
    /// Throws std::invalid_argument when the text is empty or too long for any QR code.
    [[nodiscard]] static QString qrSvg(const QString &text);
};

} // namespace boli::server
