// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoroTask>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

namespace boli::bench {

/// @brief The boli-server under test as a child process: a fresh data dir, an admin, `serve` on
/// 127.0.0.1 with the fastest password-hash cost (logins are setup here, not what is measured).
class ServerLauncher
{
public:
    struct Options
    {
        QString binary;
        QString parentDir; ///< where the data dir is made; empty: the system temp dir
        QString databaseUrl; ///< empty: SQLite in the data dir
    };

    explicit ServerLauncher(Options options);
    ~ServerLauncher();

    /// create-admin, then serve; true once the server accepts WebSocket connections.
    QCoro::Task<bool> start();
    /// SIGTERM, then SIGKILL if it has not stopped after 15 s.
    void stop();

    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] QUrl url() const;
    [[nodiscard]] qint64 pid() const { return m_process.processId(); }
    [[nodiscard]] QString dataDir() const { return m_dataDir ? m_dataDir->path() : QString(); }
    [[nodiscard]] QString adminLogin() const;
    [[nodiscard]] QString adminPassword() const;

private:
    [[nodiscard]] QStringList commonArguments() const;
    QCoro::Task<bool> waitAccepting();

    Options m_options;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace boli::bench
