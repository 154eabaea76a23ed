// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchclient.h"

namespace boli::bench {
namespace {
using namespace Qt::StringLiterals;

/// The event name of a server frame, found without parsing it; empty for a reply. Events are
/// objects with a top-level "event" key and replies never carry one, so a text search suffices.
QStringView eventName(QStringView text)
{
    static const QString marker = u"\"event\":\""_s;
    const qsizetype at = text.indexOf(marker);
    if (at < 0) {
        return {};
    }
    const qsizetype start = at + marker.size();
    const qsizetype end = text.indexOf(u'"', start);
    return end < 0 ? QStringView() : text.sliced(start, end - start);
}
} // namespace

BenchClient::BenchClient(QObject *parent)
    : QObject(parent)
{
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &BenchClient::onText);
    connect(&m_socket, &QWebSocket::disconnected, this, &BenchClient::onDisconnected);
    connect(&m_socket, &QWebSocket::connected, this, [this] {
        if (m_opening) {
            std::exchange(m_opening, std::nullopt)->complete(true);
        }
    });
    // A refused connection never connects, so it never disconnects either: only the error says so.
    connect(&m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this, [this] {
        if (m_opening) {
            std::exchange(m_opening, std::nullopt)->complete(false);
        }
    });
}

BenchClient::~BenchClient()
{
    // The socket is destroyed after this object's other members: it must not call back into them.
    m_socket.disconnect(this);
    m_socket.abort();
}

protocol::Reply BenchClient::offlineReply(const QString &why)
{
    protocol::Reply reply;
    reply.error = Error::of(ErrorCode::Offline, why);
    return reply;
}

Completion<bool> BenchClient::open(const QUrl &url)
{
    Completion<bool> opened;
    m_opening = opened;
    m_socket.open(url);
    return opened;
}

void BenchClient::send(const QString &op, QJsonObject fields, ReplyHandler onReply)
{
    if (!isOpen()) {
        onReply(offlineReply(u"not connected"_s));
        return;
    }
    const qint64 id = m_nextId++;
    m_pending.insert(id, std::move(onReply));
    m_socket.sendTextMessage(QString::fromUtf8(protocol::encodeRequest(id, op, std::move(fields))));
}

Completion<protocol::Reply> BenchClient::request(const QString &op, QJsonObject fields)
{
    Completion<protocol::Reply> answered;
    send(op, std::move(fields), [answered](const protocol::Reply &reply) { answered.complete(reply); });
    return answered;
}

void BenchClient::onEvents(QSet<QString> names, EventHandler handler)
{
    m_wantedEvents = std::move(names);
    m_eventHandler = std::move(handler);
}

void BenchClient::close()
{
    m_socket.close();
}

void BenchClient::onText(const QString &text)
{
    const QStringView name = eventName(text);
    if (!name.isEmpty() && !m_wantedEvents.contains(name.toString())) {
        ++m_eventsSkipped;
        return;
    }
    auto decoded = protocol::decodeServerMessage(text.toUtf8());
    if (auto *event = std::get_if<protocol::Event>(&decoded)) {
        ++m_eventsHandled;
        if (m_eventHandler) {
            m_eventHandler(*event);
        }
    } else if (auto *reply = std::get_if<protocol::Reply>(&decoded)) {
        if (reply->re) {
            if (ReplyHandler handler = m_pending.take(*reply->re)) {
                handler(*reply);
            }
        }
    } else {
        qWarning("boli-bench: undecodable server frame: %s", qPrintable(text.left(200)));
    }
}

void BenchClient::onDisconnected()
{
    if (m_opening) {
        std::exchange(m_opening, std::nullopt)->complete(false);
    }
    const auto pending = std::exchange(m_pending, {});
    const protocol::Reply offline = offlineReply(u"the connection closed: "_s + m_socket.errorString());
    for (const ReplyHandler &handler : pending) {
        handler(offline);
    }
}

} // namespace boli::bench
