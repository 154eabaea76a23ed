// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QCoroTask>
#include <QJsonObject>
#include <QList>

namespace boli::client {

class ServerConnection;

/// @brief Listings a seller submitted, kept until the server has them: sent at once when online,
/// else when the connection is back, each exactly once, with the result kept for the user.
///
/// Exposed as `App.outbox`. Every submission goes through here, online or not, so a kiosk that
/// loses its link mid-send never double-lists a lot.
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
    };
    Q_ENUM(Roles)

    /// `filePath`: the local SQLite file that keeps drafts across restarts (empty: memory only).
    Outbox(ServerConnection &connection, const QString &filePath, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// Queues a `listing.create` with these request fields; returns the draft id.
    qint64 submitListing(const QJsonObject &fields);
    /// Drafts not yet accepted or refused by the server.
    [[nodiscard]] int pending() const;

Q_SIGNALS:
    void pendingChanged();
    /// The server answered a draft: `listingId` when ok, else a translated `message`.
    void finished(qint64 draftId, bool ok, qint64 listingId, const QString &message);

private:
    struct Draft
    {
        qint64 id = 0;
        QJsonObject fields;
        QString state;
        QString message;
        qint64 listingId = 0;
        qint64 createdAt = 0;
    };

    QCoro::Task<> send(qint64 draftId);
    void flush();
    [[nodiscard]] int rowOf(qint64 draftId) const;

    ServerConnection &m_connection;
    QList<Draft> m_drafts;
    qint64 m_nextId = 1;
};

} // namespace boli::client
