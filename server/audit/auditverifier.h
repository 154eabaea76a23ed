// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"

#include <optional>

namespace boli::server {

/// @brief What a walk along the audit chain found.
struct AuditVerification
{
    qint64 checked = 0; ///< records read before stopping
    std::optional<qint64> brokenId; ///< the first record that does not fit the chain
    QString reason;

    [[nodiscard]] bool intact() const { return !brokenId.has_value(); }
    /// One line for a console: "audit log intact: 42 records" or what broke where.
    [[nodiscard]] QString summary() const;
};

/// @brief Walks the audit log from the first record and names the first one that breaks the chain.
class AuditVerifier
{
public:
    explicit AuditVerifier(const Database &database);
    [[nodiscard]] AuditVerification verify() const;

private:
    const Database &m_database;
};

} // namespace boli::server
