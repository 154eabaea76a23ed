// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/serverconnection.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QRandomGenerator>

Q_LOGGING_CATEGORY(lcConnection, "boli.client.connection")

namespace boli::client {
namespace {
using namespace Qt::StringLiterals;
}

/// One request waiting for its reply; lives in the requesting coroutine's frame.
struct ServerConnection::Pending
{
    std::coroutine_handle<> waiter;
    protocol::Reply reply;
    QTimer timeout;
    bool done = false;
};

class ServerConnection::ReplyAwaiter
{
public:
    explicit ReplyAwaiter(Pending &pending)
        : m_pending(pending)
    { }
    bool await_ready() const noexcept { return m_pending.done; }
    void await_suspend(std::coroutine_handle<> waiter) noexcept { m_pending.waiter = waiter; }
    protocol::Reply await_resume() { return std::move(m_pending.reply); }

private:
    Pending &m_pending;
};

ServerConnection::ServerConnection(QString deviceId, QObject *parent)
    : QObject(parent)
    , m_deviceId(std::move(deviceId))
{
    m_socket.setParent(this);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ServerConnection::connectNow);
    connect(&m_socket, &QWebSocket::connected, this, &ServerConnection::onConnected);
    connect(&m_socket, &QWebSocket::disconnected, this, &ServerConnection::onDisconnected);
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &ServerConnection::onText);
}

ServerConnection::~ServerConnection()
{
    m_wanted = false;
    m_socket.disconnect(this);
    // Whoever still waits is being destroyed with this connection (the app's models go first):
    // resuming them later from the event loop would run on freed objects, so they are dropped.
    for (Pending *pending : std::as_const(m_pending)) {
        pending->timeout.stop();
    }
    m_pending.clear();
}

std::chrono::milliseconds ServerConnection::backoff(int attempt)
{
    auto delay = kFirstRetry;
    for (int i = 0; i < attempt && delay < kMaxRetry; ++i) {
        delay *= 2;
    }
    return std::min(delay, kMaxRetry);
}

void ServerConnection::open(const QUrl &url)
{
    m_url = url;
    m_wanted = true;
    m_attempt = 0;
    connectNow();
}

void ServerConnection::close()
{
    m_wanted = false;
    m_retryTimer.stop();
    m_socket.close();
    setState(State::Offline);
}

void ServerConnection::connectNow()
{
    if (!m_wanted) {
        return;
    }
    setState(State::Connecting);
    m_socket.open(m_url);
}

void ServerConnection::setState(State state)
{
    if (m_state != state) {
        m_state = state;
        Q_EMIT stateChanged(state);
    }
}

qint64 ServerConnection::serverNowMs() const
{
    return QDateTime::currentMSecsSinceEpoch() + m_offsetMs;
}

void ServerConnection::noteServerTime(qint64 serverTimeMs)
{
    if (serverTimeMs <= 0) {
        return;
    }
    const qint64 offset = serverTimeMs - QDateTime::currentMSecsSinceEpoch();
    // Small wobbles are network delay, not a clock change: keep the countdowns steady.
    if (qAbs(offset - m_offsetMs) > 250) {
        m_offsetMs = offset;
        Q_EMIT serverTimeOffsetChanged();
    }
}

void ServerConnection::onConnected()
{
    greet();
}

QCoro::Task<> ServerConnection::greet()
{
    QJsonObject fields {{u"protocol"_s, protocol::kVersion}, {u"device_id"_s, m_deviceId}};
    auto greeting = request(u"hello"_s, std::move(fields));
    const protocol::Reply hello = co_await greeting;
    if (!hello.ok()) {
        qCWarning(lcConnection).noquote() << "hello refused:" << hello.error->message;
        m_socket.close();
        co_return;
    }
    m_attempt = 0;
    setState(State::Online);
    Q_EMIT online();
}

void ServerConnection::onDisconnected()
{
    failAll(u"the connection to the server was lost"_s);
    if (!m_wanted) {
        setState(State::Offline);
        return;
    }
    setState(State::Offline);
    // Jitter spreads a mandi's worth of kiosks that lost the same link over the retry window.
    const auto delay = backoff(m_attempt++);
    const auto jitter =
        std::chrono::milliseconds(QRandomGenerator::global()->bounded(int(delay.count() / 5) + 1));
    m_retryTimer.start(delay + jitter);
}

void ServerConnection::onText(const QString &text)
{
    auto decoded = protocol::decodeServerMessage(text.toUtf8());
    if (auto *reply = std::get_if<protocol::Reply>(&decoded)) {
        noteServerTime(reply->serverTimeMs);
        if (reply->re) {
            finish(*reply->re, std::move(*reply));
        }
    } else if (auto *event = std::get_if<protocol::Event>(&decoded)) {
        noteServerTime(event->serverTimeMs);
        Q_EMIT eventReceived(*event);
    } else {
        qCWarning(lcConnection) << "undecodable frame from the server";
    }
}

protocol::Reply ServerConnection::failure(ErrorCode code, const QString &message)
{
    protocol::Reply reply;
    reply.error = Error::of(code, message);
    return reply;
}

QCoro::Task<protocol::Reply> ServerConnection::request(QString op, QJsonObject fields)
{
    const bool handshake = op == u"hello"_s;
    if (m_socket.state() != QAbstractSocket::ConnectedState || (!handshake && m_state != State::Online)) {
        co_return failure(ErrorCode::Offline, {});
    }
    const qint64 id = m_nextId++;
    Pending pending;
    m_pending.insert(id, &pending);
    pending.timeout.setSingleShot(true);
    connect(&pending.timeout, &QTimer::timeout, this,
        [this, id] { finish(id, failure(ErrorCode::TimedOut, {})); });
    pending.timeout.start(kRequestTimeout);
    m_socket.sendTextMessage(QString::fromUtf8(protocol::encodeRequest(id, op, std::move(fields))));
    ReplyAwaiter awaiter(pending);
    protocol::Reply reply = co_await awaiter;
    co_return reply;
}

void ServerConnection::finish(qint64 id, protocol::Reply reply)
{
    Pending *pending = m_pending.take(id);
    if (!pending) {
        return; // a reply after its timeout: already answered
    }
    pending->timeout.stop();
    pending->reply = std::move(reply);
    pending->done = true;
    if (pending->waiter) {
        // Resumed from the event loop, never from inside the socket's signal.
        QTimer::singleShot(0, [waiter = pending->waiter] { waiter.resume(); });
    }
}

void ServerConnection::failAll(const QString &why)
{
    const QList<qint64> ids = m_pending.keys();
    for (const qint64 id : ids) {
        finish(id, failure(ErrorCode::Offline, why));
    }
}

} // namespace boli::client
