// SPDX-License-Identifier: GPL-3.0-or-later
#include "boli/role.h"

#include <array>
#include <utility>

namespace boli {
namespace {
using namespace Qt::StringLiterals;

constexpr std::array kRoleNames {
    std::pair {Role::Guest, u"guest"},
    std::pair {Role::Farmer, u"farmer"},
    std::pair {Role::Trader, u"trader"},
    std::pair {Role::BusinessSeller, u"business_seller"},
    std::pair {Role::FieldAgent, u"field_agent"},
    std::pair {Role::Admin, u"admin"},
};
} // namespace

QString roleName(Role role)
{
    for (const auto &[value, name] : kRoleNames) {
        if (value == role) {
            return QString::fromUtf16(name);
        }
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<Role> roleFromName(const QString &name)
{
    for (const auto &[value, roleText] : kRoleNames) {
        if (name == QStringView(roleText)) {
            return value;
        }
    }
    return std::nullopt;
}

bool roleUsesPin(Role role)
{
    return role == Role::Farmer;
}

} // namespace boli
