// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/catalogrepository.h"

namespace boli::server {
namespace {
using namespace Qt::StringLiterals;

const QString kCategoryColumns = u"id, code, name_en, name_hi, sort_order, seller_confirmation_minutes"_s;
const QString kCropColumns = u"id, category_id, code, name_en, name_hi, unit, icon, active"_s;

Category readCategory(const SqlQuery &row)
{
    Category category {row.value(0).toLongLong(), row.value(1).toString(), row.value(2).toString(),
        row.value(3).toString(), row.value(4).toLongLong(), std::nullopt};
    if (!row.value(5).isNull()) {
        category.sellerConfirmationMinutes = row.value(5).toLongLong();
    }
    return category;
}

Crop readCrop(const SqlQuery &row)
{
    return Crop {row.value(0).toLongLong(), row.value(1).toLongLong(), row.value(2).toString(),
        row.value(3).toString(), row.value(4).toString(), row.value(5).toString(), row.value(6).toString(),
        row.value(7).toBool()};
}

bool codeTaken(const Database &database, const QString &table, const QString &code, qint64 exceptId)
{
    return SqlQuery(database, u"SELECT COUNT(*) FROM "_s + table + u" WHERE code = :code AND id <> :id"_s)
               .bind(u":code"_s, code)
               .bind(u":id"_s, exceptId)
               .scalar()
               .toLongLong()
        > 0;
}
} // namespace

QJsonObject Category::toJson() const
{
    return {
        {u"id"_s, id},
        {u"code"_s, code},
        {u"name_en"_s, nameEn},
        {u"name_hi"_s, nameHi},
        {u"sort_order"_s, sortOrder},
        {u"seller_confirmation_minutes"_s,
            sellerConfirmationMinutes ? QJsonValue(*sellerConfirmationMinutes)
                                      : QJsonValue(QJsonValue::Null)},
    };
}

QJsonObject Crop::toJson() const
{
    return {
        {u"id"_s, id},
        {u"category_id"_s, categoryId},
        {u"code"_s, code},
        {u"name_en"_s, nameEn},
        {u"name_hi"_s, nameHi},
        {u"unit"_s, unit},
        {u"icon"_s, icon},
        {u"active"_s, active},
    };
}

CatalogRepository::CatalogRepository(const Database &database)
    : m_database(database)
{ }

QList<Category> CatalogRepository::categories() const
{
    SqlQuery query(
        m_database, u"SELECT "_s + kCategoryColumns + u" FROM categories ORDER BY sort_order, code"_s);
    query.exec();
    QList<Category> result;
    while (query.next()) {
        result.append(readCategory(query));
    }
    return result;
}

std::optional<Category> CatalogRepository::categoryById(qint64 id) const
{
    SqlQuery query(m_database, u"SELECT "_s + kCategoryColumns + u" FROM categories WHERE id = :id"_s);
    query.bind(u":id"_s, id).exec();
    if (!query.next()) {
        return std::nullopt;
    }
    return readCategory(query);
}

bool CatalogRepository::categoryCodeTaken(const QString &code, qint64 exceptId) const
{
    return codeTaken(m_database, u"categories"_s, code, exceptId);
}

qint64 CatalogRepository::insertCategory(const Category &category)
{
    return SqlQuery(m_database,
        u"INSERT INTO categories (code, name_en, name_hi, sort_order, seller_confirmation_minutes) "
        "VALUES (:code, :en, :hi, :sort, :confirm) RETURNING id"_s)
        .bind(u":code"_s, category.code)
        .bind(u":en"_s, category.nameEn)
        .bind(u":hi"_s, category.nameHi)
        .bind(u":sort"_s, category.sortOrder)
        .bindOptional(u":confirm"_s, category.sellerConfirmationMinutes)
        .scalar()
        .toLongLong();
}

void CatalogRepository::updateCategory(const Category &category)
{
    SqlQuery(m_database,
        u"UPDATE categories SET code = :code, name_en = :en, name_hi = :hi, sort_order = :sort, "
        "seller_confirmation_minutes = :confirm WHERE id = :id"_s)
        .bind(u":code"_s, category.code)
        .bind(u":en"_s, category.nameEn)
        .bind(u":hi"_s, category.nameHi)
        .bind(u":sort"_s, category.sortOrder)
        .bindOptional(u":confirm"_s, category.sellerConfirmationMinutes)
        .bind(u":id"_s, category.id)
        .exec();
}

QList<Crop> CatalogRepository::crops(bool includeInactive) const
{
    SqlQuery query(m_database,
        u"SELECT "_s + kCropColumns + u" FROM crops"_s + (includeInactive ? QString() : u" WHERE active"_s)
            + u" ORDER BY name_en, code"_s);
    query.exec();
    QList<Crop> result;
    while (query.next()) {
        result.append(readCrop(query));
    }
    return result;
}

std::optional<Crop> CatalogRepository::cropById(qint64 id) const
{
    SqlQuery query(m_database, u"SELECT "_s + kCropColumns + u" FROM crops WHERE id = :id"_s);
    query.bind(u":id"_s, id).exec();
    if (!query.next()) {
        return std::nullopt;
    }
    return readCrop(query);
}

bool CatalogRepository::cropCodeTaken(const QString &code, qint64 exceptId) const
{
    return codeTaken(m_database, u"crops"_s, code, exceptId);
}

qint64 CatalogRepository::insertCrop(const Crop &crop)
{
    return SqlQuery(m_database,
        u"INSERT INTO crops (category_id, code, name_en, name_hi, unit, icon, active) "
        "VALUES (:category, :code, :en, :hi, :unit, :icon, :active) RETURNING id"_s)
        .bind(u":category"_s, crop.categoryId)
        .bind(u":code"_s, crop.code)
        .bind(u":en"_s, crop.nameEn)
        .bind(u":hi"_s, crop.nameHi)
        .bind(u":unit"_s, crop.unit)
        .bind(u":icon"_s, crop.icon)
        .bind(u":active"_s, crop.active)
        .scalar()
        .toLongLong();
}

void CatalogRepository::updateCrop(const Crop &crop)
{
    SqlQuery(m_database,
        u"UPDATE crops SET category_id = :category, code = :code, name_en = :en, name_hi = :hi, "
        "unit = :unit, icon = :icon, active = :active WHERE id = :id"_s)
        .bind(u":category"_s, crop.categoryId)
        .bind(u":code"_s, crop.code)
        .bind(u":en"_s, crop.nameEn)
        .bind(u":hi"_s, crop.nameHi)
        .bind(u":unit"_s, crop.unit)
        .bind(u":icon"_s, crop.icon)
        .bind(u":active"_s, crop.active)
        .bind(u":id"_s, crop.id)
        .exec();
}

} // namespace boli::server
