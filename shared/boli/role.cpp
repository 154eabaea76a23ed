// SPDX-License-Identifier: GPL-3.0-or-later
#include "boli/role.h"

#include "boli/enumnames.h"

namespace boli {
namespace {

constexpr EnumNames kRoleNames {std::array {
    std::pair {Role::Guest, u"guest"},
    std::pair {Role::Farmer, u"farmer"},
    std::pair {Role::Trader, u"trader"},
    std::pair {Role::BusinessSeller, u"business_seller"},
    std::pair {Role::FieldAgent, u"field_agent"},
    std::pair {Role::Admin, u"admin"},
}};
} // namespace

QString roleName(Role role)
{
    return kRoleNames.name(role);
}

std::optional<Role> roleFromName(const QString &name)
{
    return kRoleNames.fromName(name);
}

bool roleUsesPin(Role role)
{
    return role == Role::Farmer;
}

} // namespace boli
