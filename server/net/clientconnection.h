// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boli/protocol.h"
#include "net/caller.h"

#include <QCoroTask>
#include <QJsonObject>
#include <QObject>
#include <memory>

class QWebSocket;

namespace boli {
class Clock;
}

namespace boli::server {

class EncodedEvent;
class OpDispatcher;

/// @brief One client's WebSocket: turns frames into dispatched ops and replies, and carries events out.
///
/// Frame problems (bad JSON, wrong types, oversize, binary) are answered with their own error
/// code and the connection stays usable; kMaxBadFramesInARow of them in a row is abuse and closes it.
class ClientConnection : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxBadFramesInARow = 20;

    ClientConnection(std::unique_ptr<QWebSocket> socket, const OpDispatcher &dispatcher, const Clock &clock,
        QObject *parent = nullptr);
    ~ClientConnection() override;

    [[nodiscard]] const std::optional<SessionInfo> &session() const { return m_session; }
    void setSession(const SessionInfo &session);
    void clearSession();
    [[nodiscard]] bool greeted() const { return m_greeted; }
    void setGreeted(const QString &deviceId);
    [[nodiscard]] QString ip() const { return m_ip; }
    /// A number no other connection of this server process has had: names a guest (listing views).
    [[nodiscard]] quint64 serial() const { return m_serial; }

    void sendEvent(const QString &name, QJsonObject fields);
    /// The same event serialised once for many connections (Watchers' fan-out); this one's seq.
    void sendEvent(const EncodedEvent &event);
    /// Bytes queued for this client and not yet taken by the network: how far behind it is.
    [[nodiscard]] qint64 bytesPending() const;
    /// Closes the socket with a close code from protocol::CloseCode.
    void close(quint16 code, const QString &reason);

Q_SIGNALS:
    void sessionChanged(ClientConnection *connection);
    void disconnected(ClientConnection *connection);
    /// The socket wrote some of its backlog; a slow client may be ready for more.
    void drained(ClientConnection *connection);

private:
    void onTextMessage(const QString &text);
    void onBinaryMessage(const QByteArray &data);
    void sendFailure(std::optional<qint64> re, const Error &error);
    void countBadFrame();
    [[nodiscard]] Caller caller();
    static QCoro::Task<> run(QPointer<ClientConnection> self, const OpDispatcher *dispatcher, Caller caller,
        protocol::Request request);

    std::unique_ptr<QWebSocket> m_socket;
    const OpDispatcher &m_dispatcher;
    const Clock &m_clock;
    QString m_ip;
    quint64 m_serial = 0;
    QString m_deviceId = QStringLiteral("unknown");
    bool m_greeted = false;
    std::optional<SessionInfo> m_session;
    int m_badFramesInARow = 0;
    qint64 m_eventSeq = 0;
};

} // namespace boli::server
