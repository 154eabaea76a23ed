// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTimer>
#include <QtGlobal>

namespace boli::bench {

/// @brief A process's memory and CPU time from /proc/<pid>/status and /proc/<pid>/stat (Linux).
///
/// `start()` marks the beginning of the measured interval and samples RSS every 100 ms until `stop()`,
/// so the peak is the peak of the run, not of the setup before it.
class ServerProbe
{
public:
    explicit ServerProbe(qint64 pid);

    /// One reading of the process; cpuSeconds is user + system time over all its threads.
    struct Reading
    {
        bool valid = false;
        qint64 rssKiB = 0;
        double cpuSeconds = 0;
    };
    [[nodiscard]] Reading read() const;

    void start();
    void stop();

    [[nodiscard]] qint64 pid() const { return m_pid; }
    [[nodiscard]] qint64 peakRssKiB() const { return m_peakRssKiB; }
    [[nodiscard]] qint64 endRssKiB() const { return m_end.rssKiB; }
    /// CPU time over wall time between start() and stop(), in percent of one core (200% = both of two).
    [[nodiscard]] double cpuPercent() const;
    [[nodiscard]] bool valid() const { return m_begin.valid && m_end.valid; }

    /// CPU time all processes of the machine spent busy (not idle, not waiting for I/O), in seconds,
    /// from /proc/stat: what the measured processes left to everything else on a shared machine.
    [[nodiscard]] static double machineBusySeconds();

private:
    void sample();

    qint64 m_pid;
    QTimer m_sampler;
    Reading m_begin;
    Reading m_end;
    qint64 m_beginUs = 0;
    qint64 m_endUs = 0;
    qint64 m_peakRssKiB = 0;
};

} // namespace boli::bench
