// SPDX-License-Identifier: GPL-3.0-or-later
#include "admin/settingsmodel.h"

#include "admin/settingcatalog.h"
#include "app/language.h"
#include "boli/money.h"
#include "net/serverconnection.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace boli::client {
using namespace Qt::StringLiterals;

namespace {

const QString kIncrements = u"bid_increments"_s;
} // namespace

SettingsModel::SettingsModel(ServerConnection &connection, const Language &language, QObject *parent)
    : QAbstractListModel(parent)
    , m_runner(connection)
{
    connect(&m_runner, &OpRunner::busyChanged, this, &SettingsModel::busyChanged);
    connect(&m_runner, &OpRunner::errorChanged, this, &SettingsModel::errorChanged);
    connect(&connection, &ServerConnection::eventReceived, this, &SettingsModel::onEvent);
    // Labels and hints are translated when read: a language switch only needs the views to read again.
    connect(&language, &Language::changed, this, [this] {
        if (!m_keys.isEmpty()) {
            Q_EMIT dataChanged(index(0), index(int(m_keys.size()) - 1));
        }
    });
}

int SettingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

QVariant SettingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const QString &key = m_keys.at(index.row());
    const SettingInfo info = SettingCatalog::find(key);
    switch (role) {
    case KeyRole:
        return key;
    case KindRole:
        return info.kindName();
    case LabelRole:
        return info.translatedLabel();
    case HintRole:
        return info.translatedHint();
    case ValueRole:
        return m_values.value(key).toVariant();
    case ValueTextRole:
        return valueText(key);
    case ErrorRole:
        return m_errors.value(key);
    default:
        return {};
    }
}

QHash<int, QByteArray> SettingsModel::roleNames() const
{
    return {{KeyRole, "key"}, {KindRole, "kind"}, {LabelRole, "label"}, {HintRole, "hint"},
        {ValueRole, "value"}, {ValueTextRole, "valueText"}, {ErrorRole, "error"}};
}

QString SettingsModel::valueText(const QString &key) const
{
    const QJsonValue value = m_values.value(key);
    QStringList parts;
    switch (SettingCatalog::find(key).kind) {
    case SettingInfo::Kind::Seconds:
    case SettingInfo::Kind::Minutes:
        return QString::number(value.toInteger());
    case SettingInfo::Kind::Durations:
        for (const QJsonValue &minutes : value.toArray()) {
            parts << QString::number(minutes.toInteger());
        }
        return parts.join(u", "_s);
    case SettingInfo::Kind::Increments:
        for (const QJsonValue &band : value.toArray()) {
            parts << QCoreApplication::translate("SettingsModel", "from %1: +%2")
                         .arg(formatRupees(band[u"from"_s].toInteger()),
                             formatRupees(band[u"step"_s].toInteger()));
        }
        return parts.join(u" · "_s);
    case SettingInfo::Kind::Flag:
        return value.toBool() ? QCoreApplication::translate("SettingsModel", "On")
                              : QCoreApplication::translate("SettingsModel", "Off");
    case SettingInfo::Kind::Other:
        break;
    }
    return QString::fromUtf8(QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

void SettingsModel::refresh()
{
    load();
}

void SettingsModel::clear()
{
    beginResetModel();
    m_keys.clear();
    m_values = {};
    m_errors.clear();
    endResetModel();
    Q_EMIT countChanged();
}

QCoro::Task<> SettingsModel::load()
{
    auto asking = m_runner.run(u"settings.get"_s);
    const protocol::Reply reply = co_await asking;
    if (reply.ok()) {
        adopt(reply.fields.value(u"settings"_s).toObject());
    }
    Q_EMIT refreshed();
}

void SettingsModel::adopt(const QJsonObject &values)
{
    // Known settings in the catalog's order, then any the client has no editor for.
    QStringList keys;
    for (const SettingInfo &info : SettingCatalog::known()) {
        if (values.contains(info.key)) {
            keys << info.key;
        }
    }
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (!keys.contains(it.key())) {
            keys << it.key();
        }
    }
    const bool incrementsChanged = values.value(kIncrements) != m_values.value(kIncrements);
    if (keys != m_keys) {
        beginResetModel();
        m_keys = keys;
        m_values = values;
        endResetModel();
        Q_EMIT countChanged();
    } else {
        m_values = values;
        if (!m_keys.isEmpty()) {
            Q_EMIT dataChanged(index(0), index(int(m_keys.size()) - 1));
        }
    }
    if (incrementsChanged) {
        m_increments.load(values.value(kIncrements).toArray());
    }
}

void SettingsModel::onEvent(const protocol::Event &event)
{
    if (event.name != u"settings.changed"_s || m_keys.isEmpty()) {
        return;
    }
    QJsonObject values = m_values;
    values.insert(event.fields.value(u"key"_s).toString(), event.fields.value(u"value"_s));
    adopt(values);
}

void SettingsModel::setFlag(const QString &key, bool on)
{
    setValue(key, on);
}

void SettingsModel::setNumber(const QString &key, const QString &text)
{
    bool ok = false;
    const qint64 number = text.trimmed().toLongLong(&ok);
    if (!ok) {
        refuse(key, QCoreApplication::translate("SettingsModel", "Type a whole number, like 30."));
        return;
    }
    setValue(key, number);
}

void SettingsModel::setDurations(const QString &key, const QString &text)
{
    static const QRegularExpression separators(u"[,\\s]+"_s);
    QJsonArray minutes;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 number = part.toLongLong(&ok);
        if (!ok) {
            refuse(key,
                QCoreApplication::translate(
                    "SettingsModel", "Type whole minutes separated by commas, like 15, 30, 60."));
            return;
        }
        minutes.append(number);
    }
    setValue(key, minutes);
}

void SettingsModel::saveIncrements()
{
    QString why;
    const auto bands = m_increments.bands(&why);
    if (!bands) {
        refuse(kIncrements, why);
        return;
    }
    setValue(kIncrements, *bands);
}

void SettingsModel::setValue(const QString &key, const QJsonValue &value)
{
    save(key, value);
}

QCoro::Task<> SettingsModel::save(QString key, QJsonValue value)
{
    QJsonObject fields {{u"key"_s, key}, {u"value"_s, value}};
    auto saving = m_runner.run(u"admin.settings.set"_s, std::move(fields));
    const protocol::Reply reply = co_await saving;
    if (!reply.ok()) {
        // The server's own words are English; the rule it applied is shown in the admin's language.
        const SettingInfo info = SettingCatalog::find(key);
        const QString message = reply.error->code == ErrorCode::InvalidValue && info.hint
            ? QCoreApplication::translate("SettingsModel", "The server refused this value. %1")
                  .arg(info.translatedHint())
            : OpRunner::messageFor(reply);
        refuse(key, message);
        co_return;
    }
    setRowError(key, {});
    adopt(reply.fields.value(u"settings"_s).toObject());
    if (key == kIncrements) {
        // The table as saved replaces the edits, also when the server kept the value it had.
        m_increments.load(m_values.value(kIncrements).toArray());
    }
    Q_EMIT saved(key, true,
        QCoreApplication::translate("SettingsModel", "Saved: %1")
            .arg(SettingCatalog::find(key).translatedLabel()));
}

void SettingsModel::refuse(const QString &key, const QString &message)
{
    setRowError(key, message);
    // The row shows the reason under the setting; the status line also names the setting.
    Q_EMIT saved(key, false,
        QCoreApplication::translate("SettingsModel", "%1: %2")
            .arg(SettingCatalog::find(key).translatedLabel(), message));
}

void SettingsModel::setRowError(const QString &key, const QString &message)
{
    if (m_errors.value(key) == message) {
        return;
    }
    if (message.isEmpty()) {
        m_errors.remove(key);
    } else {
        m_errors.insert(key, message);
    }
    const int row = rowOf(key);
    if (row >= 0) {
        Q_EMIT dataChanged(index(row), index(row), {ErrorRole});
    }
}

int SettingsModel::rowOf(const QString &key) const
{
    return int(m_keys.indexOf(key));
}

} // namespace boli::client
