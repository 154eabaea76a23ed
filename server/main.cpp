// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commands.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("boli-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BOLI_VERSION));
    return boli::server::runCommandLine(QCoreApplication::arguments());
}
