// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoroTask>
#include <QNetworkAccessManager>
#include <QObject>
#include <QStringList>
#include <QUrl>
#include <functional>

namespace boli::client {

/// @brief Uploads up to three listing photos (`POST /api/v1/media`, bearer token) and keeps the
/// hashes the server gave them, for `listing.create`'s `photos`.
class PhotoUploader : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QStringList names READ names NOTIFY photosChanged)
    Q_PROPERTY(int count READ count NOTIFY photosChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    static constexpr qint64 kMaxBytes = 5 * 1024 * 1024;
    static constexpr int kMaxPhotos = 3;

    using TokenSource = std::function<QCoro::Task<QString>()>;

    /// `mediaUrl`: the server's upload route; `token` gives an access token that is still valid.
    PhotoUploader(QUrl mediaUrl, TokenSource token, QObject *parent = nullptr);

    [[nodiscard]] QStringList names() const { return m_names; }
    [[nodiscard]] QStringList hashes() const { return m_hashes; }
    [[nodiscard]] int count() const { return int(m_hashes.size()); }
    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] QString error() const { return m_error; }

    /// Uploads a local JPEG, PNG or WebP file (e.g. from a USB stick).
    Q_INVOKABLE void add(const QUrl &file);
    Q_INVOKABLE void remove(int index);
    void clear();

    /// ws://host:port/ws → http://host:port/api/v1/media (wss → https).
    [[nodiscard]] static QUrl mediaUrlFor(const QUrl &webSocketUrl);

Q_SIGNALS:
    void photosChanged();
    void busyChanged();
    void errorChanged();

private:
    QCoro::Task<> upload(QByteArray photo, QString type, QString name);
    void setBusy(bool busy);
    void setError(const QString &error);

    QNetworkAccessManager m_network;
    QUrl m_mediaUrl;
    TokenSource m_token;
    QStringList m_names;
    QStringList m_hashes;
    bool m_busy = false;
    int m_generation = 0;
    QString m_error;
};

} // namespace boli::client
