// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QCoroTask>
#include <QJsonObject>
#include <QList>
#include <QVariantList>

namespace boli::client {

class Language;
class ServerConnection;

/// @brief The crop catalog (`catalog.list`) as one flat list for the kiosk's crop grid, named in
/// the current language, optionally narrowed to one category.
class CropsModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(qint64 categoryId READ categoryId WRITE setCategoryId NOTIFY categoryIdChanged)
    Q_PROPERTY(QVariantList categories READ categories NOTIFY categoriesChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Roles {
        CropIdRole = Qt::UserRole + 1,
        CodeRole,
        NameRole, ///< in the current language
        OtherNameRole, ///< in the other language, shown smaller
        InitialRole, ///< the first letter of NameRole, for the tile
        CategoryIdRole,
        CategoryIndexRole, ///< the category's position in the catalog, picks the tile colour
        UnitRole,
    };
    Q_ENUM(Roles)

    CropsModel(ServerConnection &connection, const Language &language, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] qint64 categoryId() const { return m_categoryId; }
    void setCategoryId(qint64 categoryId);
    /// Each category as {id, name} in the current language, in catalog order.
    [[nodiscard]] QVariantList categories() const;
    [[nodiscard]] bool loading() const { return m_loading; }
    [[nodiscard]] QString error() const { return m_error; }

    /// Asks the server for the catalog.
    Q_INVOKABLE void refresh();
    /// The crop's name in the current language; empty for an unknown id.
    Q_INVOKABLE [[nodiscard]] QString nameOf(qint64 cropId) const;
    /// Forgets the catalog (kiosk reset).
    void clear();

Q_SIGNALS:
    void categoryIdChanged();
    void categoriesChanged();
    void loadingChanged();
    void errorChanged();
    void countChanged();
    void refreshed();

private:
    struct Crop
    {
        QJsonObject json;
        int categoryIndex = 0;
    };

    QCoro::Task<> load();
    void rebuild();
    [[nodiscard]] bool hindi() const;
    [[nodiscard]] QString nameIn(const QJsonObject &json, bool hindi) const;

    ServerConnection &m_connection;
    const Language &m_language;
    QList<QJsonObject> m_categories;
    QList<Crop> m_all;
    QList<int> m_visible; ///< indexes into m_all that pass the filter
    qint64 m_categoryId = 0;
    bool m_loading = false;
    QString m_error;
};

} // namespace boli::client
