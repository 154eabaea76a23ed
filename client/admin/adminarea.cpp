// SPDX-License-Identifier: GPL-3.0-or-later
#include "admin/adminarea.h"

#include "app/clientapp.h"

namespace boli::client {

AdminArea::AdminArea(ClientApp &app, QObject *parent)
    : QObject(parent)
    , m_app(app)
{ }

} // namespace boli::client
