// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/auditlog.h"
#include "boli/role.h"

#include <QPointer>
#include <optional>

namespace boli::server {

class ClientConnection;

/// @brief The logged-in part of a connection: which account, which session, what it may do.
struct SessionInfo
{
    qint64 userId = 0;
    Role role = Role::Guest;
    qint64 sessionId = 0;
    QString scope;
};

/// @brief Who sent a request, copied into the op so it stays valid while the op awaits.
struct Caller
{
    QPointer<ClientConnection> connection; ///< null once the socket is gone
    std::optional<SessionInfo> session; ///< empty for a guest
    QString deviceId;
    QString ip;

    [[nodiscard]] Role role() const { return session ? session->role : Role::Guest; }
    [[nodiscard]] std::optional<qint64> userId() const;
    [[nodiscard]] AuditActor actor() const;
};

} // namespace boli::server
