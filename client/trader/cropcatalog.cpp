// SPDX-License-Identifier: GPL-3.0-or-later
#include "trader/cropcatalog.h"

#include "app/language.h"
#include "net/serverconnection.h"

namespace boli::client {
using namespace Qt::StringLiterals;

CropCatalog::CropCatalog(ServerConnection &connection, const Language &language, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_language(language)
{
    connect(&m_connection, &ServerConnection::online, this, &CropCatalog::refresh);
    connect(&language, &Language::changed, this, &CropCatalog::changed);
}

void CropCatalog::refresh()
{
    load();
}

QCoro::Task<> CropCatalog::load()
{
    auto asking = m_connection.request(u"catalog.list"_s);
    const protocol::Reply reply = co_await asking;
    if (reply.ok()) {
        m_categories = reply.fields.value(u"categories"_s).toArray();
        Q_EMIT changed();
    }
}

QString CropCatalog::nameOf(const QJsonObject &entry) const
{
    const QString hindi = entry.value(u"name_hi"_s).toString();
    return m_language.code() == u"hi"_s && !hindi.isEmpty() ? hindi : entry.value(u"name_en"_s).toString();
}

QVariantMap CropCatalog::names() const
{
    QVariantMap names;
    for (const QJsonValue &category : m_categories) {
        for (const QJsonValue &crop : category.toObject().value(u"crops"_s).toArray()) {
            names.insert(
                QString::number(crop.toObject().value(u"id"_s).toInteger()), nameOf(crop.toObject()));
        }
    }
    return names;
}

QString CropCatalog::cropName(qint64 cropId) const
{
    for (const QJsonValue &category : m_categories) {
        for (const QJsonValue &crop : category.toObject().value(u"crops"_s).toArray()) {
            if (crop.toObject().value(u"id"_s).toInteger() == cropId) {
                return nameOf(crop.toObject());
            }
        }
    }
    return {};
}

QVariantList CropCatalog::categories() const
{
    QVariantList list {QVariantMap {{u"id"_s, 0}, {u"name"_s, tr("All categories")}}};
    for (const QJsonValue &value : m_categories) {
        const QJsonObject category = value.toObject();
        list.append(
            QVariantMap {{u"id"_s, category.value(u"id"_s).toInteger()}, {u"name"_s, nameOf(category)}});
    }
    return list;
}

QVariantList CropCatalog::crops(qint64 categoryId) const
{
    QVariantList list {QVariantMap {{u"id"_s, 0}, {u"name"_s, tr("All crops")}}};
    for (const QJsonValue &value : m_categories) {
        const QJsonObject category = value.toObject();
        if (categoryId > 0 && category.value(u"id"_s).toInteger() != categoryId) {
            continue;
        }
        for (const QJsonValue &crop : category.value(u"crops"_s).toArray()) {
            list.append(QVariantMap {
                {u"id"_s, crop.toObject().value(u"id"_s).toInteger()}, {u"name"_s, nameOf(crop.toObject())}});
        }
    }
    return list;
}

} // namespace boli::client
