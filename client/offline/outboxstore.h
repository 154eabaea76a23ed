// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "offline/localdatabase.h"

#include <QJsonObject>
#include <QList>

namespace boli::client {

/// @brief One listing submission as the outbox keeps it.
struct OutboxDraft
{
    qint64 id = 0;
    qint64 userId = 0; ///< who submitted it: only sent while that user is logged in
    QString clientRef; ///< sent as listing.create `client_ref`, the same on every resend
    QJsonObject fields; ///< the listing.create request fields, without client_ref
    QString state; ///< "queued", "sending" (in memory only), "sent" or "failed"
    QString message; ///< the translated failure
    qint64 listingId = 0;
    qint64 createdAt = 0;

    [[nodiscard]] bool finished() const;
};

/// @brief The outbox's SQLite file: drafts and their results, so they survive an app restart.
///
/// "sending" is never stored: a draft whose send was cut off by a crash is queued again on the next
/// start and resent with its client_ref, which the server deduplicates.
class OutboxStore
{
public:
    explicit OutboxStore(const QString &filePath);

    /// `userId`'s drafts, oldest first.
    [[nodiscard]] QList<OutboxDraft> draftsOf(qint64 userId) const;
    /// Stores a new draft and sets its id; false when it could not be stored.
    bool add(OutboxDraft &draft);
    /// Stores a draft's state, message and listing id.
    void saveResult(const OutboxDraft &draft);
    /// Deletes `userId`'s sent and failed drafts.
    void removeFinished(qint64 userId);

private:
    LocalDatabase m_database;
};

} // namespace boli::client
