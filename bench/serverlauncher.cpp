// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverlauncher.h"

#include "benchclient.h"

#include <QDir>
#include <QTcpServer>
#include <csignal>
#include <sys/prctl.h>

namespace boli::bench {
namespace {
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

constexpr int kStartPolls = 400; // 20 s at 50 ms

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}
} // namespace

ServerLauncher::ServerLauncher(Options options)
    : m_options(std::move(options))
{
    // The server's warnings (a failed write, a slow client) belong in the bench's output.
    m_process.setProcessChannelMode(QProcess::ForwardedChannels);
    // A bench stopped by Ctrl-C or a test timeout must not leave its server running.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
}

ServerLauncher::~ServerLauncher()
{
    stop();
}

QString ServerLauncher::adminLogin() const
{
    return u"bench-admin@boli.example"_s;
}

QString ServerLauncher::adminPassword() const
{
    return u"bench-admin-password"_s;
}

QUrl ServerLauncher::url() const
{
    return QUrl(u"ws://127.0.0.1:%1/ws"_s.arg(m_port));
}

QStringList ServerLauncher::commonArguments() const
{
    QStringList arguments {
        u"--data-dir"_s, m_dataDir->path(), u"--hash-cost"_s, u"test"_s, u"--log-level"_s, u"warning"_s};
    if (!m_options.databaseUrl.isEmpty()) {
        arguments << u"--db"_s << m_options.databaseUrl;
    }
    return arguments;
}

QCoro::Task<bool> ServerLauncher::start()
{
    const QString parent = m_options.parentDir.isEmpty() ? QDir::tempPath() : m_options.parentDir;
    m_dataDir = std::make_unique<QTemporaryDir>(parent + u"/boli-bench-XXXXXX"_s);
    if (!m_dataDir->isValid()) {
        m_error = u"cannot create a data dir in "_s + parent;
        co_return false;
    }
    QProcess admin;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"BOLI_ADMIN_PASSWORD"_s, adminPassword());
    admin.setProcessEnvironment(environment);
    admin.setProcessChannelMode(QProcess::MergedChannels);
    admin.start(m_options.binary,
        QStringList {u"create-admin"_s, adminLogin(), u"Bench Admin"_s} + commonArguments());
    // Setup, not measurement: blocking here is simpler than a coroutine and costs nothing.
    if (!admin.waitForFinished(60'000) || admin.exitCode() != 0) {
        m_error = u"%1 create-admin failed: %2"_s.arg(m_options.binary, QString::fromUtf8(admin.readAll()));
        co_return false;
    }
    m_port = freePort();
    m_process.start(m_options.binary,
        QStringList {u"serve"_s, u"--host"_s, u"127.0.0.1"_s, u"--port"_s, QString::number(m_port)}
            + commonArguments());
    if (!m_process.waitForStarted(10'000)) {
        m_error = u"cannot start %1: %2"_s.arg(m_options.binary, m_process.errorString());
        co_return false;
    }
    auto accepting = waitAccepting();
    const bool ready = co_await accepting;
    co_return ready;
}

QCoro::Task<bool> ServerLauncher::waitAccepting()
{
    bool opened = false;
    for (int poll = 0; poll < kStartPolls && !opened && m_process.state() == QProcess::Running; ++poll) {
        BenchClient probe;
        auto opening = probe.open(url());
        opened = co_await opening;
        if (!opened) {
            auto pause = sleepFor(50ms);
            co_await pause;
        }
    }
    if (!opened) {
        m_error = u"the server did not start accepting connections on "_s + url().toString();
    }
    co_return opened;
}

void ServerLauncher::stop()
{
    if (m_process.state() == QProcess::NotRunning) {
        return;
    }
    m_process.terminate();
    if (!m_process.waitForFinished(15'000)) {
        m_process.kill();
        m_process.waitForFinished(5'000);
    }
}

} // namespace boli::bench
