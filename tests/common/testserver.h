// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/serverapp.h"
#include "app/serverparts.h"
#include "boli/clock.h"
#include "testdatabase.h"

#include <QTemporaryDir>
#include <memory>

namespace boli::test {

/// @brief Real time plus an offset the test can move forward: auctions end without waiting.
class ShiftedClock final : public Clock
{
public:
    [[nodiscard]] qint64 nowMs() const override { return m_system.nowMs() + m_offsetMs; }
    void advanceMs(qint64 deltaMs) { m_offsetMs += deltaMs; }

private:
    SystemClock m_system;
    qint64 m_offsetMs = 0;
};

/// @brief The real server, listening on 127.0.0.1 at a free port, over a fresh database of the
/// engine under test, with a fast password hash. Accounts can be made directly for test set-up.
class TestServer
{
public:
    TestServer();
    ~TestServer();

    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] server::ServerParts &parts() { return m_app->parts(); }
    [[nodiscard]] server::ServerApp &app() { return *m_app; }
    [[nodiscard]] QString dataDir() const { return m_dataDir.path(); }
    [[nodiscard]] QString databaseUrl() const { return m_database.urlText(); }

    /// Creates an account as the system would (bypassing ops); fails the test on error.
    server::User createUser(Role role, const QString &login, const QString &secret,
        const QString &name = QStringLiteral("Test User"));
    /// Moves the server's clock forward; the market's next tick (within 200 ms) acts on it.
    void advanceClock(qint64 deltaMs) { m_clock.advanceMs(deltaMs); }
    [[nodiscard]] const Clock &clock() const { return m_clock; }
    /// A row count, to prove a rejected request changed nothing.
    [[nodiscard]] qint64 rowCount(const QString &table);

    /// Takes the server down (clients lose their connections) until restart(); parts() is gone meanwhile.
    void stop();
    /// A new server on the same port, database and data directory, as after a crash or an upgrade.
    void restart();

private:
    ShiftedClock m_clock;
    TestDatabase m_database;
    QTemporaryDir m_dataDir;
    std::unique_ptr<server::ServerApp> m_app;
    quint16 m_port = 0;

    void launch(quint16 port);
};

} // namespace boli::test
