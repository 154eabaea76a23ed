// SPDX-License-Identifier: GPL-3.0-or-later
#include "testclient.h"

#include <QCoroWebSocket>

namespace boli::test {
namespace {
using namespace Qt::StringLiterals;

protocol::Reply timedOut()
{
    protocol::Reply reply;
    reply.error = Error::of(ErrorCode::InternalError, u"test client: no reply in time"_s);
    return reply;
}
} // namespace

TestClient::TestClient(QObject *parent)
    : QObject(parent)
{
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &TestClient::onText);
    connect(&m_socket, &QWebSocket::disconnected, this, [this] { wake(false); });
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] { wake(true); });
}

void TestClient::Arrival::await_suspend(std::coroutine_handle<> waiter)
{
    client->m_waiter = waiter;
    client->m_timedOut = false;
    client->m_timeout.start(kTimeout);
}

void TestClient::wake(bool timedOut)
{
    if (!m_waiter) {
        return;
    }
    m_timeout.stop();
    m_timedOut = timedOut;
    // Resume from the event loop, not from inside the socket's signal emission.
    QMetaObject::invokeMethod(
        this, [waiter = std::exchange(m_waiter, {})] { waiter.resume(); }, Qt::QueuedConnection);
}

void TestClient::onText(const QString &text)
{
    auto decoded = protocol::decodeServerMessage(text.toUtf8());
    if (auto *reply = std::get_if<protocol::Reply>(&decoded)) {
        m_replies.push_back(std::move(*reply));
    } else if (auto *event = std::get_if<protocol::Event>(&decoded)) {
        m_events.push_back(std::move(*event));
    } else {
        qWarning("test client: undecodable server frame: %s", qPrintable(text.left(200)));
    }
    wake(false);
}

QCoro::Task<bool> TestClient::open(quint16 port, bool greet)
{
    const QUrl url(u"ws://127.0.0.1:%1/ws"_s.arg(port));
    auto opening = qCoro(m_socket).open(url, kTimeout);
    const bool opened = co_await opening;
    if (!opened || !greet) {
        co_return opened;
    }
    // Named, not braced inside the co_await: GCC 12 cannot initialise a temporary there.
    QJsonObject fields {{u"protocol"_s, protocol::kVersion}, {u"device_id"_s, u"test-device"_s}};
    auto greeting = request(u"hello"_s, std::move(fields));
    const protocol::Reply hello = co_await greeting;
    co_return hello.ok();
}

QCoro::Task<protocol::Reply> TestClient::request(QString op, QJsonObject fields)
{
    const qint64 id = m_nextId++;
    m_socket.sendTextMessage(QString::fromUtf8(protocol::encodeRequest(id, op, std::move(fields))));
    while (true) {
        for (auto it = m_replies.begin(); it != m_replies.end(); ++it) {
            if (it->re == id) {
                protocol::Reply reply = std::move(*it);
                m_replies.erase(it);
                co_return reply;
            }
        }
        if (!isOpen() || !co_await waitReceived()) {
            co_return timedOut();
        }
    }
}

QCoro::Task<protocol::Reply> TestClient::sendRaw(QByteArray frame, bool binary)
{
    m_replies.clear();
    if (binary) {
        m_socket.sendBinaryMessage(frame);
    } else {
        m_socket.sendTextMessage(QString::fromUtf8(frame));
    }
    while (m_replies.empty()) {
        if (!isOpen() || !co_await waitReceived()) {
            co_return timedOut();
        }
    }
    protocol::Reply reply = std::move(m_replies.front());
    m_replies.pop_front();
    co_return reply;
}

QCoro::Task<std::optional<protocol::Event>> TestClient::nextEvent(QString name)
{
    while (true) {
        for (auto it = m_events.begin(); it != m_events.end(); ++it) {
            if (it->name == name) {
                protocol::Event event = std::move(*it);
                m_events.erase(it);
                co_return event;
            }
        }
        if (!isOpen() || !co_await waitReceived()) {
            co_return std::nullopt;
        }
    }
}

QCoro::Task<std::optional<int>> TestClient::waitClosed()
{
    bool arrived = true;
    while (isOpen() && arrived) {
        arrived = co_await waitReceived();
    }
    std::optional<int> code;
    if (!isOpen()) {
        code = static_cast<int>(m_socket.closeCode());
    }
    co_return code;
}

QCoro::Task<protocol::Reply> TestClient::login(QString login, QString secret, bool pin, QString totp)
{
    QJsonObject fields {{u"login"_s, login}, {pin ? u"pin"_s : u"password"_s, secret}};
    if (!totp.isEmpty()) {
        fields.insert(u"totp"_s, totp);
    }
    auto loggingIn = request(u"login"_s, fields);
    const protocol::Reply reply = co_await loggingIn;
    co_return reply;
}

} // namespace boli::test
