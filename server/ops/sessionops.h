// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/opdispatcher.h"

namespace boli::server {

class AuthService;
class SettingsService;

/// @brief The ops that open, prove and end a session: hello, login, authenticate, refresh, logout.
class SessionOps
{
public:
    SessionOps(AuthService &auth, const SettingsService &settings);
    void registerOps(OpDispatcher &dispatcher);

    QCoro::Task<OpResult> hello(Caller caller, QJsonObject fields);
    QCoro::Task<OpResult> login(Caller caller, QJsonObject fields);
    QCoro::Task<OpResult> authenticate(Caller caller, QJsonObject fields);
    QCoro::Task<OpResult> refresh(Caller caller, QJsonObject fields);
    QCoro::Task<OpResult> logout(Caller caller, QJsonObject fields);

private:
    AuthService &m_auth;
    const SettingsService &m_settings;
};

} // namespace boli::server
