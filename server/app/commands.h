// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace boli::server {

/// Parses the command line and environment, then runs the command it names; returns the exit code:
/// 0 done, 1 failed (verify-audit: chain broken), 2 bad configuration or usage.
int runCommandLine(const QStringList &arguments);

} // namespace boli::server
