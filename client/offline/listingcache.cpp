// SPDX-License-Identifier: GPL-3.0-or-later
#include "offline/listingcache.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace boli::client {
using namespace Qt::StringLiterals;

ListingCache::ListingCache(const QString &filePath)
    : m_database(filePath, u"listing cache"_s)
{
    m_database.execute(u"CREATE TABLE IF NOT EXISTS cached_listings (position INTEGER PRIMARY KEY, "
                       "listing TEXT NOT NULL)"_s);
    m_database.execute(
        u"CREATE TABLE IF NOT EXISTS cache_info (key TEXT PRIMARY KEY, value INTEGER NOT NULL)"_s);
}

void ListingCache::save(const QList<QJsonObject> &listings, qint64 fetchedAt)
{
    // One transaction: a crash mid-save leaves the previous snapshot, never half of each.
    QSqlDatabase db = m_database.connection();
    db.transaction();
    bool ok = m_database.execute(u"DELETE FROM cached_listings"_s);
    QSqlQuery insert =
        m_database.prepare(u"INSERT INTO cached_listings (position, listing) VALUES (:p, :l)"_s);
    for (qsizetype i = 0; ok && i < listings.size(); ++i) {
        insert.bindValue(u":p"_s, qint64(i));
        insert.bindValue(
            u":l"_s, QString::fromUtf8(QJsonDocument(listings.at(i)).toJson(QJsonDocument::Compact)));
        ok = insert.exec();
        if (!ok) {
            m_database.warn(insert);
        }
    }
    QSqlQuery info =
        m_database.prepare(u"INSERT OR REPLACE INTO cache_info (key, value) VALUES ('fetched_at', :at)"_s);
    info.bindValue(u":at"_s, fetchedAt);
    ok = ok && info.exec();
    if (ok) {
        db.commit();
    } else {
        db.rollback();
    }
}

ListingCache::Snapshot ListingCache::load() const
{
    Snapshot snapshot;
    QSqlQuery rows = m_database.prepare(u"SELECT listing FROM cached_listings ORDER BY position"_s);
    if (rows.exec()) {
        while (rows.next()) {
            snapshot.listings.append(QJsonDocument::fromJson(rows.value(0).toString().toUtf8()).object());
        }
    }
    QSqlQuery info = m_database.prepare(u"SELECT value FROM cache_info WHERE key = 'fetched_at'"_s);
    if (info.exec() && info.next()) {
        snapshot.fetchedAt = info.value(0).toLongLong();
    }
    return snapshot;
}

} // namespace boli::client
