// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/totp.h"

#include "auth/sodium.h"

#include <QUrl>
#include <algorithm>
#include <cstdlib>
#include <liboath/oath.h>
#include <memory>
#include <qrencode.h>
#include <sodium.h>
#include <stdexcept>
#include <string>

namespace boli::server {
namespace {
using namespace Qt::StringLiterals;

void ensureOath()
{
    // liboath asks for one oath_init() before use; a function-local static makes it once and race-free.
    static const int rc = oath_init();
    if (rc != OATH_OK) {
        throw std::runtime_error(std::string("liboath could not be initialised: ") + oath_strerror(rc));
    }
}

struct FreeDeleter
{
    void operator()(char *p) const { std::free(p); }
};
using MallocedText = std::unique_ptr<char, FreeDeleter>;

struct QrDeleter
{
    void operator()(QRcode *code) const { QRcode_free(code); }
};

time_t unixSeconds(qint64 unixMs)
{
    // Round towards minus infinity so a time just before the epoch is not read as second zero.
    return time_t(unixMs >= 0 ? unixMs / 1000 : (unixMs - 999) / 1000);
}

bool isSixAsciiDigits(const QString &code)
{
    if (code.size() != Totp::kDigits) {
        return false;
    }
    return std::all_of(code.cbegin(), code.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

QString percentEncoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

} // namespace

QByteArray Totp::generateSecret()
{
    ensureSodium();
    QByteArray secret(kSecretBytes, Qt::Uninitialized);
    randombytes_buf(secret.data(), size_t(secret.size()));
    return secret;
}

QString Totp::toBase32(const QByteArray &bytes)
{
    if (bytes.isEmpty()) {
        return {};
    }
    ensureOath();
    char *out = nullptr;
    size_t outLength = 0;
    if (oath_base32_encode(bytes.constData(), size_t(bytes.size()), &out, &outLength) != OATH_OK) {
        throw std::runtime_error("liboath could not encode base32");
    }
    const MallocedText owned(out);
    QString text = QString::fromLatin1(out, qsizetype(outLength));
    // Key URIs omit the padding, and some authenticator apps refuse it.
    while (text.endsWith(u'=')) {
        text.chop(1);
    }
    return text;
}

std::optional<QByteArray> Totp::fromBase32(const QString &text)
{
    const bool ascii =
        std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() > 0 && c.unicode() < 128; });
    if (text.isEmpty() || !ascii) {
        return std::nullopt;
    }
    const QByteArray input = text.toLatin1();
    ensureOath();
    char *out = nullptr;
    size_t outLength = 0;
    if (oath_base32_decode(input.constData(), size_t(input.size()), &out, &outLength) != OATH_OK) {
        return std::nullopt;
    }
    const MallocedText owned(out);
    return QByteArray(out, qsizetype(outLength));
}

QString Totp::codeAt(const QByteArray &secret, qint64 unixMs, int digits)
{
    ensureOath();
    char code[16] = {};
    const int rc = oath_totp_generate(secret.constData(), size_t(secret.size()), unixSeconds(unixMs),
        kStepSeconds, OATH_TOTP_DEFAULT_START_TIME, unsigned(digits), code);
    if (rc != OATH_OK) {
        throw std::invalid_argument(std::string("cannot make a TOTP code: ") + oath_strerror(rc));
    }
    return QString::fromLatin1(code);
}

bool Totp::verify(const QByteArray &secret, const QString &code, qint64 unixMs, int window)
{
    return matchingStep(secret, code, unixMs, window).has_value();
}

std::optional<qint64> Totp::matchingStep(
    const QByteArray &secret, const QString &code, qint64 unixMs, int window)
{
    if (!isSixAsciiDigits(code) || secret.isEmpty() || window < 0) {
        return std::nullopt;
    }
    ensureOath();
    const QByteArray otp = code.toLatin1();
    uint64_t step = 0;
    // liboath compares the code against every step from -window to +window; a result >= 0 is a match.
    const int rc = oath_totp_validate3(secret.constData(), size_t(secret.size()), unixSeconds(unixMs),
        kStepSeconds, OATH_TOTP_DEFAULT_START_TIME, size_t(window), nullptr, &step, otp.constData());
    if (rc < 0) {
        return std::nullopt;
    }
    return qint64(step);
}

QString Totp::otpauthUri(const QString &issuer, const QString &account, const QByteArray &secret)
{
    // Issuer appears twice, as the label prefix and as a parameter, as Google's key URI format asks.
    return u"otpauth://totp/%1:%2?secret=%3&issuer=%1&algorithm=SHA1&digits=%4&period=%5"_s.arg(
        percentEncoded(issuer), percentEncoded(account), toBase32(secret), QString::number(kDigits),
        QString::number(kStepSeconds));
}

QString Totp::qrSvg(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    const std::unique_ptr<QRcode, QrDeleter> qr(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1));
    if (!qr) {
        throw std::invalid_argument("the text cannot be made into a QR code (empty or too long)");
    }
    const int width = qr->width;
    const int size = width + 2 * kQuietZone;
    // One path of horizontal runs of dark modules: a few kilobytes instead of one <rect> per module.
    QString path;
    for (int y = 0; y < width; ++y) {
        for (int x = 0; x < width;) {
            // Bit 0 of each module byte is 1 for a dark module (qrencode.h).
            if ((qr->data[y * width + x] & 1) == 0) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < width && (qr->data[y * width + x] & 1) != 0) {
                ++x;
            }
            path += u"M%1 %2h%3v1h-%3z"_s.arg(start + kQuietZone).arg(y + kQuietZone).arg(x - start);
        }
    }
    return uR"(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %1 %1" shape-rendering="crispEdges">)"
           R"(<rect width="%1" height="%1" fill="#fff"/><path fill="#000" d="%2"/></svg>)"_s.arg(
               QString::number(size), path);
}

} // namespace boli::server
