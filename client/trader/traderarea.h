// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace boli::client {

class ClientApp;

/// @brief Trader desktop mode: watchlist, bidding, my bids, won lots, notifications.
/// Exposed to QML as `App.trader`; owns this mode's models and typed actions.
class TraderArea : public QObject
{
    Q_OBJECT

public:
    explicit TraderArea(ClientApp &app, QObject *parent = nullptr);

private:
    ClientApp &m_app;
};

} // namespace boli::client
