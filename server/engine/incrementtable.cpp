// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/incrementtable.h"

#include "settings/settingsregistry.h"

#include <QJsonArray>
#include <QJsonObject>

namespace boli::server {
namespace {
using namespace Qt::StringLiterals;
}

IncrementTable::IncrementTable(Paise flatStep)
    : m_bands {Band {0, flatStep}}
{ }

std::optional<IncrementTable> IncrementTable::fromJson(const QJsonValue &value)
{
    if (SettingsRegistry::validate(u"bid_increments"_s, value)) {
        return std::nullopt;
    }
    IncrementTable table;
    table.m_bands.clear();
    const QJsonArray bands = value.toArray();
    for (const QJsonValue &band : bands) {
        const QJsonObject object = band.toObject();
        table.m_bands.append(Band {object.value(u"from"_s).toInteger(), object.value(u"step"_s).toInteger()});
    }
    return table;
}

Paise IncrementTable::stepAt(Paise price) const
{
    Paise step = m_bands.first().step;
    for (const Band &band : m_bands) {
        if (price < band.from) {
            break;
        }
        step = band.step;
    }
    return step;
}

} // namespace boli::server
