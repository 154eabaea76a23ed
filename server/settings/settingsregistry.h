// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boli/errorcode.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <optional>

namespace boli::server {

enum class SettingKind {
    Flag, ///< true/false feature switch
    Seconds, ///< whole seconds within a range
    Minutes, ///< whole minutes within a range
    IncrementTable, ///< [{"from": paise, "step": paise}, ...] by price band
    DurationList, ///< allowed auction durations in minutes
};

/// @brief One admin-tunable setting: its key, type, default and permitted range.
struct SettingDefinition
{
    QString key;
    SettingKind kind;
    QJsonValue defaultValue;
    qint64 min = 0;
    qint64 max = 0;
    QString description;
};

/// @brief Every setting the market knows, with defaults, and the rule each value must follow.
///
/// Pure: no storage. Values are JSON because they travel to admins and clients as JSON.
class SettingsRegistry
{
public:
    [[nodiscard]] static const QList<SettingDefinition> &definitions();
    [[nodiscard]] static const SettingDefinition *find(const QString &key);
    /// Every key at its default.
    [[nodiscard]] static QJsonObject defaults();
    /// Why `value` cannot be stored under `key`; empty when it can.
    [[nodiscard]] static std::optional<Error> validate(const QString &key, const QJsonValue &value);
};

} // namespace boli::server
