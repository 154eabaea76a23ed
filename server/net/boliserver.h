// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QHttpServer>
#include <QObject>

namespace boli {
class Clock;
}

namespace boli::server {

class ConnectionRegistry;
class OpDispatcher;

/// @brief The one listening port: HTTP routes beside the WebSocket at /ws.
class BoliServer : public QObject
{
    Q_OBJECT
public:
    BoliServer(const OpDispatcher &dispatcher, ConnectionRegistry &connections, const Clock &clock,
        QObject *parent = nullptr);

    /// HTTP routes are added here before listen().
    [[nodiscard]] QHttpServer &http() { return m_http; }
    /// The port it listens on (the chosen one for port 0), or 0 when it could not listen.
    quint16 listen(const QHostAddress &address, quint16 port);
    /// Stops accepting and closes every client connection.
    void stop();

private:
    void acceptWebSockets();

    QHttpServer m_http;
    const OpDispatcher &m_dispatcher;
    ConnectionRegistry &m_connections;
    const Clock &m_clock;
};

} // namespace boli::server
