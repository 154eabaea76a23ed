// SPDX-License-Identifier: GPL-3.0-or-later
#include "offline/outboxstore.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace boli::client {
using namespace Qt::StringLiterals;

bool OutboxDraft::finished() const
{
    return state == u"sent"_s || state == u"failed"_s;
}

OutboxStore::OutboxStore(const QString &filePath)
    : m_database(filePath, u"outbox"_s)
{
    m_database.execute(u"CREATE TABLE IF NOT EXISTS drafts (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                       "user_id INTEGER NOT NULL, client_ref TEXT NOT NULL UNIQUE, fields TEXT NOT NULL, "
                       "state TEXT NOT NULL, message TEXT NOT NULL DEFAULT '', "
                       "listing_id INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL)"_s);
}

QList<OutboxDraft> OutboxStore::draftsOf(qint64 userId) const
{
    QSqlQuery query = m_database.prepare(
        u"SELECT id, client_ref, fields, state, message, listing_id, created_at FROM drafts "
        "WHERE user_id = :user ORDER BY id"_s);
    query.bindValue(u":user"_s, userId);
    QList<OutboxDraft> drafts;
    if (!query.exec()) {
        m_database.warn(query);
        return drafts;
    }
    while (query.next()) {
        OutboxDraft draft;
        draft.id = query.value(0).toLongLong();
        draft.userId = userId;
        draft.clientRef = query.value(1).toString();
        draft.fields = QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object();
        draft.state = query.value(3).toString();
        draft.message = query.value(4).toString();
        draft.listingId = query.value(5).toLongLong();
        draft.createdAt = query.value(6).toLongLong();
        drafts.append(draft);
    }
    return drafts;
}

bool OutboxStore::add(OutboxDraft &draft)
{
    QSqlQuery query =
        m_database.prepare(u"INSERT INTO drafts (user_id, client_ref, fields, state, created_at) "
                           "VALUES (:user, :ref, :fields, 'queued', :created)"_s);
    query.bindValue(u":user"_s, draft.userId);
    query.bindValue(u":ref"_s, draft.clientRef);
    query.bindValue(
        u":fields"_s, QString::fromUtf8(QJsonDocument(draft.fields).toJson(QJsonDocument::Compact)));
    query.bindValue(u":created"_s, draft.createdAt);
    if (!query.exec()) {
        m_database.warn(query);
        return false;
    }
    draft.id = query.lastInsertId().toLongLong();
    return true;
}

void OutboxStore::saveResult(const OutboxDraft &draft)
{
    QSqlQuery query = m_database.prepare(
        u"UPDATE drafts SET state = :state, message = :message, listing_id = :listing WHERE id = :id"_s);
    // A send in progress is stored as queued: after a crash it is sent again, deduplicated by client_ref.
    query.bindValue(u":state"_s, draft.state == u"sending"_s ? u"queued"_s : draft.state);
    query.bindValue(u":message"_s, draft.message.isNull() ? u""_s : draft.message);
    query.bindValue(u":listing"_s, draft.listingId);
    query.bindValue(u":id"_s, draft.id);
    if (!query.exec()) {
        m_database.warn(query);
    }
}

void OutboxStore::removeFinished(qint64 userId)
{
    QSqlQuery query =
        m_database.prepare(u"DELETE FROM drafts WHERE user_id = :user AND state IN ('sent', 'failed')"_s);
    query.bindValue(u":user"_s, userId);
    if (!query.exec()) {
        m_database.warn(query);
    }
}

} // namespace boli::client
