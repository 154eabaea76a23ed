// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boli/errorcode.h"

#include <QString>

namespace boli::client {

/// The one place where server error codes become sentences a user understands, in the current
/// language. Unknown names (a newer server) fall back to a general message plus the server's text.
[[nodiscard]] QString errorMessage(ErrorCode code);
[[nodiscard]] QString errorMessage(const QString &codeName, const QString &serverText = {});

} // namespace boli::client
