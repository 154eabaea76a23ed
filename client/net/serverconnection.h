// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boli/protocol.h"

#include <QCoroTask>
#include <QHash>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>
#include <chrono>
#include <coroutine>

namespace boli::client {

/// @brief The client's one WebSocket to the server: requests as coroutines, events as a signal,
/// and a connection that heals itself.
///
/// On every (re)connect it says hello first and only then reports Online, so callers never race
/// the handshake. When the link drops, pending requests fail with a "offline" error at once (the
/// outbox decides what to resend) and reconnecting starts with exponential backoff and jitter.
class ServerConnection : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(qint64 serverTimeOffsetMs READ serverTimeOffsetMs NOTIFY serverTimeOffsetChanged)
public:
    enum class State { Offline, Connecting, Online };
    Q_ENUM(State)

    static constexpr std::chrono::milliseconds kRequestTimeout {15'000};
    static constexpr std::chrono::milliseconds kFirstRetry {500};
    static constexpr std::chrono::milliseconds kMaxRetry {30'000};

    explicit ServerConnection(QString deviceId, QObject *parent = nullptr);
    ~ServerConnection() override;

    /// Connects (and keeps reconnecting) to ws://host:port/ws.
    void open(const QUrl &url);
    /// Disconnects and stops reconnecting.
    void close();

    [[nodiscard]] State state() const { return m_state; }
    /// Server clock minus local clock, from the last reply or event; kiosk clocks are often wrong.
    [[nodiscard]] qint64 serverTimeOffsetMs() const { return m_offsetMs; }
    [[nodiscard]] qint64 serverNowMs() const;
    /// How long a request waits for its reply before failing with `timed_out` (default
    /// kRequestTimeout); tests shorten it.
    void setRequestTimeout(std::chrono::milliseconds timeout) { m_requestTimeout = timeout; }
    [[nodiscard]] std::chrono::milliseconds requestTimeout() const { return m_requestTimeout; }

    /// Sends one request and resumes with its reply; an error reply when offline or timed out.
    /// `auto r = connection.request(op, fields); auto reply = co_await r;` (name the task: GCC 12).
    QCoro::Task<protocol::Reply> request(QString op, QJsonObject fields = {});

    /// The delay before reconnect attempt `attempt` (0-based), without jitter: 0.5 s doubling to 30 s.
    [[nodiscard]] static std::chrono::milliseconds backoff(int attempt);

Q_SIGNALS:
    void stateChanged(boli::client::ServerConnection::State state);
    void serverTimeOffsetChanged();
    /// Hello done after a (re)connect: resubscribe and resume here.
    void online();
    void eventReceived(const boli::protocol::Event &event);

private:
    struct Pending;
    class ReplyAwaiter;

    void setState(State state);
    void connectNow();
    void onConnected();
    void onDisconnected();
    void onText(const QString &text);
    void finish(qint64 id, protocol::Reply reply);
    void failAll(const QString &why);
    void noteServerTime(qint64 serverTimeMs);
    QCoro::Task<> greet();
    [[nodiscard]] static protocol::Reply failure(ErrorCode code, const QString &message);

    QString m_deviceId;
    QWebSocket m_socket;
    QUrl m_url;
    bool m_wanted = false;
    State m_state = State::Offline;
    int m_attempt = 0;
    QTimer m_retryTimer;
    qint64 m_nextId = 1;
    qint64 m_offsetMs = 0;
    std::chrono::milliseconds m_requestTimeout = kRequestTimeout;
    QHash<qint64, Pending *> m_pending;
};

} // namespace boli::client
