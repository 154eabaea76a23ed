// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/oprunner.h"

#include "app/errormessages.h"
#include "net/serverconnection.h"

namespace boli::client {

OpRunner::OpRunner(ServerConnection &connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{ }

QCoro::Task<protocol::Reply> OpRunner::run(QString op, QJsonObject fields)
{
    if (m_inFlight++ == 0) {
        Q_EMIT busyChanged();
    }
    auto asking = m_connection.request(std::move(op), std::move(fields));
    protocol::Reply reply = co_await asking;
    setError(messageFor(reply));
    if (--m_inFlight == 0) {
        Q_EMIT busyChanged();
    }
    co_return reply;
}

QString OpRunner::messageFor(const protocol::Reply &reply)
{
    return reply.ok() ? QString() : errorMessage(reply.error->code);
}

void OpRunner::clearError()
{
    setError({});
}

void OpRunner::setError(const QString &error)
{
    if (error != m_error) {
        m_error = error;
        Q_EMIT errorChanged();
    }
}

} // namespace boli::client
