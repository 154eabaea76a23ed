// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/cropsmodel.h"

#include "app/language.h"
#include "common/oprunner.h"
#include "net/serverconnection.h"

#include <QJsonArray>
#include <QTextBoundaryFinder>

namespace boli::client {
using namespace Qt::StringLiterals;

namespace {
/// The first grapheme: a Devanagari letter with its vowel sign stays whole ("गे", not "ग").
QString firstGrapheme(const QString &text)
{
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    const qsizetype end = finder.toNextBoundary();
    return end > 0 ? text.left(end).toUpper() : QString();
}
} // namespace

CropsModel::CropsModel(ServerConnection &connection, const Language &language, QObject *parent)
    : QAbstractListModel(parent)
    , m_connection(connection)
    , m_language(language)
{
    connect(&m_language, &Language::changed, this, [this] {
        if (!m_visible.isEmpty()) {
            Q_EMIT dataChanged(index(0), index(int(m_visible.size()) - 1));
        }
        Q_EMIT categoriesChanged();
    });
}

int CropsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

QVariant CropsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Crop &crop = m_all.at(m_visible.at(index.row()));
    switch (role) {
    case CropIdRole:
        return crop.json.value(u"id"_s).toInteger();
    case CodeRole:
        return crop.json.value(u"code"_s).toString();
    case NameRole:
        return nameIn(crop.json, hindi());
    case OtherNameRole:
        return nameIn(crop.json, !hindi());
    case InitialRole:
        return firstGrapheme(nameIn(crop.json, hindi()));
    case CategoryIdRole:
        return crop.json.value(u"category_id"_s).toInteger();
    case CategoryIndexRole:
        return crop.categoryIndex;
    case UnitRole:
        return crop.json.value(u"unit"_s).toString();
    default:
        return {};
    }
}

QHash<int, QByteArray> CropsModel::roleNames() const
{
    return {{CropIdRole, "cropId"}, {CodeRole, "code"}, {NameRole, "name"}, {OtherNameRole, "otherName"},
        {InitialRole, "initial"}, {CategoryIdRole, "categoryId"}, {CategoryIndexRole, "categoryIndex"},
        {UnitRole, "unit"}};
}

void CropsModel::setCategoryId(qint64 categoryId)
{
    if (categoryId != m_categoryId) {
        m_categoryId = categoryId;
        Q_EMIT categoryIdChanged();
        rebuild();
    }
}

QVariantList CropsModel::categories() const
{
    QVariantList list;
    for (const QJsonObject &category : m_categories) {
        list.append(QVariantMap {
            {u"id"_s, category.value(u"id"_s).toInteger()}, {u"name"_s, nameIn(category, hindi())}});
    }
    return list;
}

void CropsModel::refresh()
{
    load();
}

QString CropsModel::nameOf(qint64 cropId) const
{
    for (const Crop &crop : m_all) {
        if (crop.json.value(u"id"_s).toInteger() == cropId) {
            return nameIn(crop.json, hindi());
        }
    }
    return {};
}

void CropsModel::clear()
{
    m_categories.clear();
    m_all.clear();
    m_categoryId = 0;
    rebuild();
    Q_EMIT categoriesChanged();
    Q_EMIT categoryIdChanged();
}

QCoro::Task<> CropsModel::load()
{
    m_loading = true;
    Q_EMIT loadingChanged();
    auto asking = m_connection.request(u"catalog.list"_s);
    const protocol::Reply reply = co_await asking;
    m_loading = false;
    Q_EMIT loadingChanged();
    m_error = OpRunner::messageFor(reply);
    Q_EMIT errorChanged();
    if (reply.ok()) {
        m_categories.clear();
        m_all.clear();
        const QJsonArray categories = reply.fields.value(u"categories"_s).toArray();
        for (const QJsonValue &value : categories) {
            const QJsonObject category = value.toObject();
            const int position = int(m_categories.size());
            m_categories.append(category);
            for (const QJsonValue &crop : category.value(u"crops"_s).toArray()) {
                m_all.append({crop.toObject(), position});
            }
        }
        rebuild();
        Q_EMIT categoriesChanged();
    }
    Q_EMIT refreshed();
}

void CropsModel::rebuild()
{
    beginResetModel();
    m_visible.clear();
    for (int i = 0; i < m_all.size(); ++i) {
        if (m_categoryId <= 0 || m_all.at(i).json.value(u"category_id"_s).toInteger() == m_categoryId) {
            m_visible.append(i);
        }
    }
    endResetModel();
    Q_EMIT countChanged();
}

bool CropsModel::hindi() const
{
    return m_language.code() == u"hi"_s;
}

QString CropsModel::nameIn(const QJsonObject &json, bool hindi) const
{
    const QString name = json.value(hindi ? u"name_hi"_s : u"name_en"_s).toString();
    return name.isEmpty() ? json.value(u"name_en"_s).toString() : name;
}

} // namespace boli::client
