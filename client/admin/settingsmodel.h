// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "admin/incrementseditor.h"
#include "common/oprunner.h"

#include <QAbstractListModel>
#include <QCoroTask>
#include <QJsonObject>

namespace boli::protocol {
struct Event;
}

namespace boli::client {

class Language;
class ServerConnection;

/// @brief The market's settings and feature flags as the admin sees and changes them: one row per
/// setting with a typed editor kind, kept current by `settings.changed`.
///
/// Text the admin typed is parsed here (whole numbers, minute lists, rupee bands); whether a value
/// is allowed is the server's call, and a refusal comes back as a translated sentence on the row.
class SettingsModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(boli::client::IncrementsEditor *increments READ increments CONSTANT)

public:
    enum Roles {
        KeyRole = Qt::UserRole + 1,
        KindRole, ///< "flag", "seconds", "minutes", "increments", "durations" or "other"
        LabelRole,
        HintRole,
        ValueRole,
        ValueTextRole,
        ErrorRole, ///< the last refusal for this setting, translated; "" when none
    };
    Q_ENUM(Roles)

    SettingsModel(ServerConnection &connection, const Language &language, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] bool busy() const { return m_runner.busy(); }
    [[nodiscard]] QString error() const { return m_runner.error(); }
    [[nodiscard]] IncrementsEditor *increments() { return &m_increments; }
    [[nodiscard]] QJsonValue value(const QString &key) const { return m_values.value(key); }

    Q_INVOKABLE void refresh();
    Q_INVOKABLE void clear();
    Q_INVOKABLE void setFlag(const QString &key, bool on);
    /// A whole number typed by the admin (seconds or minutes).
    Q_INVOKABLE void setNumber(const QString &key, const QString &text);
    /// Minutes separated by commas or spaces: "15, 30, 60".
    Q_INVOKABLE void setDurations(const QString &key, const QString &text);
    /// Saves the bands being edited in `increments` as `bid_increments`.
    Q_INVOKABLE void saveIncrements();
    /// Sends any JSON value as is; the typed setters above end here.
    void setValue(const QString &key, const QJsonValue &value);

Q_SIGNALS:
    void busyChanged();
    void errorChanged();
    void countChanged();
    void refreshed();
    /// A save finished; `message` is translated (a confirmation or the reason it was refused).
    void saved(const QString &key, bool ok, const QString &message);

private:
    QCoro::Task<> load();
    QCoro::Task<> save(QString key, QJsonValue value);
    void adopt(const QJsonObject &values);
    void onEvent(const protocol::Event &event);
    void refuse(const QString &key, const QString &message);
    void setRowError(const QString &key, const QString &message);
    [[nodiscard]] int rowOf(const QString &key) const;
    [[nodiscard]] QString valueText(const QString &key) const;

    OpRunner m_runner;
    IncrementsEditor m_increments;
    QStringList m_keys;
    QJsonObject m_values;
    QHash<QString, QString> m_errors;
};

} // namespace boli::client
