// SPDX-License-Identifier: GPL-3.0-or-later
#include "crashtraffic.h"

#include <QTimer>

namespace boli::test {
namespace {
using namespace Qt::StringLiterals;

/// Above any increment step at these prices: a refused bidder that learnt nothing newer still climbs.
constexpr qint64 kRefusedStep = 50'000;
} // namespace

CrashTraffic::CrashTraffic(TestClient &client, qint64 userId, QList<AckedBid> &acked, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_userId(userId)
    , m_acked(acked)
{
    connect(&m_client.socket(), &QWebSocket::textMessageReceived, this, &CrashTraffic::onText);
}

void CrashTraffic::bidContinuously(qint64 listingId, qint64 minimum)
{
    sendBid(listingId, minimum);
}

void CrashTraffic::sendOnce(const QString &op, qint64 listingId)
{
    const qint64 id = m_nextId++;
    m_pending.insert(id, Pending {op, listingId, 0});
    m_client.socket().sendTextMessage(
        QString::fromUtf8(protocol::encodeRequest(id, op, {{u"listing_id"_s, listingId}})));
    m_client.socket().flush();
}

void CrashTraffic::sendBid(qint64 listingId, qint64 amount)
{
    if (!m_client.isOpen()) {
        return;
    }
    const qint64 id = m_nextId++;
    m_pending.insert(id, Pending {u"bid.place"_s, listingId, amount});
    m_client.socket().sendTextMessage(QString::fromUtf8(
        protocol::encodeRequest(id, u"bid.place"_s, {{u"listing_id"_s, listingId}, {u"amount"_s, amount}})));
}

void CrashTraffic::onText(const QString &text)
{
    const auto decoded = protocol::decodeServerMessage(text.toUtf8());
    const auto *reply = std::get_if<protocol::Reply>(&decoded);
    if (!reply || !reply->re || !m_pending.contains(*reply->re)) {
        return; // an event, or a reply to TestClient's own request
    }
    const Pending pending = m_pending.take(*reply->re);
    if (pending.op != u"bid.place"_s) {
        if (reply->ok()) {
            m_acknowledged.insert(pending.op + u':' + QString::number(pending.listingId));
        }
        return;
    }
    if (reply->ok()) {
        m_acked.append(AckedBid {pending.listingId, m_userId, pending.amount});
        const QJsonObject listing = reply->fields.value(u"listing"_s).toObject();
        if (listing.value(u"status"_s).toString() == u"live"_s) {
            sendBid(pending.listingId, listing.value(u"minimum_bid"_s).toInteger());
        }
    } else if (reply->error->code == ErrorCode::BidTooLow) {
        sendBid(pending.listingId, pending.amount + kRefusedStep);
    } else {
        // conflict or the like: try again shortly rather than end the loop.
        QTimer::singleShot(
            50, this, [this, pending] { sendBid(pending.listingId, pending.amount + kRefusedStep); });
    }
}

} // namespace boli::test
