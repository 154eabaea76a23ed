// SPDX-License-Identifier: GPL-3.0-or-later
#include "trader/traderarea.h"

#include "app/clientapp.h"

namespace boli::client {

TraderArea::TraderArea(ClientApp &app, QObject *parent)
    : QObject(parent)
    , m_app(app)
{ }

} // namespace boli::client
