// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalogrepository.h"

#include <QHash>
#include <optional>

namespace boli::server {

/// @brief Which catalog crop a dataset commodity name is (docs/market-prices.md, "Mapping").
///
/// Built from the alias file (`resources/prices/commodities.tsv`, embedded as
/// `:/boli/prices/commodities.tsv`) and the crops as they are now; an admin's new crop matches by its
/// code or English name without any code change.
class CommodityMap
{
public:
    static inline const QString kAliasResource = QStringLiteral(":/boli/prices/commodities.tsv");

    /// `aliasText`: lines "crop_code<TAB>Commodity name"; '#' lines are comments. Aliases naming an
    /// unknown crop code are ignored.
    CommodityMap(const QList<Crop> &crops, const QString &aliasText);
    /// The catalog's crops (inactive too: prices stay useful) and the shipped alias file.
    [[nodiscard]] static CommodityMap fromCatalog(const CatalogRepository &catalog);

    [[nodiscard]] std::optional<qint64> cropIdFor(const QString &commodity) const;
    [[nodiscard]] qsizetype size() const { return m_ids.size(); }

private:
    QHash<QString, qint64> m_ids; ///< matching key → crop id
};

} // namespace boli::server
