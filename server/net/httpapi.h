// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHttpServer>

namespace boli {
class Clock;
}

namespace boli::server {

class ConnectionRegistry;
class Database;
class SettingsService;

/// @brief The plain HTTP side of the port: /health and the read-only /api/v1 routes.
class HttpApi
{
public:
    HttpApi(const Database &database, const SettingsService &settings, const ConnectionRegistry &connections,
        const Clock &clock);

    void install(QHttpServer &http) const;

private:
    [[nodiscard]] QHttpServerResponse health() const;

    const Database &m_database;
    const SettingsService &m_settings;
    const ConnectionRegistry &m_connections;
    const Clock &m_clock;
};

} // namespace boli::server
