// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/mediastore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>

Q_LOGGING_CATEGORY(lcMedia, "boli.media")

namespace boli::server {
namespace {
using namespace Qt::StringLiterals;

struct PhotoType
{
    QString contentType;
    QString extension;
};

const QList<PhotoType> kPhotoTypes {
    {u"image/jpeg"_s, u"jpg"_s},
    {u"image/png"_s, u"png"_s},
    {u"image/webp"_s, u"webp"_s},
};

QString extensionOf(const QString &contentType)
{
    for (const PhotoType &type : kPhotoTypes) {
        if (type.contentType == contentType) {
            return type.extension;
        }
    }
    return {};
}
} // namespace

MediaStore::MediaStore(QString directory)
    : m_directory(std::move(directory))
{ }

bool MediaStore::isValidHash(const QString &hash)
{
    return hash.size() == 64 && std::all_of(hash.begin(), hash.end(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
    });
}

QString MediaStore::sniffContentType(const QByteArray &bytes)
{
    if (bytes.startsWith("\xFF\xD8\xFF")) {
        return u"image/jpeg"_s;
    }
    if (bytes.startsWith("\x89PNG\r\n\x1A\n")) {
        return u"image/png"_s;
    }
    if (bytes.size() >= 12 && bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP") {
        return u"image/webp"_s;
    }
    return {};
}

QString MediaStore::normalizeContentType(const QString &contentType)
{
    return contentType.section(u';', 0, 0).trimmed().toLower();
}

std::variant<StoredMedia, MediaRefusal> MediaStore::store(
    const QByteArray &bytes, const QString &declaredContentType)
{
    using Reason = MediaRefusal::Reason;
    const QString declared = normalizeContentType(declaredContentType);
    const QString extension = extensionOf(declared);
    if (extension.isEmpty()) {
        return MediaRefusal {Reason::UnsupportedType,
            u"photos must be image/jpeg, image/png or image/webp, not '%1'"_s.arg(declared)};
    }
    if (bytes.size() > kMaxPhotoBytes) {
        return MediaRefusal {Reason::TooLarge,
            u"a photo may be at most %1 bytes (5 MiB); this one has %2"_s.arg(kMaxPhotoBytes)
                .arg(bytes.size())};
    }
    if (sniffContentType(bytes) != declared) {
        return MediaRefusal {Reason::TypeMismatch, u"the bytes are not a %1 image"_s.arg(declared)};
    }

    const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    const QString path = m_directory + u'/' + hash + u'.' + extension;
    // Same bytes, same name: a file already there is this photo (a rename only ever completes it).
    if (QFileInfo(path).size() == bytes.size()) {
        return StoredMedia {hash, declared, false};
    }
    QSaveFile file(path);
    if (!QDir().mkpath(m_directory) || !file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()
        || !file.commit()) {
        qCWarning(lcMedia).noquote() << "cannot store" << path << ":" << file.errorString();
        return MediaRefusal {Reason::WriteFailed, u"the photo could not be saved"_s};
    }
    return StoredMedia {hash, declared, true};
}

std::optional<std::pair<QString, QString>> MediaStore::find(const QString &hash) const
{
    if (!isValidHash(hash)) {
        return std::nullopt;
    }
    for (const PhotoType &type : kPhotoTypes) {
        const QString path = m_directory + u'/' + hash + u'.' + type.extension;
        if (QFileInfo(path).isFile()) {
            return std::pair {path, type.contentType};
        }
    }
    return std::nullopt;
}

bool MediaStore::exists(const QString &hash) const
{
    return find(hash).has_value();
}

std::optional<MediaFile> MediaStore::read(const QString &hash) const
{
    const auto found = find(hash);
    if (!found) {
        return std::nullopt;
    }
    QFile file(found->first);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcMedia).noquote() << "cannot read" << found->first << ":" << file.errorString();
        return std::nullopt;
    }
    return MediaFile {file.readAll(), found->second};
}

} // namespace boli::server
