// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serverprobe.h"

#include <QTextStream>
#include <memory>

namespace boli::bench {

/// @brief What the server, the bench and the whole machine used during a measured window.
struct ResourceFigures
{
    bool serverMeasured = false;
    qint64 serverPid = 0;
    qint64 serverPeakRssKiB = 0;
    qint64 serverEndRssKiB = 0;
    double serverCpuPercent = 0;
    double benchCpuPercent = 0;
    qint64 benchPeakRssKiB = 0;
    double machineCpuPercent = 0; ///< every process on the machine; 100% = one core
    int cores = 0;
    double seconds = 0;

    void print(QTextStream &out) const;
};

/// @brief Samples the server (when its pid is known), the bench and /proc/stat between start and stop.
class ResourceWindow
{
public:
    explicit ResourceWindow(qint64 serverPid);

    void start();
    [[nodiscard]] ResourceFigures stop();
    /// The server's resident memory now (0 when not measured).
    [[nodiscard]] qint64 serverRssKiB() const;

private:
    std::unique_ptr<ServerProbe> m_server;
    ServerProbe m_bench;
    double m_machineBusyAtStart = 0;
    qint64 m_startUs = 0;
};

/// "12.34 ms" from microseconds, and "12.3 MiB" from KiB.
[[nodiscard]] QString formatMs(qint64 micros);
[[nodiscard]] QString formatMiB(qint64 kib);

} // namespace boli::bench
