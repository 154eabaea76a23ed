// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boli/protocol.h"
#include "completion.h"

#include <QHostAddress>
#include <QObject>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace boli::bench {

/// @brief Runs hello + login over a minimal WebSocket opened from a chosen local address.
///
/// The server allows each client address 10 logins at once and then one per 6 s. Real traders come
/// from many addresses; a benchmark on one machine does not, and QWebSocket cannot choose its source
/// address. Linux routes all of 127.0.0.0/8 to the loopback device, so a plain socket bound to
/// 127.0.0.2, .3, … gives each batch of accounts its own address without touching the server's
/// limits. Only the login runs here: the access token is then used with `authenticate` on an
/// ordinary QWebSocket connection. A null source address means "let the system choose".
class LoopbackLogin : public QObject
{
    Q_OBJECT
public:
    static constexpr int kTimeoutMs = 30'000;

    LoopbackLogin(
        const QHostAddress &source, const QUrl &url, QJsonObject loginFields, QObject *parent = nullptr);

    /// The login reply, or an `offline` / `timed_out` error reply.
    [[nodiscard]] Completion<protocol::Reply> result() const { return m_result; }

private:
    void onConnected();
    void onReadyRead();
    bool takeHandshake();
    void takeFrames();
    void onMessage(const QByteArray &message);
    void sendText(const QByteArray &payload);
    void finish(protocol::Reply reply);

    QTcpSocket m_socket;
    QUrl m_url;
    QJsonObject m_loginFields;
    QByteArray m_buffer;
    QByteArray m_message; ///< a fragmented message being put together
    bool m_upgraded = false;
    QTimer m_timeout;
    Completion<protocol::Reply> m_result;
};

} // namespace boli::bench
