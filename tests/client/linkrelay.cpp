// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkrelay.h"

namespace boli::test {

LinkRelay::LinkRelay(quint16 serverPort, QObject *parent)
    : QObject(parent)
    , m_serverPort(serverPort)
{
    m_listener.listen(QHostAddress::LocalHost, 0);
    connect(&m_listener, &QTcpServer::newConnection, this, &LinkRelay::accept);
}

void LinkRelay::accept()
{
    while (QTcpSocket *client = m_listener.nextPendingConnection()) {
        client->setParent(this);
        auto *server = new QTcpSocket(this);
        // Writes made before the connection is up are buffered and sent once it is.
        server->connectToHost(QHostAddress::LocalHost, m_serverPort);
        connect(
            client, &QTcpSocket::readyRead, server, [client, server] { server->write(client->readAll()); });
        connect(server, &QTcpSocket::readyRead, client, [this, client, server] {
            const QByteArray bytes = server->readAll();
            if (!m_losing) {
                client->write(bytes);
            }
        });
        const auto closeOtherSide = [](QTcpSocket *from, QTcpSocket *to) {
            connect(from, &QTcpSocket::disconnected, to, [from, to] {
                to->disconnectFromHost();
                from->deleteLater();
            });
        };
        closeOtherSide(client, server);
        closeOtherSide(server, client);
        m_sockets << client << server;
    }
}

void LinkRelay::cut()
{
    for (const QPointer<QTcpSocket> &socket : std::as_const(m_sockets)) {
        if (socket) {
            socket->abort();
            socket->deleteLater();
        }
    }
    m_sockets.clear();
}

} // namespace boli::test
