// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boli/protocol.h"

#include <QCoroTask>
#include <QJsonObject>
#include <QObject>

namespace boli::client {

class ServerConnection;

/// @brief Who is logged in on this client, kept alive across reconnects.
///
/// After every reconnect it proves the session again with the access token; an expired one is
/// renewed with the refresh token (which rotates); a revoked one, a ban or a reuse alarm logs out.
/// Tokens live only in memory: a kiosk must keep nothing of the last farmer.
class Session : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool loggedIn READ loggedIn NOTIFY changed)
    Q_PROPERTY(QJsonObject user READ user NOTIFY changed)
    Q_PROPERTY(QString role READ role NOTIFY changed)
public:
    explicit Session(ServerConnection &connection, QObject *parent = nullptr);

    [[nodiscard]] bool loggedIn() const { return !m_user.isEmpty(); }
    [[nodiscard]] QJsonObject user() const { return m_user; }
    [[nodiscard]] QString role() const { return m_user.value(QStringLiteral("role")).toString(); }
    [[nodiscard]] qint64 userId() const { return m_user.value(QStringLiteral("id")).toInteger(); }
    /// The bearer token for the HTTP routes (photo upload); empty when logged out.
    [[nodiscard]] QString accessToken() const { return m_accessToken; }
    /// The access token, renewed first when it expires within kRenewAheadMs (server time): a kiosk
    /// session outlives its 15-minute token, and the HTTP routes refuse an expired one.
    QCoro::Task<QString> freshAccessToken();

    static constexpr qint64 kRenewAheadMs = 60'000;

    /// Logs in with a phone or email and a PIN (farmers) or password; the server's reply.
    QCoro::Task<protocol::Reply> login(QString login, QString secret, bool pin, QString totp = {});
    /// Ends the session on the server (when reachable) and forgets it here either way.
    QCoro::Task<> logout();

Q_SIGNALS:
    void changed();
    /// The server ended the session (banned, logged out elsewhere, token reuse) or it could not be
    /// renewed: `reason` is the server's reason or error code name.
    void ended(const QString &reason);

private:
    QCoro::Task<> resume();
    /// Rotates the tokens with the refresh token; a refusal ends the session, being offline does not.
    QCoro::Task<> renew();
    void adopt(const QJsonObject &fields);
    void forget(const QString &reason);
    void onEvent(const protocol::Event &event);

    ServerConnection &m_connection;
    QJsonObject m_user;
    QString m_accessToken;
    QString m_refreshToken;
    qint64 m_accessExpiresAt = 0; ///< server UTC ms; 0 while unknown
    bool m_renewing = false; ///< a refresh token works once: never send it twice at a time
};

} // namespace boli::client
