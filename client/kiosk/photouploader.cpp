// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/photouploader.h"

#include "app/errormessages.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QNetworkReply>
#include <QPointer>

namespace boli::client {
using namespace Qt::StringLiterals;

PhotoUploader::PhotoUploader(QUrl mediaUrl, TokenSource token, QObject *parent)
    : QObject(parent)
    , m_mediaUrl(std::move(mediaUrl))
    , m_token(std::move(token))
{ }

QUrl PhotoUploader::mediaUrlFor(const QUrl &webSocketUrl)
{
    QUrl url = webSocketUrl;
    url.setScheme(webSocketUrl.scheme() == u"wss"_s ? u"https"_s : u"http"_s);
    url.setPath(u"/api/v1/media"_s);
    return url;
}

void PhotoUploader::add(const QUrl &file)
{
    if (count() >= kMaxPhotos) {
        setError(QCoreApplication::translate("PhotoUploader", "At most 3 photos."));
        return;
    }
    QFile photo(file.isLocalFile() ? file.toLocalFile() : file.toString());
    const QString type = QMimeDatabase().mimeTypeForFile(QFileInfo(photo)).name();
    if (!QStringList {u"image/jpeg"_s, u"image/png"_s, u"image/webp"_s}.contains(type)) {
        setError(QCoreApplication::translate("PhotoUploader", "Choose a JPEG, PNG or WebP photo."));
        return;
    }
    if (photo.size() > kMaxBytes || !photo.open(QIODevice::ReadOnly)) {
        setError(QCoreApplication::translate(
            "PhotoUploader", "This photo cannot be used (it must be smaller than 5 MB)."));
        return;
    }
    upload(photo.readAll(), type, QFileInfo(photo).fileName());
}

QCoro::Task<> PhotoUploader::upload(QByteArray photo, QString type, QString name)
{
    setBusy(true);
    const int generation = m_generation;
    const QPointer<PhotoUploader> self(this);
    auto renewing = m_token();
    const QString token = co_await renewing;
    if (!self) {
        co_return;
    }
    if (generation != m_generation) {
        setBusy(false);
        co_return; // the kiosk was reset meanwhile: this photo belonged to the last farmer
    }
    if (token.isEmpty()) {
        setBusy(false);
        setError(errorMessage(ErrorCode::Unauthenticated)); // logged out meanwhile: ask, don't send
        co_return;
    }
    QNetworkRequest request(m_mediaUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, type);
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    QNetworkReply *reply = m_network.post(request, photo);
    // A plain signal: QNetworkReply needs no coroutine plumbing for one answer.
    connect(reply, &QNetworkReply::finished, this, [this, reply, name, generation] {
        reply->deleteLater();
        setBusy(false);
        if (generation != m_generation) {
            return; // the kiosk was reset meanwhile: this photo belonged to the last farmer
        }
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 201) {
            const QString code = body.value(u"error"_s).toObject().value(u"code"_s).toString();
            setError(code.isEmpty() ? errorMessage(ErrorCode::Offline) : errorMessage(code));
            return;
        }
        setError({});
        m_names.append(name);
        m_hashes.append(body.value(u"hash"_s).toString());
        Q_EMIT photosChanged();
    });
}

void PhotoUploader::remove(int index)
{
    if (index >= 0 && index < m_hashes.size()) {
        m_names.removeAt(index);
        m_hashes.removeAt(index);
        Q_EMIT photosChanged();
    }
}

void PhotoUploader::clear()
{
    ++m_generation;
    m_names.clear();
    m_hashes.clear();
    setError({});
    Q_EMIT photosChanged();
}

void PhotoUploader::setBusy(bool busy)
{
    if (busy != m_busy) {
        m_busy = busy;
        Q_EMIT busyChanged();
    }
}

void PhotoUploader::setError(const QString &error)
{
    if (error != m_error) {
        m_error = error;
        Q_EMIT errorChanged();
    }
}

} // namespace boli::client
