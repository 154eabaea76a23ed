// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/session.h"

#include "net/serverconnection.h"

namespace boli::client {
namespace {
using namespace Qt::StringLiterals;
}

Session::Session(ServerConnection &connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
    connect(&m_connection, &ServerConnection::online, this, [this] { resume(); });
    connect(&m_connection, &ServerConnection::eventReceived, this, &Session::onEvent);
}

void Session::adopt(const QJsonObject &fields)
{
    m_user = fields.value(u"user"_s).toObject();
    m_accessToken = fields.value(u"access_token"_s).toString(m_accessToken);
    m_refreshToken = fields.value(u"refresh_token"_s).toString(m_refreshToken);
    m_accessExpiresAt = fields.value(u"access_expires_at"_s).toInteger(m_accessExpiresAt);
    Q_EMIT changed();
}

void Session::forget(const QString &reason)
{
    const bool was = loggedIn();
    m_user = {};
    m_accessToken.clear();
    m_refreshToken.clear();
    m_accessExpiresAt = 0;
    if (was) {
        Q_EMIT changed();
        Q_EMIT ended(reason);
    }
}

QCoro::Task<protocol::Reply> Session::login(QString login, QString secret, bool pin, QString totp)
{
    QJsonObject fields {{u"login"_s, login}, {pin ? u"pin"_s : u"password"_s, secret}};
    if (!totp.isEmpty()) {
        fields.insert(u"totp"_s, totp);
    }
    auto asking = m_connection.request(u"login"_s, std::move(fields));
    const protocol::Reply reply = co_await asking;
    if (reply.ok()) {
        adopt(reply.fields);
    }
    co_return reply;
}

QCoro::Task<> Session::logout()
{
    if (m_connection.state() == ServerConnection::State::Online && loggedIn()) {
        auto asking = m_connection.request(u"logout"_s);
        co_await asking;
    }
    forget(u"logout"_s);
}

QCoro::Task<> Session::resume()
{
    if (m_accessToken.isEmpty()) {
        co_return;
    }
    QJsonObject proof {{u"access_token"_s, m_accessToken}};
    auto authenticating = m_connection.request(u"authenticate"_s, std::move(proof));
    const protocol::Reply authenticated = co_await authenticating;
    if (authenticated.ok()) {
        adopt(authenticated.fields);
        co_return;
    }
    if (authenticated.error->code == ErrorCode::TokenExpired) {
        auto renewing = renew();
        co_await renewing;
        co_return;
    }
    // Offline again already: keep the tokens and try on the next reconnect.
    if (authenticated.error->code != ErrorCode::Offline && authenticated.error->code != ErrorCode::TimedOut) {
        forget(errorCodeName(authenticated.error->code));
    }
}

QCoro::Task<> Session::renew()
{
    if (m_renewing || m_refreshToken.isEmpty()) {
        co_return;
    }
    m_renewing = true;
    QJsonObject renewal {{u"refresh_token"_s, m_refreshToken}};
    auto refreshing = m_connection.request(u"refresh"_s, std::move(renewal));
    const protocol::Reply refreshed = co_await refreshing;
    m_renewing = false;
    if (refreshed.ok()) {
        adopt(refreshed.fields);
    } else if (refreshed.error->code != ErrorCode::Offline && refreshed.error->code != ErrorCode::TimedOut) {
        forget(errorCodeName(refreshed.error->code));
    }
}

QCoro::Task<QString> Session::freshAccessToken()
{
    if (!m_accessToken.isEmpty() && m_accessExpiresAt - m_connection.serverNowMs() < kRenewAheadMs) {
        auto renewing = renew();
        co_await renewing;
    }
    co_return m_accessToken;
}

void Session::onEvent(const protocol::Event &event)
{
    if (event.name == u"session.ended"_s) {
        forget(event.fields.value(u"reason"_s).toString());
    }
}

} // namespace boli::client
