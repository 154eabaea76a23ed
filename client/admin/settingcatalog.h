// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

namespace boli::client {

/// @brief What the admin screens know about each server setting: its editor kind and the
/// translated name and rule shown next to it.
///
/// The server (server/settings/settingsregistry.cpp) stays the judge of every value; this table only
/// picks the editor and explains the rule in the admin's language. A key the client does not know
/// (a newer server) is still listed, read-only, under kind `Other`.
struct SettingInfo
{
    enum class Kind { Flag, Seconds, Minutes, Increments, Durations, Other };

    QString key;
    Kind kind = Kind::Other;
    const char *label = nullptr; ///< untranslated source text (context "SettingCatalog")
    const char *hint = nullptr; ///< the rule, untranslated

    [[nodiscard]] QString translatedLabel() const;
    [[nodiscard]] QString translatedHint() const;
    [[nodiscard]] QString kindName() const;
};

namespace SettingCatalog {
/// Every setting the client has an editor for, in display order (flags first).
[[nodiscard]] const QList<SettingInfo> &known();
/// The entry for `key`, or an `Other` entry named after the key.
[[nodiscard]] SettingInfo find(const QString &key);
} // namespace SettingCatalog

} // namespace boli::client
