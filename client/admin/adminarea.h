// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace boli::client {

class ClientApp;

/// @brief Admin mode: moderation, users, settings and flags, the audit log, the market overview.
/// Exposed to QML as `App.admin`; owns this mode's models and typed actions.
class AdminArea : public QObject
{
    Q_OBJECT

public:
    explicit AdminArea(ClientApp &app, QObject *parent = nullptr);

private:
    ClientApp &m_app;
};

} // namespace boli::client
