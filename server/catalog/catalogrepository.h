// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"

#include <QJsonObject>
#include <QList>
#include <optional>

namespace boli::server {

/// @brief A group of crops (cereals, pulses, ...), as stored.
struct Category
{
    qint64 id = 0;
    QString code;
    QString nameEn;
    QString nameHi;
    qint64 sortOrder = 0;
    /// Minutes the farmer has to confirm a winning bid in this category; empty: the market setting.
    std::optional<qint64> sellerConfirmationMinutes;

    [[nodiscard]] QJsonObject toJson() const;
    friend bool operator==(const Category &, const Category &) = default;
};

/// @brief Something that can be sold, as stored.
struct Crop
{
    qint64 id = 0;
    qint64 categoryId = 0;
    QString code;
    QString nameEn;
    QString nameHi; ///< Devanagari
    QString unit = QStringLiteral("quintal"); ///< the unit prices are quoted in
    QString icon; ///< an icon id the clients map to an image
    bool active = true;

    [[nodiscard]] QJsonObject toJson() const;
    friend bool operator==(const Crop &, const Crop &) = default;
};

/// @brief The categories and crops tables.
class CatalogRepository
{
public:
    explicit CatalogRepository(const Database &database);

    /// By sort order, then code.
    [[nodiscard]] QList<Category> categories() const;
    [[nodiscard]] std::optional<Category> categoryById(qint64 id) const;
    /// True when another category than `exceptId` has the code.
    [[nodiscard]] bool categoryCodeTaken(const QString &code, qint64 exceptId = 0) const;
    qint64 insertCategory(const Category &category);
    void updateCategory(const Category &category);

    /// By English name; inactive ones only when asked.
    [[nodiscard]] QList<Crop> crops(bool includeInactive = false) const;
    [[nodiscard]] std::optional<Crop> cropById(qint64 id) const;
    [[nodiscard]] bool cropCodeTaken(const QString &code, qint64 exceptId = 0) const;
    qint64 insertCrop(const Crop &crop);
    void updateCrop(const Crop &crop);

private:
    const Database &m_database;
};

} // namespace boli::server
