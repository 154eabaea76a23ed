// SPDX-License-Identifier: GPL-3.0-or-later
#include "trader/listingdetail.h"

#include "app/formatter.h"
#include "boli/money.h"
#include "net/serverconnection.h"

#include <QJsonArray>

namespace boli::client {
using namespace Qt::StringLiterals;

namespace {
const QStringList kFinalStatuses {u"sold"_s, u"unsold"_s, u"cancelled"_s};
constexpr int kBidsMineLimit = 200;
} // namespace

ListingDetail::ListingDetail(ServerConnection &connection, const Formatter &formatter, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_formatter(formatter)
    , m_runner(connection)
{
    connect(&m_connection, &ServerConnection::eventReceived, this, &ListingDetail::onEvent);
    // Events are not replayed after a reconnect: watch again from the last version seen.
    connect(&m_connection, &ServerConnection::online, this, [this] {
        if (m_id > 0 && m_watching) {
            watchTask(m_id, integer(u"listing_seq"));
        }
    });
}

qint64 ListingDetail::integer(QStringView field) const
{
    return m_listing.value(field).toInteger();
}

qint64 ListingDetail::shownPrice() const
{
    return price() > 0 ? price() : integer(u"starting_price");
}

QString ListingDetail::minimumBidInput() const
{
    // As a user types it: Indian grouping without the rupee sign ("2,400"), which parseRupees reads.
    const qint64 paise = minimumBid();
    return paise > 0 ? boli::formatRupees(paise).mid(1) : QString();
}

QString ListingDetail::status() const
{
    return m_listing.value(u"status"_s).toString();
}

bool ListingDetail::live() const
{
    return status() == u"live"_s;
}

bool ListingDetail::sealed() const
{
    return m_listing.value(u"format"_s).toString() == u"sealed"_s;
}

bool ListingDetail::isFinal() const
{
    return kFinalStatuses.contains(status());
}

qint64 ListingDetail::msLeft() const
{
    return live() ? std::max<qint64>(0, endsAt() - m_connection.serverNowMs()) : 0;
}

QString ListingDetail::countdown() const
{
    return m_formatter.countdown(msLeft());
}

bool ListingDetail::hasReserve() const
{
    return m_listing.value(u"has_reserve"_s).toBool();
}

bool ListingDetail::reserveMet() const
{
    return m_listing.value(u"reserve_met"_s).toBool();
}

bool ListingDetail::buyNowAvailable() const
{
    return live() && m_listing.value(u"buy_now_available"_s).toBool();
}

QString ListingDetail::outcome() const
{
    const QString now = status();
    if (now == u"sold"_s) {
        return m_standing == u"won"_s || leading()
            ? tr("You won this lot at %1").arg(m_formatter.perQuintal(price()))
            : tr("Sold to another bidder at %1").arg(m_formatter.perQuintal(price()));
    }
    if (now == u"unsold"_s) {
        return tr("Not sold");
    }
    if (now == u"cancelled"_s) {
        return tr("Cancelled");
    }
    if (now == u"awaiting_confirmation"_s) {
        return leading()
            ? tr("You lead at %1: waiting for the farmer's confirmation").arg(m_formatter.perQuintal(price()))
            : tr("Waiting for the farmer's confirmation");
    }
    return {};
}

void ListingDetail::setSaved(bool saved)
{
    if (saved != m_saved) {
        m_saved = saved;
        Q_EMIT savedChanged();
    }
}

void ListingDetail::open(qint64 id)
{
    if (id == m_id && loaded()) {
        return;
    }
    close();
    m_id = id;
    m_watching = true;
    Q_EMIT listingChanged();
    watchTask(id, 0);
    standingTask(id);
}

void ListingDetail::close()
{
    if (m_id > 0 && m_watching) {
        unwatchTask(m_id);
    }
    const qint64 before = minimumBid();
    m_id = 0;
    m_watching = false;
    m_listing = {};
    m_leaderAlias.clear();
    m_myAlias.clear();
    m_standing.clear();
    m_bids.reset({});
    setResult(false, {});
    Q_EMIT listingChanged();
    if (before != 0) {
        Q_EMIT minimumBidChanged();
    }
}

QCoro::Task<> ListingDetail::watchTask(qint64 id, qint64 sinceSeq)
{
    QJsonObject fields {{u"listing_id"_s, id}};
    if (sinceSeq > 0) {
        fields.insert(u"since_seq"_s, sinceSeq);
    }
    auto watching = m_connection.request(u"watch"_s, fields);
    const protocol::Reply reply = co_await watching;
    if (id != m_id || !reply.ok()) {
        if (id == m_id) {
            setResult(false, OpRunner::messageFor(reply));
        }
        co_return;
    }
    if (!reply.fields.value(u"up_to_date"_s).toBool()) {
        m_bids.reset(reply.fields.value(u"bids"_s).toArray());
        adopt(reply.fields.value(u"listing"_s).toObject());
    }
    finishIfFinal();
}

QCoro::Task<> ListingDetail::unwatchTask(qint64 id)
{
    auto leaving = m_connection.request(u"unwatch"_s, QJsonObject {{u"listing_id"_s, id}});
    co_await leaving;
}

QCoro::Task<> ListingDetail::standingTask(qint64 id)
{
    auto asking = m_connection.request(u"bids.mine"_s, QJsonObject {{u"limit"_s, kBidsMineLimit}});
    const protocol::Reply reply = co_await asking;
    if (id != m_id || !reply.ok()) {
        co_return; // guests and sellers have no bids: nothing to learn
    }
    for (const QJsonValue &value : reply.fields.value(u"bids"_s).toArray()) {
        const QJsonObject row = value.toObject();
        const QJsonObject listing = row.value(u"listing"_s).toObject();
        if (listing.value(u"id"_s).toInteger() != id) {
            continue;
        }
        m_standing = row.value(u"state"_s).toString();
        if (m_standing == u"winning"_s && listing.contains(u"leader_alias"_s)) {
            m_myAlias = listing.value(u"leader_alias"_s).toString();
        }
        Q_EMIT listingChanged();
    }
}

QCoro::Task<> ListingDetail::reloadBidsTask(qint64 id)
{
    auto asking = m_connection.request(u"listing.get"_s, QJsonObject {{u"listing_id"_s, id}});
    const protocol::Reply reply = co_await asking;
    if (id == m_id && reply.ok()) {
        m_bids.reset(reply.fields.value(u"bids"_s).toArray());
    }
}

void ListingDetail::onEvent(const protocol::Event &event)
{
    if (m_id <= 0) {
        return;
    }
    const QJsonObject listing = event.fields.value(u"listing"_s).toObject();
    const qint64 id = event.fields.contains(u"listing_id"_s) ? event.fields.value(u"listing_id"_s).toInteger()
                                                             : listing.value(u"id"_s).toInteger();
    if (id != m_id) {
        return;
    }
    if (event.name == u"listing.updated"_s || event.name == u"listing.closed"_s) {
        adopt(listing);
        // A slow connection may have lost bid.accepted rows: fetch them rather than show a gap.
        if (!sealed() && integer(u"bid_count") > m_bids.lastSeq()) {
            reloadBidsTask(m_id);
        }
        finishIfFinal();
    } else if (event.name == u"bid.accepted"_s) {
        m_bids.append(event.fields.value(u"bids"_s).toArray());
    } else if (event.name == u"listing.extended"_s) {
        m_listing.insert(u"ends_at"_s, event.fields.value(u"ends_at"_s));
        Q_EMIT listingChanged();
        Q_EMIT tick();
    }
}

void ListingDetail::adopt(const QJsonObject &listing)
{
    if (listing.value(u"id"_s).toInteger() != m_id) {
        return;
    }
    // Only ever forward: an older view (lower listing_seq) never overwrites a newer one.
    if (loaded() && listing.value(u"listing_seq"_s).toInteger() < integer(u"listing_seq")) {
        return;
    }
    const qint64 minimumBefore = minimumBid();
    m_listing = listing;
    // Final replies drop leader_alias; the last known leader still tells who won.
    if (listing.contains(u"leader_alias"_s) || listing.value(u"bid_count"_s).toInteger() == 0) {
        m_leaderAlias = listing.value(u"leader_alias"_s).toString();
    }
    Q_EMIT listingChanged();
    Q_EMIT tick();
    if (minimumBid() != minimumBefore) {
        Q_EMIT minimumBidChanged();
    }
}

void ListingDetail::finishIfFinal()
{
    if (!isFinal() || !m_watching) {
        return;
    }
    m_watching = false;
    unwatchTask(m_id);
    standingTask(m_id); // won or lost, from the server's own account
}

void ListingDetail::learnMyAlias(const QJsonObject &reply)
{
    const QJsonObject listing = reply.value(u"listing"_s).toObject();
    if (reply.value(u"leading"_s).toBool() && listing.contains(u"leader_alias"_s)) {
        m_myAlias = listing.value(u"leader_alias"_s).toString();
        return;
    }
    for (const QJsonValue &entry : reply.value(u"entries"_s).toArray()) {
        const QString alias = m_bids.bidderOf(entry.toObject().value(u"seq"_s).toInteger());
        if (entry.toObject().value(u"mine"_s).toBool() && !alias.isEmpty()) {
            m_myAlias = alias;
        }
    }
}

void ListingDetail::placeBid(const QString &rupees)
{
    const qint64 paise = m_formatter.parseRupees(rupees);
    if (paise <= 0) {
        setResult(false, tr("Type the amount in rupees, for example 4650."));
        return;
    }
    bidTask(m_id, paise, false);
}

void ListingDetail::setProxy(const QString &rupees)
{
    const qint64 paise = m_formatter.parseRupees(rupees);
    if (paise <= 0) {
        setResult(false, tr("Type your maximum in rupees, for example 5000."));
        return;
    }
    bidTask(m_id, paise, true);
}

QCoro::Task<> ListingDetail::bidTask(qint64 id, qint64 paise, bool proxy)
{
    QJsonObject fields {{u"listing_id"_s, id}, {u"amount"_s, paise}};
    if (proxy) {
        fields.insert(u"proxy"_s, true);
    }
    auto bidding = m_runner.run(u"bid.place"_s, fields);
    const protocol::Reply reply = co_await bidding;
    if (id != m_id) {
        co_return;
    }
    if (!reply.ok()) {
        QString message = OpRunner::messageFor(reply);
        if (reply.error->code == ErrorCode::BidTooLow && minimumBid() > 0) {
            message += u' ' + tr("The lowest bid now is %1.").arg(m_formatter.perQuintal(minimumBid()));
        }
        setResult(false, message);
        co_return;
    }
    learnMyAlias(reply.fields);
    m_standing = reply.fields.value(u"leading"_s).toBool() ? u"winning"_s : u"outbid"_s;
    adopt(reply.fields.value(u"listing"_s).toObject());
    const QString priceNow = m_formatter.perQuintal(price());
    if (!reply.fields.value(u"leading"_s).toBool()) {
        setResult(true,
            tr("Bid placed, but another bidder's maximum is higher: the price is now %1.").arg(priceNow));
    } else if (proxy) {
        const QString maximum = m_formatter.perQuintal(reply.fields.value(u"your_maximum"_s).toInteger());
        setResult(true, tr("Your maximum of %1 is set. You lead at %2.").arg(maximum, priceNow));
    } else {
        setResult(true, tr("Bid placed. You lead at %1.").arg(priceNow));
    }
}

void ListingDetail::buyNow()
{
    buyNowTask(m_id);
}

QCoro::Task<> ListingDetail::buyNowTask(qint64 id)
{
    auto buying = m_runner.run(u"listing.buy_now"_s, QJsonObject {{u"listing_id"_s, id}});
    const protocol::Reply reply = co_await buying;
    if (id != m_id) {
        co_return;
    }
    if (!reply.ok()) {
        setResult(false, OpRunner::messageFor(reply));
        co_return;
    }
    m_standing = u"won"_s;
    adopt(reply.fields.value(u"listing"_s).toObject());
    finishIfFinal();
    const qint64 total = reply.fields.value(u"transaction"_s).toObject().value(u"total"_s).toInteger();
    setResult(true, tr("You bought this lot for %1.").arg(m_formatter.rupees(total)));
}

void ListingDetail::setResult(bool ok, const QString &message)
{
    m_resultOk = ok;
    m_resultMessage = message;
    Q_EMIT resultChanged();
    if (!message.isEmpty()) {
        Q_EMIT actionFinished(ok, message);
    }
}

} // namespace boli::client
