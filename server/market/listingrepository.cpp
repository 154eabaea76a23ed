// SPDX-License-Identifier: GPL-3.0-or-later
#include "market/listingrepository.h"

#include <QJsonDocument>

namespace boli::server {
namespace {
using namespace Qt::StringLiterals;

const QString kColumns =
    u"id, seller_id, created_by, crop_id, variety, grade, quality_notes, description, quantity_kg, mandi, "
    "district, state, photos, format, starting_price, reserve_price, buy_now_price, increments, "
    "duration_minutes, "
    "starts_at, scheduled_ends_at, ends_at, status, status_reason, price, leader_id, bid_count, "
    "confirmation_deadline, version, created_at, updated_at, client_ref"_s;

std::optional<qint64> optionalLong(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

QVariant nullable(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant();
}

ListingRecord readListing(const SqlQuery &row)
{
    ListingRecord l;
    int c = 0;
    l.id = row.value(c++).toLongLong();
    l.sellerId = row.value(c++).toLongLong();
    l.createdBy = row.value(c++).toLongLong();
    l.cropId = row.value(c++).toLongLong();
    l.variety = row.value(c++).toString();
    l.grade = row.value(c++).toString();
    l.qualityNotes = row.value(c++).toString();
    l.description = row.value(c++).toString();
    l.quantityKg = row.value(c++).toLongLong();
    l.mandi = row.value(c++).toString();
    l.district = row.value(c++).toString();
    l.state = row.value(c++).toString();
    for (const QJsonValue &photo : QJsonDocument::fromJson(row.value(c++).toString().toUtf8()).array()) {
        l.photos << photo.toString();
    }
    l.format = auctionFormatFromName(row.value(c++).toString()).value_or(AuctionFormat::Open);
    l.startingPrice = row.value(c++).toLongLong();
    l.reservePrice = optionalLong(row.value(c++));
    l.buyNowPrice = optionalLong(row.value(c++));
    l.increments = QJsonDocument::fromJson(row.value(c++).toString().toUtf8()).array();
    l.durationMinutes = row.value(c++).toInt();
    l.startsAt = row.value(c++).toLongLong();
    l.scheduledEndsAt = row.value(c++).toLongLong();
    l.endsAt = row.value(c++).toLongLong();
    l.status = listingStatusFromName(row.value(c++).toString()).value_or(ListingStatus::Draft);
    l.statusReason = row.value(c++).toString();
    l.price = row.value(c++).toLongLong();
    l.leaderId = optionalLong(row.value(c++));
    l.bidCount = row.value(c++).toInt();
    l.confirmationDeadline = optionalLong(row.value(c++));
    l.version = row.value(c++).toLongLong();
    l.createdAt = row.value(c++).toLongLong();
    l.updatedAt = row.value(c++).toLongLong();
    l.clientRef = row.value(c++).toString();
    return l;
}
} // namespace

ListingRepository::ListingRepository(const Database &database)
    : m_database(database)
{ }

qint64 ListingRepository::insert(const ListingRecord &l)
{
    return SqlQuery(m_database,
        u"INSERT INTO listings (seller_id, created_by, crop_id, variety, grade, quality_notes, description, "
        "quantity_kg, mandi, district, state, photos, format, starting_price, reserve_price, buy_now_price, "
        "increments, duration_minutes, starts_at, scheduled_ends_at, ends_at, status, status_reason, "
        "created_at, updated_at, client_ref) VALUES (:seller, :by, :crop, :variety, :grade, :notes, "
        ":description, "
        ":qty, :mandi, :district, :state, :photos, :format, :start, :reserve, :buynow, :increments, "
        ":duration, :starts, :sched, :ends, :status, :reason, :created, :updated, :ref) RETURNING id"_s)
        .bind(u":seller"_s, l.sellerId)
        .bind(u":by"_s, l.createdBy)
        .bind(u":crop"_s, l.cropId)
        .bind(u":variety"_s, l.variety)
        .bind(u":grade"_s, l.grade)
        .bind(u":notes"_s, l.qualityNotes)
        .bind(u":description"_s, l.description)
        .bind(u":qty"_s, l.quantityKg)
        .bind(u":mandi"_s, l.mandi)
        .bind(u":district"_s, l.district)
        .bind(u":state"_s, l.state)
        .bind(u":photos"_s,
            QString::fromUtf8(
                QJsonDocument(QJsonArray::fromStringList(l.photos)).toJson(QJsonDocument::Compact)))
        .bind(u":format"_s, auctionFormatName(l.format))
        .bind(u":start"_s, l.startingPrice)
        .bind(u":reserve"_s, nullable(l.reservePrice))
        .bind(u":buynow"_s, nullable(l.buyNowPrice))
        .bind(u":increments"_s, QString::fromUtf8(QJsonDocument(l.increments).toJson(QJsonDocument::Compact)))
        .bind(u":duration"_s, l.durationMinutes)
        .bind(u":starts"_s, l.startsAt)
        .bind(u":sched"_s, l.scheduledEndsAt)
        .bind(u":ends"_s, l.endsAt)
        .bind(u":status"_s, listingStatusName(l.status))
        .bind(u":reason"_s, l.statusReason)
        .bind(u":created"_s, l.createdAt)
        .bind(u":updated"_s, l.updatedAt)
        // NULL, not '': only real references take part in the unique index.
        .bind(u":ref"_s, l.clientRef.isEmpty() ? QVariant() : QVariant(l.clientRef))
        .scalar()
        .toLongLong();
}

std::optional<qint64> ListingRepository::idByClientRef(qint64 createdBy, const QString &clientRef) const
{
    SqlQuery query(m_database, u"SELECT id FROM listings WHERE created_by = :by AND client_ref = :ref"_s);
    query.bind(u":by"_s, createdBy).bind(u":ref"_s, clientRef).exec();
    return query.next() ? std::optional<qint64>(query.value(0).toLongLong()) : std::nullopt;
}

std::optional<ListingRecord> ListingRepository::byId(qint64 id) const
{
    SqlQuery query(m_database, u"SELECT "_s + kColumns + u" FROM listings WHERE id = :id"_s);
    query.bind(u":id"_s, id).exec();
    if (!query.next()) {
        return std::nullopt;
    }
    return readListing(query);
}

qint64 ListingRepository::storedVersion(qint64 id) const
{
    SqlQuery query(m_database, u"SELECT version FROM listings WHERE id = :id"_s);
    query.bind(u":id"_s, id).exec();
    return query.next() ? query.value(0).toLongLong() : -1;
}

QList<ListingRecord> ListingRepository::active() const
{
    SqlQuery query(m_database,
        u"SELECT "_s + kColumns
            + u" FROM listings WHERE status IN ('scheduled', 'live', 'awaiting_confirmation') "
              "ORDER BY id"_s);
    query.exec();
    QList<ListingRecord> listings;
    while (query.next()) {
        listings.append(readListing(query));
    }
    return listings;
}

bool ListingRepository::saveState(const ListingRecord &l, qint64 expectedVersion)
{
    SqlQuery query(m_database,
        u"UPDATE listings SET ends_at = :ends, status = :status, status_reason = :reason, price = :price, "
        "leader_id = :leader, bid_count = :count, confirmation_deadline = :deadline, updated_at = :updated, "
        "version = :next WHERE id = :id AND version = :expected"_s);
    query.bind(u":ends"_s, l.endsAt)
        .bind(u":status"_s, listingStatusName(l.status))
        .bind(u":reason"_s, l.statusReason)
        .bind(u":price"_s, l.price)
        .bind(u":leader"_s, nullable(l.leaderId))
        .bind(u":count"_s, l.bidCount)
        .bind(u":deadline"_s, nullable(l.confirmationDeadline))
        .bind(u":updated"_s, l.updatedAt)
        .bind(u":next"_s, expectedVersion + 1)
        .bind(u":id"_s, l.id)
        .bind(u":expected"_s, expectedVersion)
        .exec();
    return query.rowsAffected() == 1;
}

void ListingRepository::appendBids(qint64 listingId, const QList<LedgerEntry> &entries)
{
    for (const LedgerEntry &e : entries) {
        SqlQuery(m_database,
            u"INSERT INTO bids (listing_id, seq, bidder_id, amount, maximum, proxy, kind, at_ms, "
            "ends_at) VALUES (:l, :seq, :bidder, :amount, :max, :proxy, :kind, :at, :ends)"_s)
            .bind(u":l"_s, listingId)
            .bind(u":seq"_s, e.seq)
            .bind(u":bidder"_s, e.bidderId)
            .bind(u":amount"_s, e.amount)
            .bind(u":max"_s, e.maximum)
            .bind(u":proxy"_s, e.proxy)
            .bind(u":kind"_s, bidKindName(e.kind))
            .bind(u":at"_s, e.atMs)
            .bind(u":ends"_s, e.endsAtMs)
            .exec();
    }
}

namespace {
LedgerEntry readEntry(const SqlQuery &row)
{
    return LedgerEntry {row.value(0).toLongLong(), row.value(1).toLongLong(), row.value(2).toLongLong(),
        row.value(3).toLongLong(), row.value(4).toBool(),
        bidKindFromName(row.value(5).toString()).value_or(BidKind::Manual), row.value(6).toLongLong(),
        row.value(7).toLongLong()};
}

const QString kLedgerColumns = QStringLiteral("seq, bidder_id, amount, maximum, proxy, kind, at_ms, ends_at");
} // namespace

QList<LedgerEntry> ListingRepository::ledger(qint64 listingId) const
{
    SqlQuery query(
        m_database, u"SELECT "_s + kLedgerColumns + u" FROM bids WHERE listing_id = :l ORDER BY seq"_s);
    query.bind(u":l"_s, listingId).exec();
    QList<LedgerEntry> entries;
    while (query.next()) {
        entries.append(readEntry(query));
    }
    return entries;
}

QList<LedgerEntry> ListingRepository::recentLedger(qint64 listingId, int limit) const
{
    SqlQuery query(m_database,
        u"SELECT "_s + kLedgerColumns + u" FROM bids WHERE listing_id = :l ORDER BY seq DESC LIMIT :limit"_s);
    query.bind(u":l"_s, listingId).bind(u":limit"_s, limit).exec();
    QList<LedgerEntry> entries;
    while (query.next()) {
        entries.prepend(readEntry(query));
    }
    return entries;
}

QHash<qint64, int> ListingRepository::bidderAliases(qint64 listingId) const
{
    SqlQuery query(m_database,
        u"SELECT bidder_id FROM bids WHERE listing_id = :l GROUP BY bidder_id "
        "ORDER BY MIN(seq)"_s);
    query.bind(u":l"_s, listingId).exec();
    QHash<qint64, int> aliases;
    while (query.next()) {
        aliases.insert(query.value(0).toLongLong(), int(aliases.size()) + 1);
    }
    return aliases;
}

} // namespace boli::server
