// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverprocess.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QThread>

namespace boli::test {
namespace {
using namespace Qt::StringLiterals;

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}
} // namespace

ServerProcess::ServerProcess(QString databaseUrl, QString dataDir)
    : m_databaseUrl(std::move(databaseUrl))
    , m_dataDir(std::move(dataDir))
{
    m_process.setProgram(QStringLiteral(BOLI_SERVER_BINARY));
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

ServerProcess::~ServerProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        kill();
    }
}

QStringList ServerProcess::commonArguments() const
{
    return {u"--db"_s, m_databaseUrl, u"--data-dir"_s, m_dataDir, u"--hash-cost"_s, u"test"_s,
        u"--log-level"_s, u"warning"_s};
}

int ServerProcess::run(const QStringList &arguments, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(BOLI_SERVER_BINARY), arguments + commonArguments());
    process.waitForFinished(60'000);
    m_log += QString::fromUtf8(process.readAll());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

bool ServerProcess::start()
{
    m_port = freePort();
    m_process.setArguments(
        QStringList {u"serve"_s, u"--host"_s, u"127.0.0.1"_s, u"--port"_s, QString::number(m_port)}
        + commonArguments());
    m_process.start();
    return m_process.waitForStarted(10'000) && waitHealthy();
}

bool ServerProcess::waitHealthy()
{
    QNetworkAccessManager network;
    const QDeadlineTimer deadline(20'000);
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        QNetworkReply *reply =
            network.get(QNetworkRequest(QUrl(u"http://127.0.0.1:%1/health"_s.arg(m_port))));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const bool healthy = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
        reply->deleteLater();
        if (healthy) {
            return true;
        }
        QThread::msleep(50);
    }
    m_log += QString::fromUtf8(m_process.readAll());
    return false;
}

void ServerProcess::kill()
{
    m_process.kill();
    m_process.waitForFinished(10'000);
    m_log += QString::fromUtf8(m_process.readAll());
}

int ServerProcess::terminate()
{
    m_process.terminate();
    m_process.waitForFinished(15'000);
    m_log += QString::fromUtf8(m_process.readAll());
    return m_process.exitCode();
}

} // namespace boli::test
