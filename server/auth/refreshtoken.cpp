// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/refreshtoken.h"

#include "auth/sodium.h"

#include <QByteArray>
#include <sodium.h>

namespace boli::server {

QString generateRefreshToken()
{
    ensureSodium();
    QByteArray bytes(kRefreshTokenBytes, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString hashRefreshToken(const QString &token)
{
    ensureSodium();
    const QByteArray input = token.toUtf8();
    QByteArray digest(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256(reinterpret_cast<unsigned char *>(digest.data()),
        reinterpret_cast<const unsigned char *>(input.constData()),
        static_cast<unsigned long long>(input.size()));
    return QString::fromLatin1(digest.toHex());
}

} // namespace boli::server
