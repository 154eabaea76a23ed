// SPDX-License-Identifier: GPL-3.0-or-later
#include "loopbacklogin.h"

#include <QRandomGenerator>

namespace boli::bench {
namespace {
using namespace Qt::StringLiterals;

constexpr qint64 kHelloId = 1;
constexpr qint64 kLoginId = 2;

// RFC 6455 opcodes the server may send.
constexpr quint8 kContinuation = 0x0;
constexpr quint8 kText = 0x1;
constexpr quint8 kClose = 0x8;

protocol::Reply failure(ErrorCode code, const QString &why)
{
    protocol::Reply reply;
    reply.error = Error::of(code, why);
    return reply;
}
} // namespace

LoopbackLogin::LoopbackLogin(
    const QHostAddress &source, const QUrl &url, QJsonObject loginFields, QObject *parent)
    : QObject(parent)
    , m_url(url)
    , m_loginFields(std::move(loginFields))
{
    connect(&m_socket, &QTcpSocket::connected, this, &LoopbackLogin::onConnected);
    connect(&m_socket, &QTcpSocket::readyRead, this, &LoopbackLogin::onReadyRead);
    connect(&m_socket, &QTcpSocket::disconnected, this,
        [this] { finish(failure(ErrorCode::Offline, u"the login connection closed"_s)); });
    connect(&m_socket, &QTcpSocket::errorOccurred, this,
        [this] { finish(failure(ErrorCode::Offline, m_socket.errorString())); });
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this,
        [this] { finish(failure(ErrorCode::TimedOut, u"no login reply in time"_s)); });
    m_timeout.start(kTimeoutMs);
    // Should the address be unusable, the system's choice still works: the caller waits out the limit.
    if (!source.isNull() && !m_socket.bind(source)) {
        qWarning("boli-bench: cannot log in from %s: %s", qPrintable(source.toString()),
            qPrintable(m_socket.errorString()));
    }
    m_socket.connectToHost(url.host(), quint16(url.port(80)));
}

void LoopbackLogin::onConnected()
{
    QByteArray key(16, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(key.data()), 4);
    const QByteArray path = m_url.path().isEmpty() ? QByteArrayLiteral("/ws") : m_url.path().toUtf8();
    m_socket.write("GET " + path + " HTTP/1.1\r\nHost: " + m_url.authority().toUtf8()
        + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: " + key.toBase64()
        + "\r\nSec-WebSocket-Version: 13\r\n\r\n");
}

void LoopbackLogin::onReadyRead()
{
    m_buffer += m_socket.readAll();
    if (!m_upgraded && !takeHandshake()) {
        return;
    }
    takeFrames();
}

bool LoopbackLogin::takeHandshake()
{
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        return false;
    }
    const QByteArray statusLine = m_buffer.left(m_buffer.indexOf("\r\n"));
    if (!statusLine.contains(" 101 ")) {
        finish(failure(ErrorCode::Offline, u"no WebSocket upgrade: "_s + QString::fromUtf8(statusLine)));
        return false;
    }
    m_buffer.remove(0, end + 4);
    m_upgraded = true;
    QJsonObject hello {{u"protocol"_s, protocol::kVersion}, {u"device_id"_s, u"boli-bench"_s}};
    sendText(protocol::encodeRequest(kHelloId, u"hello"_s, hello));
    return true;
}

void LoopbackLogin::takeFrames()
{
    // Server frames are never masked: 2 header bytes, then a 16- or 64-bit length when needed.
    while (m_buffer.size() >= 2) {
        const auto first = quint8(m_buffer.at(0));
        quint64 length = quint8(m_buffer.at(1)) & 0x7f;
        qsizetype header = 2;
        if (length == 126) {
            header = 4;
        } else if (length == 127) {
            header = 10;
        }
        if (m_buffer.size() < header) {
            return;
        }
        if (header > 2) {
            length = 0;
            for (qsizetype i = 2; i < header; ++i) {
                length = (length << 8) | quint8(m_buffer.at(i));
            }
        }
        if (quint64(m_buffer.size() - header) < length) {
            return;
        }
        const QByteArray payload = m_buffer.mid(header, qsizetype(length));
        m_buffer.remove(0, header + qsizetype(length));
        const quint8 opcode = first & 0x0f;
        if (opcode == kClose) {
            finish(failure(ErrorCode::Offline, u"the server closed the login connection"_s));
            return;
        }
        if (opcode == kText || opcode == kContinuation) {
            m_message += payload;
            if (first & 0x80) {
                onMessage(std::exchange(m_message, {}));
            }
        }
    }
}

void LoopbackLogin::onMessage(const QByteArray &message)
{
    auto decoded = protocol::decodeServerMessage(message);
    const auto *reply = std::get_if<protocol::Reply>(&decoded);
    if (!reply || !reply->re) {
        return; // an event, or noise: not what we wait for
    }
    if (*reply->re == kHelloId) {
        if (!reply->ok()) {
            finish(*reply);
            return;
        }
        sendText(protocol::encodeRequest(kLoginId, u"login"_s, m_loginFields));
    } else if (*reply->re == kLoginId) {
        finish(*reply);
    }
}

void LoopbackLogin::sendText(const QByteArray &payload)
{
    // Client frames must be masked (RFC 6455 §5.3).
    QByteArray frame;
    frame.append(char(0x80 | kText));
    const qsizetype size = payload.size();
    if (size < 126) {
        frame.append(char(0x80 | size));
    } else if (size <= 0xffff) {
        frame.append(char(0x80 | 126)).append(char(size >> 8)).append(char(size & 0xff));
    } else {
        frame.append(char(0x80 | 127));
        for (int shift = 56; shift >= 0; shift -= 8) {
            frame.append(char((quint64(size) >> shift) & 0xff));
        }
    }
    const quint32 maskWord = QRandomGenerator::global()->generate();
    const char mask[4] = {char(maskWord >> 24), char(maskWord >> 16), char(maskWord >> 8), char(maskWord)};
    frame.append(mask, 4);
    for (qsizetype i = 0; i < size; ++i) {
        frame.append(char(payload.at(i) ^ mask[i % 4]));
    }
    m_socket.write(frame);
}

void LoopbackLogin::finish(protocol::Reply reply)
{
    if (m_result.isDone()) {
        return;
    }
    m_timeout.stop();
    m_result.complete(std::move(reply));
    m_socket.disconnect(this);
    m_socket.abort();
}

} // namespace boli::bench
