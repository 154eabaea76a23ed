// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commands.h"
#include "eventloop/epolldispatcher.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    // An epoll event dispatcher: Qt's own (and GLib's) poll every socket on each wake-up, which was
    // a third of the loop's time with thousands of connections (docs/performance.md).
    // BOLI_EVENT_DISPATCHER=qt keeps Qt's; then its own rather than GLib's, whose notifier removal is
    // linear in the number of sockets (QT_NO_GLIB= (empty) keeps GLib).
    if (qEnvironmentVariable("BOLI_EVENT_DISPATCHER") != QLatin1String("qt")) {
        QCoreApplication::setEventDispatcher(new boli::server::EpollEventDispatcher);
    } else if (!qEnvironmentVariableIsSet("QT_NO_GLIB")) {
        qputenv("QT_NO_GLIB", "1");
    }
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("boli-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BOLI_VERSION));
    return boli::server::runCommandLine(QCoreApplication::arguments());
}
