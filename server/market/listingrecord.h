// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/auction.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace boli::server {

/// @brief A listing as stored: what the seller offers, the terms, and the auction's current state.
struct ListingRecord
{
    qint64 id = 0;
    qint64 sellerId = 0;
    qint64 createdBy = 0; ///< the farmer, or the field agent who listed for them
    qint64 cropId = 0;
    QString variety;
    QString grade;
    QString qualityNotes;
    QString description;
    Kilograms quantityKg = 0;
    QString mandi;
    QString district;
    QString state;
    QStringList photos; ///< media hashes
    AuctionFormat format = AuctionFormat::Open;
    Paise startingPrice = 0;
    std::optional<Paise> reservePrice;
    std::optional<Paise> buyNowPrice;
    QJsonArray increments; ///< fixed when listed, so a running auction never changes its steps
    int durationMinutes = 0;
    UtcMs startsAt = 0;
    UtcMs scheduledEndsAt = 0;
    // Auction state, kept in step with the ledger
    UtcMs endsAt = 0;
    ListingStatus status = ListingStatus::Draft;
    QString statusReason;
    Paise price = 0;
    std::optional<qint64> leaderId;
    int bidCount = 0;
    std::optional<UtcMs> confirmationDeadline;
    qint64 version = 0;
    UtcMs createdAt = 0;
    UtcMs updatedAt = 0;
    /// The submitting client's own reference (listing.create `client_ref`); empty when none was sent.
    QString clientRef;

    [[nodiscard]] ListingTerms terms() const;
    /// Copies an auction's state into the record.
    void takeStateFrom(const Auction &auction);
    /// What anyone may see. The reserve amount stays hidden; `reserve_met` is public.
    /// Sealed listings show no price and no leader until they close.
    [[nodiscard]] QJsonObject publicJson(const Auction *auction = nullptr) const;
};

} // namespace boli::server
