// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/clientapp.h"

#include "app/errormessages.h"

#include <QCoreApplication>
#include <QUuid>

namespace boli::client {
using namespace Qt::StringLiterals;

namespace {
/// A device id per run: the server uses it to label sessions, not to trust the device.
QString newDeviceId(const QString &mode)
{
    return u"boli-client-"_s + mode + u'-' + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
}
} // namespace

ClientApp::ClientApp(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_connection(newDeviceId(m_options.mode))
    , m_session(m_connection)
    , m_formatter(m_language)
    , m_auth(m_connection)
    , m_listings(m_connection)
    , m_outbox(
          m_connection, m_options.dataDir.isEmpty() ? QString() : m_options.dataDir + u"/outbox.sqlite"_s)
    , m_trader(std::make_unique<TraderArea>(*this))
    , m_kiosk(std::make_unique<KioskArea>(*this))
    , m_admin(std::make_unique<AdminArea>(*this))
{
    const QString language = m_options.language.isEmpty() ? (m_options.mode == u"kiosk"_s ? u"hi"_s : u"en"_s)
                                                          : m_options.language;
    m_language.setCode(language);

    connect(&m_connection, &ServerConnection::stateChanged, this, &ClientApp::connectionChanged);
    connect(&m_session, &Session::changed, this, &ClientApp::sessionChanged);
    connect(&m_session, &Session::ended, this, [this](const QString &reason) {
        if (reason != u"logout"_s) {
            Q_EMIT sessionEnded(errorMessage(reason));
        }
    });
    // Drafts belong to whoever is logged in; a resumed session (after a reconnect) sends them.
    connect(&m_session, &Session::changed, this, [this] { m_outbox.setUser(m_session.userId()); });
    if (!m_options.dataDir.isEmpty()) {
        m_listingCache = std::make_unique<ListingCache>(m_options.dataDir + u"/listings.sqlite"_s);
        m_listings.setCache(m_listingCache.get());
    }
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &ClientApp::nowChanged);
    m_tick.start();
}

ClientApp::~ClientApp()
{
    m_listings.setCache(nullptr);
}

void ClientApp::start()
{
    m_connection.open(m_options.serverUrl);
}

QString ClientApp::displayName() const
{
    return m_session.user().value(u"display_name"_s).toString();
}

void ClientApp::login(const QString &login, const QString &secret, bool pin, const QString &totp)
{
    loginTask(login.trimmed(), secret, pin, totp.trimmed());
}

void ClientApp::logout()
{
    logoutTask();
}

QCoro::Task<> ClientApp::loginTask(QString login, QString secret, bool pin, QString totp)
{
    auto asking = m_session.login(std::move(login), std::move(secret), pin, std::move(totp));
    const protocol::Reply reply = co_await asking;
    if (!reply.ok()) {
        const ErrorCode code = reply.error->code;
        Q_EMIT loginFinished(false, OpRunner::messageFor(reply),
            code == ErrorCode::TotpRequired || code == ErrorCode::TotpInvalid);
        co_return;
    }
    if (!roleFitsMode()) {
        auto leaving = m_session.logout();
        co_await leaving;
        Q_EMIT loginFinished(
            false, QCoreApplication::translate("ClientApp", "Admin mode needs an admin account."), false);
        co_return;
    }
    Q_EMIT loginFinished(true, {}, false);
}

QCoro::Task<> ClientApp::logoutTask()
{
    auto leaving = m_session.logout();
    co_await leaving;
}

bool ClientApp::roleFitsMode() const
{
    return m_options.mode != u"admin"_s || m_session.role() == u"admin"_s;
}

} // namespace boli::client
