// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/config.h"
#include "audit/auditlog.h"
#include "auth/accesstokens.h"
#include "auth/accountservice.h"
#include "auth/authservice.h"
#include "auth/loginthrottle.h"
#include "auth/passwordhasher.h"
#include "net/boliserver.h"
#include "net/connectionregistry.h"
#include "net/httpapi.h"
#include "net/opdispatcher.h"
#include "ops/accountops.h"
#include "ops/adminops.h"
#include "ops/sessionops.h"
#include "settings/settingsservice.h"
#include "storage/database.h"
#include "storage/sessionrepository.h"
#include "storage/userrepository.h"

namespace boli::server {

/// @brief Every long-lived object of a running server, declared in the order they depend on each
/// other so construction and destruction order are right by themselves.
struct ServerParts
{
    ServerParts(const Config &config, const Clock &clock, std::unique_ptr<Database> db, QByteArray tokenKey);

    std::unique_ptr<Database> database;
    AuditLog auditLog;
    UserRepository users;
    SessionRepository sessions;
    SettingsService settings;
    PasswordHasher hasher;
    AccessTokens tokens;
    LoginThrottle throttle;
    AuthService auth;
    AccountService accounts;
    ConnectionRegistry connections;
    OpDispatcher dispatcher;
    SessionOps sessionOps;
    AccountOps accountOps;
    AdminOps adminOps;
    HttpApi httpApi;
    BoliServer server;
};

} // namespace boli::server
