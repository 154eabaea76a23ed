// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "offline/outboxstore.h"

#include <QAbstractListModel>
#include <QCoroTask>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QTimer>

namespace boli::protocol {
struct Reply;
}

namespace boli::client {

class ServerConnection;

/// @brief Listings a seller submitted, kept until the server has them: sent at once when online,
/// else when the connection is back, each exactly once, with the result kept for the user.
///
/// Exposed as `App.outbox`. Every submission goes through here, online or not, so a kiosk that
/// loses its link mid-send never double-lists a lot: each draft gets a client_ref (a UUID) when it
/// is made, stored with it and sent with every attempt, and the server answers a repeat with the
/// listing it already made. Drafts live in a local SQLite file and survive a restart.
///
/// Drafts belong to the user who submitted them: the model shows only the logged-in user's, they
/// are sent only while that user is logged in (a kiosk's next farmer never sends or sees them), and
/// when the user logs out their finished drafts are deleted — a kiosk keeps only what it still owes
/// the server.
class Outbox : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int pending READ pending NOTIFY pendingChanged)

public:
    enum Roles {
        DraftIdRole = Qt::UserRole + 1,
        CropIdRole,
        QuantityKgRole,
        StartingPriceRole,
        StateRole, ///< "queued", "sending", "sent" or "failed"
        MessageRole, ///< the translated failure, empty otherwise
        ListingIdRole, ///< the server's listing id once sent
        CreatedAtRole,
        ClientRefRole, ///< the reference the server deduplicates resends on
    };
    Q_ENUM(Roles)

    /// `filePath`: the local SQLite file that keeps drafts across restarts (empty: memory only).
    Outbox(ServerConnection &connection, const QString &filePath, QObject *parent = nullptr);
    ~Outbox() override;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// Queues a `listing.create` with these request fields for the logged-in user; returns the
    /// draft id, or 0 when nobody is logged in (a draft must belong to someone).
    qint64 submitListing(const QJsonObject &fields);
    /// Drafts not yet accepted or refused by the server.
    [[nodiscard]] int pending() const;

    /// The logged-in user (0: nobody). Called on every session change, a resumed session included:
    /// shows that user's drafts and sends their queued ones when online.
    void setUser(qint64 userId);
    [[nodiscard]] qint64 userId() const { return m_userId; }
    /// Forgets the logged-in user's sent and failed drafts; queued ones stay.
    Q_INVOKABLE void clearFinished();

Q_SIGNALS:
    void pendingChanged();
    /// The server answered a draft: `listingId` when ok, else a translated `message`.
    void finished(qint64 draftId, bool ok, qint64 listingId, const QString &message);

private:
    QCoro::Task<> send(OutboxDraft draft);
    void flush();
    void reload();
    void setState(qint64 draftId, const QString &state);
    /// The reply leaves the draft queued: the link or the session was not there, so try again later.
    [[nodiscard]] static bool worthRetrying(const protocol::Reply &reply);
    [[nodiscard]] int rowOf(qint64 draftId) const;

    ServerConnection &m_connection;
    OutboxStore m_store;
    qint64 m_userId = 0;
    QList<OutboxDraft> m_drafts; ///< the logged-in user's, oldest first
    QSet<qint64> m_inFlight; ///< drafts being sent now, never sent twice at once
    QTimer m_retry; ///< another try on the same link after a send timed out
};

} // namespace boli::client
