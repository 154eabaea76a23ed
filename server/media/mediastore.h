// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <optional>
#include <variant>

namespace boli::server {

/// @brief A photo as stored: its SHA-256 (64 lower-case hex digits) and its content type.
struct StoredMedia
{
    QString hash;
    QString contentType;
    bool created = false; ///< false when the same bytes were stored before
};

/// @brief A stored photo read back.
struct MediaFile
{
    QByteArray bytes;
    QString contentType;
};

/// @brief Why a photo was not stored.
struct MediaRefusal
{
    enum class Reason {
        UnsupportedType, ///< the declared type is not JPEG, PNG or WebP
        TypeMismatch, ///< the bytes are not what the declared type says
        TooLarge, ///< more than kMaxPhotoBytes
        WriteFailed, ///< the disk refused; nothing half-written is left
    };
    Reason reason;
    QString message;
};

/// @brief Listing photos on disk, content-addressed: `<dir>/<sha256 hex>.<jpg|png|webp>`.
///
/// The same bytes always land in the same one file. Files are written to a temporary name and
/// renamed, so a crash never leaves half a photo under a real name. Hashes from outside are
/// checked before any path is built from them.
class MediaStore
{
public:
    static constexpr qsizetype kMaxPhotoBytes = 5 * 1024 * 1024;

    /// `directory` is created on the first store().
    explicit MediaStore(QString directory);

    std::variant<StoredMedia, MediaRefusal> store(
        const QByteArray &bytes, const QString &declaredContentType);
    [[nodiscard]] bool exists(const QString &hash) const;
    [[nodiscard]] std::optional<MediaFile> read(const QString &hash) const;
    [[nodiscard]] QString directory() const { return m_directory; }

    /// 64 lower-case hex digits, nothing else.
    [[nodiscard]] static bool isValidHash(const QString &hash);
    /// "image/jpeg", "image/png" or "image/webp" from the magic bytes; empty for anything else.
    [[nodiscard]] static QString sniffContentType(const QByteArray &bytes);
    /// The bare media type, lower-cased, without parameters ("Image/JPEG; x=y" → "image/jpeg").
    [[nodiscard]] static QString normalizeContentType(const QString &contentType);

private:
    /// The existing file of a valid hash, or empty.
    [[nodiscard]] std::optional<std::pair<QString, QString>> find(const QString &hash) const;

    QString m_directory;
};

} // namespace boli::server
