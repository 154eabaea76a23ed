// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoroTask>
#include <QJsonArray>
#include <QObject>
#include <QVariantList>
#include <QVariantMap>

namespace boli::client {

class Language;
class ServerConnection;

/// @brief The crop catalog (`catalog.list`) as names in the current language, for delegates and
/// filter pickers: listings only carry a `crop_id`.
class CropCatalog : public QObject
{
    Q_OBJECT
    /// crop id (as a string key) → the crop's name in the current language.
    Q_PROPERTY(QVariantMap names READ names NOTIFY changed)
    /// [{id, name}] with a leading "all categories" entry of id 0, for a picker.
    Q_PROPERTY(QVariantList categories READ categories NOTIFY changed)
    Q_PROPERTY(bool ready READ ready NOTIFY changed)

public:
    CropCatalog(ServerConnection &connection, const Language &language, QObject *parent = nullptr);

    [[nodiscard]] QVariantMap names() const;
    [[nodiscard]] QVariantList categories() const;
    [[nodiscard]] bool ready() const { return !m_categories.isEmpty(); }

    /// The crop's name in the current language; empty for an unknown id.
    Q_INVOKABLE [[nodiscard]] QString cropName(qint64 cropId) const;
    /// [{id, name}] of the crops in `categoryId` (every crop for 0), with a leading "all crops"
    /// entry of id 0. Pass `categories` along from QML so the binding follows reloads.
    Q_INVOKABLE [[nodiscard]] QVariantList crops(qint64 categoryId) const;

    /// Asks the server again (also done on every reconnect).
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void changed();

private:
    QCoro::Task<> load();
    [[nodiscard]] QString nameOf(const QJsonObject &entry) const;

    ServerConnection &m_connection;
    const Language &m_language;
    QJsonArray m_categories;
};

} // namespace boli::client
