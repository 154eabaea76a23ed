// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverprobe.h"

#include "stats.h"

#include <QFile>
#include <QList>
#include <unistd.h>

namespace boli::bench {
namespace {
using namespace Qt::StringLiterals;

QByteArray readProc(qint64 pid, const char *name)
{
    QFile file(u"/proc/%1/%2"_s.arg(pid).arg(QLatin1StringView(name)));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

ServerProbe::ServerProbe(qint64 pid)
    : m_pid(pid)
{
    m_sampler.setInterval(100);
    QObject::connect(&m_sampler, &QTimer::timeout, [this] { sample(); });
}

ServerProbe::Reading ServerProbe::read() const
{
    Reading reading;
    const QByteArray status = readProc(m_pid, "status");
    for (const QByteArray &line : status.split('\n')) {
        if (line.startsWith("VmRSS:")) {
            reading.rssKiB = line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
    }
    // /proc/<pid>/stat: "pid (comm) state ..."; comm may hold spaces, so count fields after ')'.
    // utime and stime are fields 14 and 15, i.e. the 12th and 13th after the ')'.
    const QByteArray stat = readProc(m_pid, "stat");
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (status.isEmpty() || fields.size() < 13) {
        return reading;
    }
    const double ticks = double(sysconf(_SC_CLK_TCK));
    reading.cpuSeconds = double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / ticks;
    reading.valid = true;
    return reading;
}

double ServerProbe::machineBusySeconds()
{
    QFile file(u"/proc/stat"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        return 0;
    }
    // "cpu  user nice system idle iowait irq softirq steal ...", in clock ticks over all cores.
    const QList<QByteArray> fields = file.readLine().simplified().split(' ');
    qint64 busy = 0;
    for (qsizetype i = 1; i < fields.size() && i <= 8; ++i) {
        if (i != 4 && i != 5) {
            busy += fields.at(i).toLongLong();
        }
    }
    return double(busy) / double(sysconf(_SC_CLK_TCK));
}

void ServerProbe::start()
{
    m_begin = read();
    m_beginUs = nowUs();
    m_peakRssKiB = m_begin.rssKiB;
    m_sampler.start();
}

void ServerProbe::stop()
{
    m_sampler.stop();
    m_end = read();
    m_endUs = nowUs();
    m_peakRssKiB = std::max(m_peakRssKiB, m_end.rssKiB);
}

void ServerProbe::sample()
{
    m_peakRssKiB = std::max(m_peakRssKiB, read().rssKiB);
}

double ServerProbe::cpuPercent() const
{
    const double wallSeconds = double(m_endUs - m_beginUs) / 1e6;
    return wallSeconds > 0 ? 100.0 * (m_end.cpuSeconds - m_begin.cpuSeconds) / wallSeconds : 0;
}

} // namespace boli::bench
