// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/config.h"

#include <QObject>
#include <memory>

namespace boli {
class Clock;
}

namespace boli::server {

class Database;
struct ServerParts;

/// @brief The whole server, built from a Config and wired together: what main() runs and tests start.
class ServerApp : public QObject
{
    Q_OBJECT
public:
    /// How often a serving process re-reads settings another process may have changed.
    static constexpr int kSettingsReloadMs = 5'000;

    /// `clock` must outlive the app; the system clock when null.
    explicit ServerApp(Config config, const Clock *clock = nullptr, QObject *parent = nullptr);
    ~ServerApp() override;

    /// Opens and migrates the database, loads settings and the token key, without listening:
    /// enough for the maintenance commands. Throws std::runtime_error (or SqlError) saying what failed.
    void open();
    /// open(), then listen.
    void start();
    /// Stops listening and closes every connection; in-flight transactions have already committed
    /// or rolled back, since none spans an event-loop turn.
    void stop();

    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] Database &database();
    /// Valid after open().
    [[nodiscard]] ServerParts &parts() { return *m_parts; }
    [[nodiscard]] QStringList opNames() const;
    [[nodiscard]] const Clock &clock() const { return *m_clock; }

private:
    Config m_config;
    const Clock *m_clock;
    std::unique_ptr<ServerParts> m_parts;
    quint16 m_port = 0;
};

} // namespace boli::server
