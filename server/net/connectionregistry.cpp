// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/connectionregistry.h"

#include "boli/protocol.h"
#include "net/clientconnection.h"

namespace boli::server {
namespace {
using namespace Qt::StringLiterals;
}

ConnectionRegistry::ConnectionRegistry(QObject *parent)
    : QObject(parent)
{ }

void ConnectionRegistry::add(ClientConnection *connection)
{
    connection->setParent(this);
    m_connections.insert(connection);
    connect(connection, &ClientConnection::sessionChanged, this, &ConnectionRegistry::reindex);
    connect(connection, &ClientConnection::disconnected, this, &ConnectionRegistry::remove);
}

void ConnectionRegistry::reindex(ClientConnection *connection)
{
    if (const auto old = m_indexed.take(connection); old.first != 0) {
        m_byUser.remove(old.first, connection);
        m_bySession.remove(old.second, connection);
    }
    if (const auto &session = connection->session()) {
        m_indexed.insert(connection, {session->userId, session->sessionId});
        m_byUser.insert(session->userId, connection);
        m_bySession.insert(session->sessionId, connection);
    }
}

void ConnectionRegistry::remove(ClientConnection *connection)
{
    if (const auto old = m_indexed.take(connection); old.first != 0) {
        m_byUser.remove(old.first, connection);
        m_bySession.remove(old.second, connection);
    }
    m_connections.remove(connection);
    Q_EMIT connectionClosed(connection);
    connection->deleteLater();
}

void ConnectionRegistry::broadcast(const QString &event, const QJsonObject &fields)
{
    for (ClientConnection *connection : std::as_const(m_connections)) {
        // A connection that has not said hello has not agreed on the protocol yet.
        if (connection->greeted()) {
            connection->sendEvent(event, fields);
        }
    }
}

void ConnectionRegistry::sendToUser(qint64 userId, const QString &event, const QJsonObject &fields)
{
    const auto connections = m_byUser.values(userId);
    for (ClientConnection *connection : connections) {
        connection->sendEvent(event, fields);
    }
}

void ConnectionRegistry::end(const QList<ClientConnection *> &connections, const QString &reason)
{
    for (ClientConnection *connection : connections) {
        connection->sendEvent(u"session.ended"_s, {{u"reason"_s, reason}});
        connection->clearSession();
        connection->close(protocol::CloseSessionEnded, reason);
    }
}

void ConnectionRegistry::endSessions(const QList<qint64> &sessionIds, const QString &reason)
{
    QList<ClientConnection *> connections;
    for (const qint64 id : sessionIds) {
        connections += m_bySession.values(id);
    }
    end(connections, reason);
}

void ConnectionRegistry::endUser(qint64 userId, const QString &reason)
{
    end(m_byUser.values(userId), reason);
}

void ConnectionRegistry::closeAll()
{
    for (ClientConnection *connection : std::as_const(m_connections)) {
        connection->close(protocol::CloseGoingAway, u"server shutting down"_s);
    }
}

} // namespace boli::server
