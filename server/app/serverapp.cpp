// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/serverapp.h"

#include "app/serverparts.h"
#include "auth/tokenkey.h"
#include "boli/clock.h"
#include "storage/migrator.h"

#include <QDir>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcApp, "boli.app")

namespace boli::server {
namespace {
using namespace Qt::StringLiterals;

const SystemClock &systemClock()
{
    static const SystemClock clock;
    return clock;
}
} // namespace

ServerApp::ServerApp(Config config, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_clock(clock ? clock : &systemClock())
{ }

ServerApp::~ServerApp() = default;

void ServerApp::open()
{
    if (!QDir().mkpath(m_config.dataDir)) {
        throw std::runtime_error(u"cannot create the data folder '%1'"_s.arg(m_config.dataDir).toStdString());
    }
    const auto url = DatabaseUrl::parse(m_config.effectiveDatabaseUrl());
    if (const auto *error = std::get_if<QString>(&url)) {
        throw std::runtime_error(error->toStdString());
    }
    auto database = Database::open(std::get<DatabaseUrl>(url));
    const int applied = Migrator(*database).migrate();
    qCInfo(lcApp) << "schema ready," << applied << "migrations applied now";
    m_parts = std::make_unique<ServerParts>(
        m_config, *m_clock, std::move(database), TokenKey::loadOrCreate(m_config.dataDir));
    m_parts->settings.load();
}

void ServerApp::start()
{
    open();
    m_parts->market.load();
    m_parts->settings.reloadEvery(kSettingsReloadMs);
    m_port = m_parts->server.listen(m_config.host, m_config.port);
    if (m_port == 0) {
        throw std::runtime_error(u"cannot listen on %1:%2 (in use, or not allowed)"_s
                                     .arg(m_config.host.toString(), QString::number(m_config.port))
                                     .toStdString());
    }
    qCInfo(lcApp).noquote() << u"listening on http://%1:%2 (WebSocket /ws, health /health)"_s.arg(
        m_config.host.toString(), QString::number(m_port));
}

void ServerApp::stop()
{
    if (m_parts) {
        m_parts->market.stop();
        m_parts->server.stop();
    }
}

Database &ServerApp::database()
{
    return *m_parts->database;
}

QStringList ServerApp::opNames() const
{
    return m_parts ? m_parts->dispatcher.opNames() : QStringList();
}

} // namespace boli::server
