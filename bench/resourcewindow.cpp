// SPDX-License-Identifier: GPL-3.0-or-later
#include "resourcewindow.h"

#include "stats.h"

#include <QThread>
#include <unistd.h>

namespace boli::bench {
namespace {
using namespace Qt::StringLiterals;
}

QString formatMs(qint64 micros)
{
    return QString::number(double(micros) / 1000.0, 'f', 2) + u" ms"_s;
}

QString formatMiB(qint64 kib)
{
    return QString::number(double(kib) / 1024.0, 'f', 1) + u" MiB"_s;
}

ResourceWindow::ResourceWindow(qint64 serverPid)
    : m_bench(getpid())
{
    if (serverPid > 0) {
        m_server = std::make_unique<ServerProbe>(serverPid);
    }
}

void ResourceWindow::start()
{
    m_startUs = nowUs();
    if (m_server) {
        m_server->start();
    }
    m_bench.start();
    m_machineBusyAtStart = ServerProbe::machineBusySeconds();
}

ResourceFigures ResourceWindow::stop()
{
    ResourceFigures figures;
    figures.seconds = double(nowUs() - m_startUs) / 1e6;
    figures.cores = QThread::idealThreadCount();
    if (m_server) {
        m_server->stop();
        figures.serverMeasured = m_server->valid();
        figures.serverPid = m_server->pid();
        figures.serverCpuPercent = m_server->cpuPercent();
        figures.serverPeakRssKiB = m_server->peakRssKiB();
        figures.serverEndRssKiB = m_server->endRssKiB();
    }
    m_bench.stop();
    figures.benchCpuPercent = m_bench.cpuPercent();
    figures.benchPeakRssKiB = m_bench.peakRssKiB();
    figures.machineCpuPercent =
        100.0 * (ServerProbe::machineBusySeconds() - m_machineBusyAtStart) / std::max(figures.seconds, 1e-6);
    return figures;
}

qint64 ResourceWindow::serverRssKiB() const
{
    return m_server ? m_server->read().rssKiB : 0;
}

void ResourceFigures::print(QTextStream &out) const
{
    if (serverMeasured) {
        out << "  server (pid " << serverPid << ")  CPU " << QString::number(serverCpuPercent, 'f', 0)
            << "% of one core, RSS peak " << formatMiB(serverPeakRssKiB) << ", at end "
            << formatMiB(serverEndRssKiB) << "\n";
    } else {
        out << "  server             not measured (no --server-pid)\n";
    }
    out << "  bench itself       CPU " << QString::number(benchCpuPercent, 'f', 0)
        << "% of one core, RSS peak " << formatMiB(benchPeakRssKiB) << "\n";
    // On a shared machine other work takes cores from both; the figures above mean little if it did.
    const double others = machineCpuPercent - benchCpuPercent - (serverMeasured ? serverCpuPercent : 0);
    out << "  whole machine      CPU " << QString::number(machineCpuPercent, 'f', 0) << "% of " << cores * 100
        << "% (" << cores << " cores); other processes " << QString::number(std::max(0.0, others), 'f', 0)
        << "%\n";
}

} // namespace boli::bench
