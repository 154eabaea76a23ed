// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boli/protocol.h"

#include <QCoroTask>
#include <QObject>

namespace boli::client {

class ServerConnection;

/// @brief Runs server ops for one screen's actions and keeps what the UI shows about them: whether
/// one is in flight and the last failure as a translated sentence.
///
/// Feature objects (Trader, Kiosk, Admin) own one each and expose typed Q_INVOKABLEs; QML never
/// builds a frame.
class OpRunner : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    explicit OpRunner(ServerConnection &connection, QObject *parent = nullptr);

    [[nodiscard]] bool busy() const { return m_inFlight > 0; }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] ServerConnection &connection() const { return m_connection; }

    /// Sends `op`; on failure `error` becomes the translated message. Name the task (GCC 12):
    /// `auto running = runner.run(op, fields); const auto reply = co_await running;`
    QCoro::Task<protocol::Reply> run(QString op, QJsonObject fields = {});
    /// The translated message for a failed reply; empty for a success.
    [[nodiscard]] static QString messageFor(const protocol::Reply &reply);

    Q_INVOKABLE void clearError();

Q_SIGNALS:
    void busyChanged();
    void errorChanged();

private:
    void setError(const QString &error);

    ServerConnection &m_connection;
    int m_inFlight = 0;
    QString m_error;
};

} // namespace boli::client
