// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boli/protocol.h"
#include "completion.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QUrl>
#include <QWebSocket>
#include <functional>

namespace boli::bench {

/// @brief One WebSocket connection to the server: requests matched to replies by id, events to a callback.
///
/// Events the owner did not ask for are recognised by name and counted without being parsed, so a
/// thousand watchers cost the bench as little as possible and the server's time dominates.
class BenchClient : public QObject
{
    Q_OBJECT
public:
    using ReplyHandler = std::function<void(const protocol::Reply &)>;
    using EventHandler = std::function<void(const protocol::Event &)>;

    explicit BenchClient(QObject *parent = nullptr);
    ~BenchClient() override;

    /// Opens ws://…/ws; true once connected, false when the socket failed or closed first.
    Completion<bool> open(const QUrl &url);
    /// Sends a request; onReply runs when its reply arrives, or with an `offline` error if the
    /// socket closes first.
    void send(const QString &op, QJsonObject fields, ReplyHandler onReply);
    /// Sends a request and lets a coroutine wait for its reply (setup, not the hot loop).
    Completion<protocol::Reply> request(const QString &op, QJsonObject fields = {});
    /// Events named in `names` are decoded and passed to `handler`; all others are only counted.
    void onEvents(QSet<QString> names, EventHandler handler);
    void close();

    [[nodiscard]] bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    [[nodiscard]] qint64 eventsSkipped() const { return m_eventsSkipped; }
    [[nodiscard]] qint64 eventsHandled() const { return m_eventsHandled; }

    /// The error a request gets when its socket closes before the reply.
    [[nodiscard]] static protocol::Reply offlineReply(const QString &why);

private:
    void onText(const QString &text);
    void onDisconnected();

    QWebSocket m_socket;
    qint64 m_nextId = 1;
    QHash<qint64, ReplyHandler> m_pending;
    QSet<QString> m_wantedEvents;
    EventHandler m_eventHandler;
    qint64 m_eventsSkipped = 0;
    qint64 m_eventsHandled = 0;
    std::optional<Completion<bool>> m_opening;
};

} // namespace boli::bench
