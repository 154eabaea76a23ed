// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QStringList>

namespace boli::test {

/// @brief The real boli-server binary as a child process on 127.0.0.1, for crash and multi-process tests.
class ServerProcess
{
public:
    ServerProcess(QString databaseUrl, QString dataDir);
    ~ServerProcess();

    /// Runs a one-shot command (seed-demo, create-admin ...) to completion; its exit code.
    int run(const QStringList &arguments,
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    /// Starts `serve` on a free port and waits until /health answers; false on failure.
    bool start();
    /// SIGKILL: no shutdown code runs, as in a power cut of the process.
    void kill();
    /// SIGTERM and wait; the exit code.
    int terminate();

    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] QString log() const { return m_log; }

private:
    [[nodiscard]] QStringList commonArguments() const;
    bool waitHealthy();

    QString m_databaseUrl;
    QString m_dataDir;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_log;
};

} // namespace boli::test
