// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/tokenkey.h"

#include "auth/sodium.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <sodium.h>
#include <stdexcept>
#include <unistd.h>

namespace boli::server {
namespace {
using namespace Qt::StringLiterals;

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

[[noreturn]] void fail(const QString &message)
{
    throw std::runtime_error(message.toStdString());
}

QByteArray readKey(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(u"Cannot read the token signing key %1: %2"_s.arg(path, file.errorString()));
    }
    // Read one byte more than a key so a longer file is caught without reading all of it.
    QByteArray key = file.read(TokenKey::kKeyBytes + 1);
    if (key.size() != TokenKey::kKeyBytes) {
        fail(u"The token signing key %1 holds %2 bytes instead of %3; delete it to make a new one "
             "(everyone will have to log in again)"_s.arg(path)
                 .arg(file.size())
                 .arg(TokenKey::kKeyBytes));
    }
    return key;
}

QByteArray createKey(const QString &dir, const QString &path)
{
    ensureSodium();
    QByteArray key(TokenKey::kKeyBytes, Qt::Uninitialized);
    randombytes_buf(key.data(), size_t(key.size()));

    // Write a private temporary file and rename it into place, so a crash never leaves half a key
    // and the key is never readable by others, not even for a moment.
    QByteArray suffix(8, Qt::Uninitialized);
    randombytes_buf(suffix.data(), size_t(suffix.size()));
    const QString tempPath = path + u".tmp-"_s + QString::fromLatin1(suffix.toHex());
    QFile temp(tempPath);
    if (!temp.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnly)) {
        fail(u"Cannot create the token signing key in %1: %2"_s.arg(dir, temp.errorString()));
    }
    const bool written = temp.write(key) == key.size() && temp.flush() && ::fsync(temp.handle()) == 0
        && temp.setPermissions(kOwnerOnly);
    temp.close();
    if (!written) {
        temp.remove();
        fail(u"Cannot write the token signing key %1: %2"_s.arg(tempPath, temp.errorString()));
    }
    // QFile::rename never replaces an existing file: if another process made the key meanwhile, use its.
    if (!QFile::rename(tempPath, path)) {
        QFile::remove(tempPath);
        if (QFileInfo::exists(path)) {
            return readKey(path);
        }
        fail(u"Cannot move the token signing key into place at %1"_s.arg(path));
    }
    return key;
}

} // namespace

QByteArray TokenKey::loadOrCreate(const QString &dataDir)
{
    const QString path = QDir(dataDir).filePath(QString::fromLatin1(kFileName));
    if (QFileInfo::exists(path)) {
        return readKey(path);
    }
    if (!QDir().mkpath(dataDir)) {
        fail(u"Cannot create the data directory %1"_s.arg(dataDir));
    }
    return createKey(dataDir, path);
}

} // namespace boli::server
