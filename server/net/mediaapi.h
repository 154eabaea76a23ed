// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHttpServer>

namespace boli::server {

class AuditLog;
class AuthService;
class Database;
class MediaStore;

/// @brief Listing photos over HTTP: `POST /api/v1/media` to upload, `GET /media/<hash>` to fetch.
///
/// Photos are binary and up to 5 MiB, too big and wrong for JSON frames on the WebSocket; clients
/// upload first and then name the photo by its hash in listing ops.
class MediaApi
{
public:
    MediaApi(const Database &database, MediaStore &store, const AuthService &auth, AuditLog &auditLog);

    void install(QHttpServer &http);

private:
    [[nodiscard]] QHttpServerResponse upload(const QHttpServerRequest &request);
    [[nodiscard]] QHttpServerResponse fetch(const QString &hash) const;

    const Database &m_database;
    MediaStore &m_store;
    const AuthService &m_auth;
    AuditLog &m_auditLog;
};

} // namespace boli::server
