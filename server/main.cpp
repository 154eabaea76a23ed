// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commands.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    // Qt's own event dispatcher, not GLib's: GLib removes a socket notifier in time linear in the number
    // of sockets, and every reply and event toggles one (docs/performance.md). QT_NO_GLIB= (empty) keeps
    // GLib.
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB")) {
        qputenv("QT_NO_GLIB", "1");
    }
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("boli-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BOLI_VERSION));
    return boli::server::runCommandLine(QCoreApplication::arguments());
}
