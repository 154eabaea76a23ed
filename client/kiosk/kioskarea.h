// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace boli::client {

class ClientApp;

/// @brief Kiosk mode: farmers list produce, follow their lots and accept bids; idle sessions end.
/// Exposed to QML as `App.kiosk`; owns this mode's models and typed actions.
class KioskArea : public QObject
{
    Q_OBJECT

public:
    explicit KioskArea(ClientApp &app, QObject *parent = nullptr);

private:
    ClientApp &m_app;
};

} // namespace boli::client
