// SPDX-License-Identifier: GPL-3.0-or-later
#include "widemarket.h"

#include <numeric>

namespace boli::bench {
namespace {
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

/// Connections opened at once: the server's listen backlog is Qt's default of 50.
constexpr size_t kConnectBatch = 50;
constexpr int kDrainTimeoutMs = 30'000;
} // namespace

qint64 WideMarketReport::bidsProcessed() const
{
    return bidsAccepted + bidsTooLow + std::accumulate(otherErrors.cbegin(), otherErrors.cend(), qint64(0));
}

double WideMarketReport::perSecond(qint64 count) const
{
    return measuredSeconds > 0 ? double(count) / measuredSeconds : 0;
}

void WideMarketReport::print(QTextStream &out) const
{
    out << "boli-bench wide market: " << listings << " live listings, " << connections
        << " connections bidding (each watching " << watchesPerConnection << "), "
        << QString::number(measuredSeconds, 'f', 2) << " s measured after "
        << QString::number(warmupSeconds, 'f', 0) << " s warm-up\n";
    if (!error.isEmpty()) {
        out << "  FAILED: " << error << "\n";
        return;
    }
    out << "  bids processed     " << bidsProcessed() << " ("
        << QString::number(perSecond(bidsProcessed()), 'f', 0) << "/s)\n";
    out << "  bids accepted      " << bidsAccepted << " (" << QString::number(perSecond(bidsAccepted), 'f', 0)
        << "/s)\n";
    out << "  bid_too_low        " << bidsTooLow << " (" << QString::number(perSecond(bidsTooLow), 'f', 0)
        << "/s)\n";
    for (auto it = otherErrors.cbegin(); it != otherErrors.cend(); ++it) {
        out << "  error " << it.key() << "  " << it.value() << "\n";
    }
    out << "  reply latency      p50 " << formatMs(replyLatencyUs.percentile(50)) << ", p99 "
        << formatMs(replyLatencyUs.percentile(99)) << ", max " << formatMs(replyLatencyUs.max()) << " ("
        << replyLatencyUs.count() << " replies)\n";
    out << "  watcher staleness  p50 " << formatMs(stalenessUs.percentile(50)) << ", p99 "
        << formatMs(stalenessUs.percentile(99)) << ", max " << formatMs(stalenessUs.max()) << " ("
        << stalenessUs.count() << " sightings, " << seenBeforeReply << " before the bidder's reply)\n";
    out << "  watcher events     " << watcherUpdates << " listing.updated ("
        << QString::number(perSecond(watcherUpdates), 'f', 0) << "/s)\n";
    resources.print(out);
}

WideMarket::WideMarket(Options options, MarketSetup::Result market, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_market(std::move(market))
    , m_resources(m_options.serverPid)
{
    m_report.listings = int(m_market.listingIds.size());
    m_report.connections = m_options.connections;
    m_report.watchesPerConnection = m_options.watchesPerConnection;
    m_report.warmupSeconds = m_options.warmupSeconds;
    for (const qint64 id : std::as_const(m_market.listingIds)) {
        m_minimum.insert(id, m_market.minimumBid);
    }
}

WideMarket::~WideMarket() = default;

QCoro::Task<WideMarketReport> WideMarket::run()
{
    auto connecting = connectAll();
    m_report.error = co_await connecting;
    if (!m_report.error.isEmpty()) {
        co_return m_report;
    }
    QTimer::singleShot(
        std::chrono::seconds(m_options.warmupSeconds), Qt::PreciseTimer, this, &WideMarket::beginWindow);
    QTimer::singleShot(std::chrono::seconds(m_options.warmupSeconds + m_options.seconds), Qt::PreciseTimer,
        this, &WideMarket::endWindow);
    for (size_t i = 0; i < m_connections.size(); ++i) {
        placeBid(i);
    }
    QTimer::singleShot(std::chrono::seconds(m_options.warmupSeconds + m_options.seconds)
            + std::chrono::milliseconds(kDrainTimeoutMs),
        this, [this] { m_drained.complete(false); });
    auto drained = m_drained;
    const bool allAnswered = co_await drained;
    if (!allAnswered) {
        m_report.error =
            u"%1 bids unanswered %2 s after the window"_s.arg(m_inFlight).arg(kDrainTimeoutMs / 1000);
    }
    co_return m_report;
}

QCoro::Task<QString> WideMarket::connectAll()
{
    const QStringList &tokens = m_market.traderTokens;
    m_connections.resize(size_t(m_options.connections));
    QString error;
    for (size_t first = 0; first < m_connections.size() && error.isEmpty(); first += kConnectBatch) {
        const size_t end = std::min(first + kConnectBatch, m_connections.size());
        std::vector<QCoro::Task<QString>> greetings;
        for (size_t i = first; i < end; ++i) {
            m_connections[i].client = std::make_unique<BenchClient>();
            m_connections[i].client->onEvents(
                {u"listing.updated"_s}, [this](const protocol::Event &event) { onUpdate(event); });
            greetings.push_back(
                greet(*m_connections[i].client, m_options.url, tokens.at(qsizetype(i) % tokens.size())));
        }
        for (auto &greeting : greetings) {
            const QString failed = co_await greeting;
            error = error.isEmpty() ? failed : error;
        }
        std::vector<Completion<protocol::Reply>> watches;
        for (size_t i = first; i < end && error.isEmpty(); ++i) {
            for (int n = 0; n < m_options.watchesPerConnection; ++n) {
                const qint64 id = m_market.listingIds.at(m_random.bounded(m_market.listingIds.size()));
                QJsonObject watch {{u"listing_id"_s, id}};
                watches.push_back(m_connections[i].client->request(u"watch"_s, watch));
            }
        }
        for (const Completion<protocol::Reply> &watching : watches) {
            const protocol::Reply watched = co_await watching;
            error = error.isEmpty() ? describeFailure(u"watch"_s, watched) : error;
        }
    }
    co_return error;
}

void WideMarket::beginWindow()
{
    m_windowStartUs = nowUs();
    m_resources.start();
}

void WideMarket::endWindow()
{
    m_windowEndUs = nowUs();
    m_stopping = true;
    m_report.resources = m_resources.stop();
    m_report.measuredSeconds = double(m_windowEndUs - m_windowStartUs) / 1e6;
    if (m_inFlight == 0) {
        m_drained.complete(true);
    }
}

void WideMarket::placeBid(size_t i)
{
    if (m_stopping) {
        return;
    }
    Connection &connection = m_connections[i];
    const qint64 listingId = m_market.listingIds.at(m_random.bounded(m_market.listingIds.size()));
    connection.inFlight = true;
    connection.sentAtUs = nowUs();
    ++m_inFlight;
    QJsonObject bid {{u"listing_id"_s, listingId}, {u"amount"_s, m_minimum.value(listingId)}};
    connection.client->send(u"bid.place"_s, bid,
        [this, i, listingId](const protocol::Reply &reply) { onBidReply(i, listingId, reply); });
}

void WideMarket::onBidReply(size_t i, qint64 listingId, const protocol::Reply &reply)
{
    const qint64 now = nowUs();
    Connection &connection = m_connections[i];
    connection.inFlight = false;
    --m_inFlight;
    const bool counted = inWindow(now);
    if (counted) {
        m_report.replyLatencyUs.add(now - connection.sentAtUs);
    }
    if (reply.ok()) {
        m_report.bidsAccepted += counted;
        const QJsonValue listing = reply.fields.value(u"listing"_s);
        learn(listingId, listing);
        const qint64 key = priceKey(listingId, listing[u"price"_s].toInteger());
        m_acceptedAtUs.insert(key, now);
        const int early = m_seenEarly.take(key);
        if (counted) {
            for (int n = 0; n < early; ++n) {
                m_report.stalenessUs.add(0);
            }
            m_report.seenBeforeReply += early;
        }
    } else if (reply.error->code == ErrorCode::BidTooLow) {
        m_report.bidsTooLow += counted;
    } else if (counted) {
        m_report.otherErrors[errorCodeName(reply.error->code)] += 1;
    }
    if (m_stopping && m_inFlight == 0) {
        m_drained.complete(true);
    }
    if (reply.ok() || !reply.error || reply.error->code != ErrorCode::Offline) {
        placeBid(i);
    }
}

void WideMarket::learn(qint64 listingId, const QJsonValue &listing)
{
    qint64 &minimum = m_minimum[listingId];
    minimum = std::max(minimum, listing[u"minimum_bid"_s].toInteger());
}

void WideMarket::onUpdate(const protocol::Event &event)
{
    const qint64 now = nowUs();
    const QJsonValue listing = event.fields.value(u"listing"_s);
    const qint64 listingId = listing[u"id"_s].toInteger();
    learn(listingId, listing);
    m_report.watcherUpdates += inWindow(now);
    const qint64 key = priceKey(listingId, listing[u"price"_s].toInteger());
    const auto accepted = m_acceptedAtUs.constFind(key);
    if (accepted == m_acceptedAtUs.cend()) {
        m_seenEarly[key] += 1;
    } else if (inWindow(*accepted)) {
        m_report.stalenessUs.add(now - *accepted);
    }
}

} // namespace boli::bench
