// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "admin/adminarea.h"
#include "app/formatter.h"
#include "app/language.h"
#include "common/oprunner.h"
#include "kiosk/kioskarea.h"
#include "models/listingsmodel.h"
#include "net/serverconnection.h"
#include "net/session.h"
#include "offline/listingcache.h"
#include "offline/outbox.h"
#include "trader/traderarea.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

namespace boli::client {

/// @brief Everything the QML app talks to, built and wired once: the connection, the session, the
/// language, the formatter and one object per mode. Exposed to QML as the `App` singleton.
class ClientApp : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString mode READ mode CONSTANT)
    Q_PROPERTY(bool online READ online NOTIFY connectionChanged)
    Q_PROPERTY(bool connecting READ connecting NOTIFY connectionChanged)
    Q_PROPERTY(QUrl serverUrl READ serverUrl CONSTANT)
    Q_PROPERTY(qint64 now READ now NOTIFY nowChanged)
    Q_PROPERTY(bool loggedIn READ loggedIn NOTIFY sessionChanged)
    Q_PROPERTY(QString role READ role NOTIFY sessionChanged)
    Q_PROPERTY(QString displayName READ displayName NOTIFY sessionChanged)
    Q_PROPERTY(qint64 userId READ userId NOTIFY sessionChanged)
    Q_PROPERTY(boli::client::Language *language READ language CONSTANT)
    Q_PROPERTY(boli::client::OpRunner *auth READ auth CONSTANT)
    Q_PROPERTY(boli::client::ListingsModel *listings READ listings CONSTANT)
    Q_PROPERTY(boli::client::Outbox *outbox READ outbox CONSTANT)
    Q_PROPERTY(boli::client::TraderArea *trader READ trader CONSTANT)
    Q_PROPERTY(boli::client::KioskArea *kiosk READ kiosk CONSTANT)
    Q_PROPERTY(boli::client::AdminArea *admin READ admin CONSTANT)

public:
    struct Options
    {
        QString mode = QStringLiteral("desktop"); ///< "desktop", "kiosk" or "admin"
        QUrl serverUrl {QStringLiteral("ws://127.0.0.1:8080/ws")};
        QString language; ///< empty: Hindi in kiosk mode, English elsewhere
        QString dataDir; ///< the offline cache and outbox live here
        int kioskIdleSeconds = 120;
    };

    explicit ClientApp(Options options, QObject *parent = nullptr);
    ~ClientApp() override;

    /// Opens the connection; separate from construction so tests can wire signals first.
    void start();

    [[nodiscard]] QString mode() const { return m_options.mode; }
    [[nodiscard]] bool online() const { return m_connection.state() == ServerConnection::State::Online; }
    [[nodiscard]] bool connecting() const
    {
        return m_connection.state() == ServerConnection::State::Connecting;
    }
    [[nodiscard]] QUrl serverUrl() const { return m_options.serverUrl; }
    /// Server time (UTC ms), ticking once a second: countdowns bind to it, never to the local clock.
    [[nodiscard]] qint64 now() const { return m_connection.serverNowMs(); }
    [[nodiscard]] bool loggedIn() const { return m_session.loggedIn(); }
    [[nodiscard]] QString role() const { return m_session.role(); }
    [[nodiscard]] QString displayName() const;
    [[nodiscard]] qint64 userId() const { return m_session.userId(); }

    [[nodiscard]] ServerConnection &connection() { return m_connection; }
    [[nodiscard]] Session &session() { return m_session; }
    [[nodiscard]] Language *language() { return &m_language; }
    [[nodiscard]] Formatter *formatter() { return &m_formatter; }
    [[nodiscard]] OpRunner *auth() { return &m_auth; }
    [[nodiscard]] ListingsModel *listings() { return &m_listings; }
    [[nodiscard]] Outbox *outbox() { return &m_outbox; }
    [[nodiscard]] TraderArea *trader() { return m_trader.get(); }
    [[nodiscard]] KioskArea *kiosk() { return m_kiosk.get(); }
    [[nodiscard]] AdminArea *admin() { return m_admin.get(); }
    [[nodiscard]] const Options &options() const { return m_options; }

    /// Logs in with a phone or email and a PIN (`pin` true) or password; `loginFinished` tells.
    Q_INVOKABLE void login(const QString &login, const QString &secret, bool pin, const QString &totp = {});
    Q_INVOKABLE void logout();

Q_SIGNALS:
    void connectionChanged();
    void nowChanged();
    void sessionChanged();
    /// `needsCode`: the account has two-factor authentication and the 6-digit code is missing or wrong.
    void loginFinished(bool ok, const QString &message, bool needsCode);
    /// The server ended the session; `message` is translated.
    void sessionEnded(const QString &message);

private:
    QCoro::Task<> loginTask(QString login, QString secret, bool pin, QString totp);
    QCoro::Task<> logoutTask();
    [[nodiscard]] bool roleFitsMode() const;

    Options m_options;
    ServerConnection m_connection;
    Session m_session;
    Language m_language;
    Formatter m_formatter;
    OpRunner m_auth;
    ListingsModel m_listings;
    Outbox m_outbox;
    std::unique_ptr<TraderArea> m_trader;
    std::unique_ptr<KioskArea> m_kiosk;
    std::unique_ptr<AdminArea> m_admin;
    QTimer m_tick;
    std::unique_ptr<ListingCache> m_listingCache; ///< none without a data directory
};

} // namespace boli::client
