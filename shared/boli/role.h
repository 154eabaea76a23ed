// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace boli {

/// Who a user is to the market. Stored and sent by name; append new roles, never renumber.
enum class Role {
    Guest, ///< not logged in: browse only
    Farmer, ///< sells; logs in with phone + PIN
    Trader, ///< buys
    BusinessSeller, ///< sells as a firm; logs in with a password
    FieldAgent, ///< registers farmers and lists for them at a kiosk
    Admin, ///< moderates and configures the market
};

[[nodiscard]] QString roleName(Role role);
[[nodiscard]] std::optional<Role> roleFromName(const QString &name);
/// Farmers log in with a PIN; every other account with a password.
[[nodiscard]] bool roleUsesPin(Role role);

} // namespace boli
