// SPDX-License-Identifier: GPL-3.0-or-later
#include "prices/commoditymap.h"

#include <QFile>

namespace boli::server {
namespace {
using namespace Qt::StringLiterals;

QString key(const QString &name)
{
    return name.simplified().toLower();
}

/// "Cotton (kapas)" → "Cotton": the catalog explains names in brackets the dataset never uses.
QString withoutBrackets(const QString &name)
{
    const qsizetype open = name.indexOf(u'(');
    return open < 0 ? name : name.left(open);
}
} // namespace

CommodityMap::CommodityMap(const QList<Crop> &crops, const QString &aliasText)
{
    QHash<QString, qint64> byCode;
    for (const Crop &crop : crops) {
        byCode.insert(crop.code, crop.id);
        // Names first, codes over them: "peas_dry" is unambiguous, a name may be shared.
        m_ids.insert(key(crop.nameEn), crop.id);
        m_ids.insert(key(withoutBrackets(crop.nameEn)), crop.id);
    }
    for (const Crop &crop : crops) {
        m_ids.insert(key(crop.code), crop.id);
    }
    // Explicit aliases win over everything guessed from names.
    const QStringList lines = aliasText.split(u'\n');
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(u'#')) {
            continue;
        }
        const QStringList parts = line.split(u'\t');
        if (parts.size() == 2 && byCode.contains(parts.at(0).trimmed())) {
            m_ids.insert(key(parts.at(1)), byCode.value(parts.at(0).trimmed()));
        }
    }
}

CommodityMap CommodityMap::fromCatalog(const CatalogRepository &catalog)
{
    QFile file(kAliasResource);
    const QString aliases = file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    return CommodityMap(catalog.crops(true), aliases);
}

std::optional<qint64> CommodityMap::cropIdFor(const QString &commodity) const
{
    const auto it = m_ids.constFind(key(commodity));
    return it == m_ids.cend() ? std::nullopt : std::optional(*it);
}

} // namespace boli::server
