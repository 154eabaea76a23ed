// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/httpapi.h"

#include "boli/clock.h"
#include "boli/protocol.h"
#include "net/connectionregistry.h"
#include "settings/settingsservice.h"
#include "storage/database.h"

#include <QJsonObject>

namespace boli::server {
namespace {
using namespace Qt::StringLiterals;
using Method = QHttpServerRequest::Method;
} // namespace

HttpApi::HttpApi(const Database &database, const SettingsService &settings,
    const ConnectionRegistry &connections, const Clock &clock)
    : m_database(database)
    , m_settings(settings)
    , m_connections(connections)
    , m_clock(clock)
{ }

void HttpApi::install(QHttpServer &http) const
{
    http.route(u"/health"_s, Method::Get, [this] { return health(); });
    http.route(u"/api/v1/info"_s, Method::Get, [this] {
        return QHttpServerResponse(QJsonObject {
            {u"name"_s, u"boli-server"_s},
            {u"version"_s, QStringLiteral(BOLI_VERSION)},
            {u"protocol"_s, protocol::kVersion},
            {u"max_frame_bytes"_s, protocol::kMaxFrameBytes},
            {u"server_time"_s, m_clock.nowMs()},
        });
    });
    http.route(u"/api/v1/settings"_s, Method::Get, [this] {
        return QHttpServerResponse(
            QJsonObject {{u"settings"_s, m_settings.values()}, {u"server_time"_s, m_clock.nowMs()}});
    });
}

QHttpServerResponse HttpApi::health() const
{
    bool databaseOk = true;
    try {
        SqlQuery(m_database, u"SELECT 1"_s).scalar();
    } catch (const SqlError &) {
        databaseOk = false;
    }
    const QJsonObject body {
        {u"status"_s, databaseOk ? u"ok"_s : u"degraded"_s},
        {u"version"_s, QStringLiteral(BOLI_VERSION)},
        {u"database"_s, m_database.dialect() == SqlDialect::Sqlite ? u"sqlite"_s : u"postgres"_s},
        {u"database_ok"_s, databaseOk},
        {u"connections"_s, m_connections.count()},
        {u"server_time"_s, m_clock.nowMs()},
    };
    return QHttpServerResponse(body,
        databaseOk ? QHttpServerResponse::StatusCode::Ok
                   : QHttpServerResponse::StatusCode::ServiceUnavailable);
}

} // namespace boli::server
