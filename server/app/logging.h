// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace boli::server {

/// Routes Qt's logging to stderr as one line per message — "TIME LEVEL category message" or a JSON
/// object — and drops messages below `level` (debug, info, warning, error).
void installLogging(const QString &level, const QString &format);

} // namespace boli::server
