// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/clientconnection.h"

#include "boli/clock.h"
#include "net/encodedevent.h"
#include "net/opdispatcher.h"

#include <QLoggingCategory>
#include <QWebSocket>
#include <atomic>

Q_LOGGING_CATEGORY(lcNet, "boli.net")

namespace boli::server {
namespace {
using namespace Qt::StringLiterals;

QString displayAddress(const QHostAddress &address)
{
    bool mapped = false;
    const QHostAddress v4(address.toIPv4Address(&mapped));
    return mapped ? v4.toString() : address.toString();
}

quint64 nextSerial()
{
    static std::atomic<quint64> last {0};
    return ++last;
}
} // namespace

ClientConnection::ClientConnection(
    std::unique_ptr<QWebSocket> socket, const OpDispatcher &dispatcher, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_socket(std::move(socket))
    , m_dispatcher(dispatcher)
    , m_clock(clock)
    , m_ip(displayAddress(m_socket->peerAddress()))
    , m_serial(nextSerial())
{
    // Beyond this Qt closes with 1009 itself; between kMaxFrameBytes and this we answer politely.
    m_socket->setMaxAllowedIncomingMessageSize(protocol::kAbuseFrameBytes);
    m_socket->setMaxAllowedIncomingFrameSize(protocol::kAbuseFrameBytes);
    connect(m_socket.get(), &QWebSocket::textMessageReceived, this, &ClientConnection::onTextMessage);
    connect(m_socket.get(), &QWebSocket::binaryMessageReceived, this, &ClientConnection::onBinaryMessage);
    connect(m_socket.get(), &QWebSocket::disconnected, this, [this] { Q_EMIT disconnected(this); });
    connect(m_socket.get(), &QWebSocket::bytesWritten, this, [this] { Q_EMIT drained(this); });
    qCDebug(lcNet).noquote() << "connection from" << m_ip;
}

ClientConnection::~ClientConnection()
{
    m_socket->disconnect(this);
}

void ClientConnection::setSession(const SessionInfo &session)
{
    m_session = session;
    Q_EMIT sessionChanged(this);
}

void ClientConnection::clearSession()
{
    m_session.reset();
    Q_EMIT sessionChanged(this);
}

void ClientConnection::setGreeted(const QString &deviceId)
{
    m_greeted = true;
    // Never a null string: it is stored in NOT NULL columns (sessions, audit_log).
    m_deviceId = deviceId.isEmpty() ? u"unknown"_s : deviceId;
}

Caller ClientConnection::caller()
{
    return Caller {this, m_session, m_deviceId, m_ip};
}

void ClientConnection::onTextMessage(const QString &text)
{
    const QByteArray frame = text.toUtf8();
    if (frame.size() > protocol::kMaxFrameBytes) {
        sendFailure(std::nullopt,
            Error::of(ErrorCode::FrameTooLarge,
                u"frames are limited to %1 bytes; this one has %2"_s.arg(protocol::kMaxFrameBytes)
                    .arg(frame.size())));
        countBadFrame();
        return;
    }
    auto decoded = protocol::decodeRequest(frame);
    if (const auto *failure = std::get_if<protocol::DecodeFailure>(&decoded)) {
        sendFailure(failure->requestId, failure->error);
        countBadFrame();
        return;
    }
    auto request = std::get<protocol::Request>(std::move(decoded));
    if (!m_greeted && request.op != u"hello"_s) {
        sendFailure(request.id, Error::of(ErrorCode::HelloRequired));
        countBadFrame();
        return;
    }
    m_badFramesInARow = 0;
    run(this, &m_dispatcher, caller(), std::move(request));
}

QCoro::Task<> ClientConnection::run(
    QPointer<ClientConnection> self, const OpDispatcher *dispatcher, Caller caller, protocol::Request request)
{
    const qint64 id = request.id;
    auto dispatching = dispatcher->dispatch(std::move(caller), std::move(request));
    const OpResult result = co_await dispatching;
    if (!self) {
        co_return; // the client left while the op ran; the op itself finished regardless
    }
    if (const auto *error = std::get_if<Error>(&result)) {
        self->sendFailure(id, *error);
    } else {
        self->m_socket->sendTextMessage(QString::fromUtf8(
            protocol::encodeSuccess(id, std::get<QJsonObject>(result), self->m_clock.nowMs())));
    }
}

void ClientConnection::onBinaryMessage(const QByteArray &data)
{
    Q_UNUSED(data)
    sendFailure(std::nullopt, Error::of(ErrorCode::BinaryFrame));
    countBadFrame();
}

void ClientConnection::sendFailure(std::optional<qint64> re, const Error &error)
{
    m_socket->sendTextMessage(QString::fromUtf8(protocol::encodeFailure(re, error, m_clock.nowMs())));
}

void ClientConnection::countBadFrame()
{
    if (++m_badFramesInARow >= kMaxBadFramesInARow) {
        qCWarning(lcNet).noquote() << "closing" << m_ip << "after" << m_badFramesInARow
                                   << "bad frames in a row";
        close(protocol::ClosePolicyViolation, u"too many bad frames"_s);
    }
}

void ClientConnection::sendEvent(const QString &name, QJsonObject fields)
{
    m_socket->sendTextMessage(
        QString::fromUtf8(protocol::encodeEvent(name, ++m_eventSeq, std::move(fields), m_clock.nowMs())));
}

void ClientConnection::sendEvent(const EncodedEvent &event)
{
    m_socket->sendTextMessage(event.frame(++m_eventSeq, m_clock.nowMs()));
}

qint64 ClientConnection::bytesPending() const
{
    return m_socket->bytesToWrite();
}

void ClientConnection::close(quint16 code, const QString &reason)
{
    m_socket->close(static_cast<QWebSocketProtocol::CloseCode>(code), reason);
}

} // namespace boli::server
