// SPDX-License-Identifier: GPL-3.0-or-later
#include "boli/clock.h"

#include <QDateTime>

namespace boli {

qint64 SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace boli
