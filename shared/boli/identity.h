// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace boli {

/// Indian mobile numbers in E.164: "98765 43210", "+91 98765-43210", "09876543210" → "+919876543210".
/// Empty when the text is not a 10-digit mobile number starting 6–9.
[[nodiscard]] std::optional<QString> normalizePhone(QStringView text);
/// Lower-cased, trimmed address with one '@' and a dot in the domain; empty otherwise.
[[nodiscard]] std::optional<QString> normalizeEmail(QStringView text);

} // namespace boli
