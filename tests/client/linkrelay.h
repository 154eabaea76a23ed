// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace boli::test {

/// @brief A TCP relay between a client and the server that a test can break the way a mandi's
/// mobile link breaks: it forwards every byte both ways, can swallow what the server sends back
/// (a reply lost on its way) and can drop every link at once.
class LinkRelay : public QObject
{
    Q_OBJECT
public:
    explicit LinkRelay(quint16 serverPort, QObject *parent = nullptr);

    [[nodiscard]] quint16 port() const { return m_listener.serverPort(); }
    /// While true, bytes from the server are thrown away: requests arrive, replies never do.
    void setLosingReplies(bool losing) { m_losing = losing; }
    /// Drops every relayed link; the client may connect again through the relay.
    void cut();

private:
    void accept();

    QTcpServer m_listener;
    quint16 m_serverPort;
    bool m_losing = false;
    QList<QPointer<QTcpSocket>> m_sockets;
};

} // namespace boli::test
