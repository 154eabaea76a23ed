// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/kioskarea.h"

#include "app/clientapp.h"

namespace boli::client {

KioskArea::KioskArea(ClientApp &app, QObject *parent)
    : QObject(parent)
    , m_app(app)
{ }

} // namespace boli::client
