// SPDX-License-Identifier: GPL-3.0-or-later
#include "ops/catalogops.h"

#include "audit/auditlog.h"
#include "boli/fieldreader.h"
#include "catalog/catalogrepository.h"
#include "storage/database.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <algorithm>

namespace boli::server {
namespace {
using namespace Qt::StringLiterals;

const QStringList kUnits {u"quintal"_s, u"kg"_s, u"tonne"_s};
constexpr qint64 kMaxSortOrder = 1'000'000;
// The same bound as the market-wide seller_confirmation_minutes setting.
constexpr qint64 kMaxConfirmationMinutes = 1'440;

/// Codes and icon ids: lower-case ASCII, stable, safe in file names and URLs.
bool isCode(const QString &text)
{
    // Anchored for real: "$" alone would also accept a trailing newline.
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(u"[a-z][a-z0-9_]{1,39}"_s));
    return pattern.match(text).hasMatch();
}

bool hasDevanagari(const QString &text)
{
    return std::any_of(
        text.begin(), text.end(), [](QChar c) { return c.unicode() >= 0x0900 && c.unicode() <= 0x097F; });
}

/// A code field; empty when absent (optional) or unreadable.
std::optional<QString> readCode(FieldReader &reader, const QString &key, bool required)
{
    const auto code = required ? std::optional<QString>(reader.string(key)) : reader.optionalString(key);
    if (reader.ok() && code && !isCode(*code)) {
        reader.invalid(key, u"must be 2 to 40 of a-z, 0-9 and _, starting with a letter"_s);
    }
    return code;
}

/// A display name: trimmed, 1 to kMaxNameLength characters; Hindi names must be written in Devanagari.
QString readName(FieldReader &reader, const QString &key, bool devanagari)
{
    const QString name = reader.string(key).trimmed();
    if (!reader.ok()) {
        return name;
    }
    if (name.isEmpty() || name.size() > CatalogOps::kMaxNameLength) {
        reader.invalid(key, u"must be 1 to %1 characters"_s.arg(CatalogOps::kMaxNameLength));
    } else if (devanagari && !hasDevanagari(name)) {
        reader.invalid(key, u"must be written in Devanagari"_s);
    }
    return name;
}

QString target(const QString &kind, qint64 id)
{
    return kind + u':' + QString::number(id);
}

Error notFound(const QString &kind, qint64 id)
{
    return Error::of(ErrorCode::NotFound, u"there is no %1 %2"_s.arg(kind).arg(id));
}

Error codeTaken(const QString &kind, const QString &code)
{
    return Error::of(ErrorCode::AlreadyExists, u"another %1 has the code '%2'"_s.arg(kind, code));
}
} // namespace

CatalogOps::CatalogOps(const Database &database, CatalogRepository &catalog, AuditLog &auditLog)
    : m_database(database)
    , m_catalog(catalog)
    , m_auditLog(auditLog)
{ }

void CatalogOps::registerOps(OpDispatcher &dispatcher)
{
    dispatcher.add(u"catalog.list"_s, roles::anyone, this, &CatalogOps::list);
    dispatcher.add(u"admin.catalog.save_category"_s, roles::admin, this, &CatalogOps::saveCategory);
    dispatcher.add(u"admin.catalog.save_crop"_s, roles::admin, this, &CatalogOps::saveCrop);
}

QCoro::Task<OpResult> CatalogOps::list(Caller caller, QJsonObject fields)
{
    FieldReader reader(fields);
    const bool includeInactive = reader.optionalBoolean(u"include_inactive"_s).value_or(false);
    if (!reader.ok()) {
        co_return *reader.error();
    }
    if (includeInactive && caller.role() != Role::Admin) {
        co_return Error::of(ErrorCode::Forbidden, u"only admins see inactive crops"_s);
    }
    QHash<qint64, QJsonArray> cropsByCategory;
    for (const Crop &crop : m_catalog.crops(includeInactive)) {
        cropsByCategory[crop.categoryId].append(crop.toJson());
    }
    QJsonArray categories;
    for (const Category &category : m_catalog.categories()) {
        QJsonObject json = category.toJson();
        json.insert(u"crops"_s, cropsByCategory.value(category.id));
        categories.append(json);
    }
    co_return QJsonObject {{u"categories"_s, categories}};
}

QCoro::Task<OpResult> CatalogOps::saveCategory(Caller caller, QJsonObject fields)
{
    FieldReader reader(fields);
    // "id" is the envelope's key: the category to change is named by category_id.
    const std::optional<qint64> id = reader.optionalInteger(u"category_id"_s);
    Category category;
    category.code = readCode(reader, u"code"_s, true).value_or(QString());
    category.nameEn = readName(reader, u"name_en"_s, false);
    category.nameHi = readName(reader, u"name_hi"_s, true);
    const std::optional<qint64> sortOrder = reader.optionalInteger(u"sort_order"_s);
    if (sortOrder && (*sortOrder < 0 || *sortOrder > kMaxSortOrder)) {
        reader.invalid(u"sort_order"_s, u"must be between 0 and %1"_s.arg(kMaxSortOrder));
    }
    // Present with a number: this category's own window; present as null: back to the market's.
    const bool confirmationGiven = fields.contains(u"seller_confirmation_minutes"_s);
    const std::optional<qint64> confirmation = reader.optionalInteger(u"seller_confirmation_minutes"_s);
    if (confirmation && (*confirmation < 0 || *confirmation > kMaxConfirmationMinutes)) {
        reader.invalid(
            u"seller_confirmation_minutes"_s, u"must be between 0 and %1"_s.arg(kMaxConfirmationMinutes));
    }
    if (!reader.ok()) {
        co_return *reader.error();
    }

    Transaction transaction(m_database);
    std::optional<Category> before;
    if (id) {
        before = m_catalog.categoryById(*id);
        if (!before) {
            co_return notFound(u"category"_s, *id);
        }
        category.id = *id;
        category.sortOrder = sortOrder.value_or(before->sortOrder);
        category.sellerConfirmationMinutes =
            confirmationGiven ? confirmation : before->sellerConfirmationMinutes;
    } else {
        // New categories go last unless told otherwise.
        qint64 last = 0;
        for (const Category &existing : m_catalog.categories()) {
            last = std::max(last, existing.sortOrder);
        }
        category.sortOrder = sortOrder.value_or(std::min(last + 10, kMaxSortOrder));
        category.sellerConfirmationMinutes = confirmation;
    }
    if (m_catalog.categoryCodeTaken(category.code, category.id)) {
        co_return codeTaken(u"category"_s, category.code);
    }
    if (before && *before == category) {
        co_return QJsonObject {{u"category"_s, category.toJson()}};
    }
    if (before) {
        m_catalog.updateCategory(category);
    } else {
        category.id = m_catalog.insertCategory(category);
    }
    m_auditLog.append(caller.actor(), u"admin.catalog.save_category"_s, target(u"category"_s, category.id),
        before ? before->toJson() : QJsonObject(), category.toJson());
    transaction.commit();
    co_return QJsonObject {{u"category"_s, category.toJson()}};
}

QCoro::Task<OpResult> CatalogOps::saveCrop(Caller caller, QJsonObject fields)
{
    FieldReader reader(fields);
    const std::optional<qint64> id = reader.optionalInteger(u"crop_id"_s);
    Crop crop;
    crop.categoryId = reader.integer(u"category_id"_s);
    crop.code = readCode(reader, u"code"_s, true).value_or(QString());
    crop.nameEn = readName(reader, u"name_en"_s, false);
    crop.nameHi = readName(reader, u"name_hi"_s, true);
    const std::optional<QString> unit = reader.optionalString(u"unit"_s);
    if (reader.ok() && unit && !kUnits.contains(*unit)) {
        reader.invalid(u"unit"_s, u"must be one of "_s + kUnits.join(u", "_s));
    }
    const std::optional<QString> icon = readCode(reader, u"icon"_s, false);
    const std::optional<bool> active = reader.optionalBoolean(u"active"_s);
    if (!reader.ok()) {
        co_return *reader.error();
    }

    Transaction transaction(m_database);
    std::optional<Crop> before;
    if (id) {
        before = m_catalog.cropById(*id);
        if (!before) {
            co_return notFound(u"crop"_s, *id);
        }
        crop.id = *id;
    }
    // Absent optional fields keep the stored value on update and take the default on create.
    crop.unit = unit.value_or(before ? before->unit : u"quintal"_s);
    crop.icon = icon.value_or(before ? before->icon : crop.code);
    crop.active = active.value_or(before ? before->active : true);
    if (!m_catalog.categoryById(crop.categoryId)) {
        co_return notFound(u"category"_s, crop.categoryId);
    }
    if (m_catalog.cropCodeTaken(crop.code, crop.id)) {
        co_return codeTaken(u"crop"_s, crop.code);
    }
    if (before && *before == crop) {
        co_return QJsonObject {{u"crop"_s, crop.toJson()}};
    }
    if (before) {
        m_catalog.updateCrop(crop);
    } else {
        crop.id = m_catalog.insertCrop(crop);
    }
    m_auditLog.append(caller.actor(), u"admin.catalog.save_crop"_s, target(u"crop"_s, crop.id),
        before ? before->toJson() : QJsonObject(), crop.toJson());
    transaction.commit();
    co_return QJsonObject {{u"crop"_s, crop.toJson()}};
}

} // namespace boli::server
