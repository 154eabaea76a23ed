// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boli/protocol.h"

#include <QCoroTask>
#include <QObject>
#include <QTimer>
#include <QWebSocket>
#include <chrono>
#include <coroutine>
#include <deque>

namespace boli::test {

/// @brief A protocol client for tests: real WebSocket, the shared codec, coroutine requests.
class TestClient : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds kTimeout {10'000};

    explicit TestClient(QObject *parent = nullptr);

    /// Opens ws://127.0.0.1:port/ws; with `greet`, also sends hello and checks it succeeded.
    QCoro::Task<bool> open(quint16 port, bool greet = true);
    /// Sends {"id":next,"op":op,...} and waits for the reply to that id (an error reply on timeout).
    QCoro::Task<protocol::Reply> request(QString op, QJsonObject fields = {});
    /// Sends raw bytes as a text (or binary) frame and waits for the next reply of any id.
    QCoro::Task<protocol::Reply> sendRaw(QByteArray frame, bool binary = false);
    /// The next event with that name (events seen before are kept); empty on timeout.
    QCoro::Task<std::optional<protocol::Event>> nextEvent(QString name);
    /// Waits for the server to close the socket; the close code, or empty on timeout.
    QCoro::Task<std::optional<int>> waitClosed();

    /// login with phone/email and pin or password.
    QCoro::Task<protocol::Reply> login(QString login, QString secret, bool pin, QString totp = {});

    [[nodiscard]] bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    [[nodiscard]] QWebSocket &socket() { return m_socket; }

private:
    /// Suspends until something arrives or the socket closes; resumes false on timeout. One waiter at
    /// a time, resumed once: QCoro 0.8's signal awaiter resumed twice when two frames came together.
    struct Arrival
    {
        TestClient *client;
        bool await_ready() const noexcept { return false; }
        void await_suspend(std::coroutine_handle<> waiter);
        bool await_resume() const noexcept { return !client->m_timedOut; }
    };

    void onText(const QString &text);
    void wake(bool timedOut);
    Arrival waitReceived() { return Arrival {this}; }

    QWebSocket m_socket;
    qint64 m_nextId = 1;
    std::deque<protocol::Reply> m_replies;
    std::deque<protocol::Event> m_events;
    std::coroutine_handle<> m_waiter;
    QTimer m_timeout;
    bool m_timedOut = false;
};

} // namespace boli::test
