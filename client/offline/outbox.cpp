// SPDX-License-Identifier: GPL-3.0-or-later
#include "offline/outbox.h"

#include "common/oprunner.h"
#include "net/serverconnection.h"

#include <QDateTime>

namespace boli::client {
using namespace Qt::StringLiterals;

// First cut: in memory, sent when online. Persistence in SQLite and exactly-once resending
// (a client reference the server deduplicates on) are the next step.
Outbox::Outbox(ServerConnection &connection, const QString &filePath, QObject *parent)
    : QAbstractListModel(parent)
    , m_connection(connection)
{
    Q_UNUSED(filePath)
    connect(&m_connection, &ServerConnection::online, this, &Outbox::flush);
}

int Outbox::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_drafts.size());
}

QVariant Outbox::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const Draft &draft = m_drafts.at(index.row());
    switch (role) {
    case DraftIdRole:
        return draft.id;
    case CropIdRole:
        return draft.fields.value(u"crop_id"_s).toInteger();
    case QuantityKgRole:
        return draft.fields.value(u"quantity_kg"_s).toInteger();
    case StartingPriceRole:
        return draft.fields.value(u"starting_price"_s).toInteger();
    case StateRole:
        return draft.state;
    case MessageRole:
        return draft.message;
    case ListingIdRole:
        return draft.listingId;
    case CreatedAtRole:
        return draft.createdAt;
    default:
        return {};
    }
}

QHash<int, QByteArray> Outbox::roleNames() const
{
    return {{DraftIdRole, "draftId"}, {CropIdRole, "cropId"}, {QuantityKgRole, "quantityKg"},
        {StartingPriceRole, "startingPrice"}, {StateRole, "state"}, {MessageRole, "message"},
        {ListingIdRole, "listingId"}, {CreatedAtRole, "createdAt"}};
}

qint64 Outbox::submitListing(const QJsonObject &fields)
{
    Draft draft {m_nextId++, fields, u"queued"_s, {}, 0, QDateTime::currentMSecsSinceEpoch()};
    beginInsertRows({}, int(m_drafts.size()), int(m_drafts.size()));
    m_drafts.append(draft);
    endInsertRows();
    Q_EMIT pendingChanged();
    if (m_connection.state() == ServerConnection::State::Online) {
        send(draft.id);
    }
    return draft.id;
}

int Outbox::pending() const
{
    return int(std::count_if(m_drafts.cbegin(), m_drafts.cend(),
        [](const Draft &d) { return d.state == u"queued"_s || d.state == u"sending"_s; }));
}

void Outbox::flush()
{
    for (const Draft &draft : std::as_const(m_drafts)) {
        if (draft.state == u"queued"_s) {
            send(draft.id);
        }
    }
}

QCoro::Task<> Outbox::send(qint64 draftId)
{
    int row = rowOf(draftId);
    m_drafts[row].state = u"sending"_s;
    Q_EMIT dataChanged(index(row), index(row));
    auto asking = m_connection.request(u"listing.create"_s, m_drafts.at(row).fields);
    const protocol::Reply reply = co_await asking;
    row = rowOf(draftId);
    Draft &draft = m_drafts[row];
    if (!reply.ok()
        && (reply.error->code == ErrorCode::Offline || reply.error->code == ErrorCode::TimedOut)) {
        draft.state = u"queued"_s; // the link dropped: try again when it is back
        Q_EMIT dataChanged(index(row), index(row));
        co_return;
    }
    draft.state = reply.ok() ? u"sent"_s : u"failed"_s;
    draft.message = OpRunner::messageFor(reply);
    draft.listingId = reply.ok() ? reply.fields.value(u"listing"_s).toObject().value(u"id"_s).toInteger() : 0;
    Q_EMIT dataChanged(index(row), index(row));
    Q_EMIT pendingChanged();
    Q_EMIT finished(draftId, reply.ok(), draft.listingId, draft.message);
}

int Outbox::rowOf(qint64 draftId) const
{
    for (int i = 0; i < m_drafts.size(); ++i) {
        if (m_drafts.at(i).id == draftId) {
            return i;
        }
    }
    return -1;
}

} // namespace boli::client
