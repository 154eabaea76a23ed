// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/boliserver.h"

#include "net/clientconnection.h"
#include "net/connectionregistry.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QWebSocket>

namespace boli::server {
namespace {

/// Accepted sockets get TCP_NODELAY. Without it a small reply written while the client's ACK of the
/// previous frame is delayed waits for it: 40 ms (docs/performance.md, finding 2).
class LowDelayTcpServer : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        addPendingConnection(socket);
    }
};

} // namespace

BoliServer::BoliServer(
    const OpDispatcher &dispatcher, ConnectionRegistry &connections, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_dispatcher(dispatcher)
    , m_connections(connections)
    , m_clock(clock)
{
    // QHttpServer 6.4 upgrades to a WebSocket only on a path whose handler takes the responder,
    // returns void and writes nothing; newWebSocketConnection then fires.
    // A plain GET (no Upgrade header) would otherwise hang, so it alone is answered: 426.
    m_http.route(
        QStringLiteral("/ws"), [](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            if (request.value("Upgrade").compare("websocket", Qt::CaseInsensitive) != 0) {
                responder.write(
                    QByteArrayLiteral("This is a WebSocket endpoint: connect with Upgrade: websocket.\n"),
                    QByteArrayLiteral("text/plain"), QHttpServerResponder::StatusCode::UpgradeRequired);
            }
        });
    connect(&m_http, &QAbstractHttpServer::newWebSocketConnection, this, &BoliServer::acceptWebSockets);
}

quint16 BoliServer::listen(const QHostAddress &address, quint16 port)
{
    // Our own QTcpServer bound to the QHttpServer (what QHttpServer::listen does with a plain one).
    auto *tcp = new LowDelayTcpServer(&m_http);
    if (!tcp->listen(address, port)) {
        delete tcp;
        return 0;
    }
    m_http.bind(tcp);
    return tcp->serverPort();
}

void BoliServer::acceptWebSockets()
{
    while (m_http.hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> socket = m_http.nextPendingWebSocketConnection();
        if (socket) {
            m_connections.add(new ClientConnection(std::move(socket), m_dispatcher, m_clock));
        }
    }
}

void BoliServer::stop()
{
    const auto servers = m_http.servers();
    for (QTcpServer *server : servers) {
        server->close();
    }
    m_connections.closeAll();
}

} // namespace boli::server
