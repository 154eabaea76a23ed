// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QMultiHash>
#include <QObject>
#include <QSet>

namespace boli::server {

class ClientConnection;

/// @brief Every open connection, indexed by user and session, for events and for ending sessions.
class ConnectionRegistry : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionRegistry(QObject *parent = nullptr);

    /// Takes ownership; the connection is deleted once its socket disconnects.
    void add(ClientConnection *connection);
    [[nodiscard]] qsizetype count() const { return m_connections.size(); }

    void broadcast(const QString &event, const QJsonObject &fields);
    void sendToUser(qint64 userId, const QString &event, const QJsonObject &fields);
    /// Tells each connection of these sessions why, then closes it (close code 4001).
    void endSessions(const QList<qint64> &sessionIds, const QString &reason);
    void endUser(qint64 userId, const QString &reason);
    /// Closes everything with 1001 (going away): the server is stopping.
    void closeAll();

Q_SIGNALS:
    /// The socket is gone; the connection is deleted after this.
    void connectionClosed(ClientConnection *connection);

private:
    void reindex(ClientConnection *connection);
    void remove(ClientConnection *connection);
    void end(const QList<ClientConnection *> &connections, const QString &reason);

    QSet<ClientConnection *> m_connections;
    QHash<ClientConnection *, std::pair<qint64, qint64>> m_indexed; ///< connection → (user, session)
    QMultiHash<qint64, ClientConnection *> m_byUser;
    QMultiHash<qint64, ClientConnection *> m_bySession;
};

} // namespace boli::server
