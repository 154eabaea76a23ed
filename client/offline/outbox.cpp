// SPDX-License-Identifier: GPL-3.0-or-later
#include "offline/outbox.h"

#include "common/oprunner.h"
#include "net/serverconnection.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QPointer>
#include <QUuid>

Q_LOGGING_CATEGORY(lcOutbox, "boli.client.outbox")

namespace boli::client {
using namespace Qt::StringLiterals;

Outbox::Outbox(ServerConnection &connection, const QString &filePath, QObject *parent)
    : QAbstractListModel(parent)
    , m_connection(connection)
    , m_store(filePath)
{
    // Sending starts from setUser(), which the session calls once it is proven again after a
    // reconnect: sending on the bare `online` would race the re-authentication.
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &Outbox::flush);
}

Outbox::~Outbox() = default;

int Outbox::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_drafts.size());
}

QVariant Outbox::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const OutboxDraft &draft = m_drafts.at(index.row());
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
    case ClientRefRole:
        return draft.clientRef;
    default:
        return {};
    }
}

QHash<int, QByteArray> Outbox::roleNames() const
{
    return {{DraftIdRole, "draftId"}, {CropIdRole, "cropId"}, {QuantityKgRole, "quantityKg"},
        {StartingPriceRole, "startingPrice"}, {StateRole, "state"}, {MessageRole, "message"},
        {ListingIdRole, "listingId"}, {CreatedAtRole, "createdAt"}, {ClientRefRole, "clientRef"}};
}

qint64 Outbox::submitListing(const QJsonObject &fields)
{
    if (m_userId == 0) {
        qCWarning(lcOutbox) << "a listing submitted with nobody logged in was dropped";
        return 0;
    }
    OutboxDraft draft;
    draft.userId = m_userId;
    draft.clientRef = QUuid::createUuid().toString(QUuid::WithoutBraces);
    draft.fields = fields;
    draft.fields.remove(u"client_ref"_s);
    draft.state = u"queued"_s;
    draft.createdAt = QDateTime::currentMSecsSinceEpoch();
    if (!m_store.add(draft)) {
        return 0;
    }
    beginInsertRows({}, int(m_drafts.size()), int(m_drafts.size()));
    m_drafts.append(draft);
    endInsertRows();
    Q_EMIT pendingChanged();
    flush();
    return draft.id;
}

int Outbox::pending() const
{
    return int(std::count_if(
        m_drafts.cbegin(), m_drafts.cend(), [](const OutboxDraft &d) { return !d.finished(); }));
}

void Outbox::setUser(qint64 userId)
{
    if (userId != m_userId) {
        if (m_userId != 0) {
            m_store.removeFinished(m_userId); // the next person at a kiosk sees nothing of these
        }
        m_userId = userId;
        reload();
    }
    flush();
}

void Outbox::clearFinished()
{
    if (m_userId == 0) {
        return;
    }
    m_store.removeFinished(m_userId);
    reload();
}

void Outbox::reload()
{
    beginResetModel();
    m_drafts = m_userId == 0 ? QList<OutboxDraft>() : m_store.draftsOf(m_userId);
    for (OutboxDraft &draft : m_drafts) {
        if (m_inFlight.contains(draft.id)) {
            draft.state = u"sending"_s;
        }
    }
    endResetModel();
    Q_EMIT pendingChanged();
}

void Outbox::flush()
{
    if (m_userId == 0 || m_connection.state() != ServerConnection::State::Online) {
        return;
    }
    const QList<OutboxDraft> drafts = m_drafts;
    for (const OutboxDraft &draft : drafts) {
        if (draft.state == u"queued"_s && !m_inFlight.contains(draft.id)) {
            send(draft);
        }
    }
}

bool Outbox::worthRetrying(const protocol::Reply &reply)
{
    if (reply.ok()) {
        return false;
    }
    switch (reply.error->code) {
    case ErrorCode::Offline:
    case ErrorCode::TimedOut: // the server may have it: the resend's client_ref finds it
    case ErrorCode::Unauthenticated: // sent before the session was proven again; it will be
    case ErrorCode::HelloRequired:
    case ErrorCode::RateLimited:
        return true;
    default:
        return false;
    }
}

QCoro::Task<> Outbox::send(OutboxDraft draft)
{
    m_inFlight.insert(draft.id);
    setState(draft.id, u"sending"_s);
    QJsonObject fields = draft.fields;
    fields.insert(u"client_ref"_s, draft.clientRef);
    QPointer<Outbox> self(this);
    auto asking = m_connection.request(u"listing.create"_s, std::move(fields));
    const protocol::Reply reply = co_await asking;
    if (!self) {
        co_return; // closed meanwhile; the file still says queued, so the next start resends it
    }
    m_inFlight.remove(draft.id);
    if (worthRetrying(reply)) {
        setState(draft.id, u"queued"_s);
        // A drop or a new session brings the next try by itself; a slow server on a live link
        // does not, so try again after as long as we waited.
        if (reply.error->code == ErrorCode::TimedOut || reply.error->code == ErrorCode::RateLimited) {
            m_retry.start(m_connection.requestTimeout());
        }
        co_return;
    }
    draft.state = reply.ok() ? u"sent"_s : u"failed"_s;
    draft.message = OpRunner::messageFor(reply);
    draft.listingId = reply.ok() ? reply.fields.value(u"listing"_s).toObject().value(u"id"_s).toInteger() : 0;
    m_store.saveResult(draft);
    const int row = rowOf(draft.id);
    if (row >= 0) {
        m_drafts[row] = draft;
        Q_EMIT dataChanged(index(row), index(row));
    } else if (draft.userId != m_userId) {
        m_store.removeFinished(draft.userId); // its user logged out while it was on its way
    }
    Q_EMIT pendingChanged();
    Q_EMIT finished(draft.id, reply.ok(), draft.listingId, draft.message);
}

void Outbox::setState(qint64 draftId, const QString &state)
{
    const int row = rowOf(draftId);
    if (row >= 0 && m_drafts.at(row).state != state) {
        m_drafts[row].state = state;
        Q_EMIT dataChanged(index(row), index(row), {StateRole});
    }
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
