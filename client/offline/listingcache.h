// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "offline/localdatabase.h"

#include <QJsonObject>
#include <QList>

namespace boli::client {

/// @brief The last listings a browse screen showed, in a local SQLite file, so a kiosk that starts
/// (or stays) without a link still shows what was on offer, read-only and marked as old.
class ListingCache
{
public:
    struct Snapshot
    {
        QList<QJsonObject> listings; ///< in the order the server sent them
        qint64 fetchedAt = 0; ///< UTC ms (server time) of the answer they came from; 0: empty
    };

    /// `filePath`: the cache file (empty: memory only).
    explicit ListingCache(const QString &filePath);

    /// Replaces the snapshot.
    void save(const QList<QJsonObject> &listings, qint64 fetchedAt);
    [[nodiscard]] Snapshot load() const;

private:
    LocalDatabase m_database;
};

} // namespace boli::client
