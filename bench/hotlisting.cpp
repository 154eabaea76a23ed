// SPDX-License-Identifier: GPL-3.0-or-later
#include "hotlisting.h"

#include <QThread>
#include <algorithm>
#include <unistd.h>

namespace boli::bench {
namespace {
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

/// Connections opened at once: the server's listen backlog is Qt's default of 50.
constexpr size_t kConnectBatch = 50;
/// A refused bidder that has learnt no newer minimum for this long asks with listing.get.
constexpr qint64 kStallUs = 1'000'000;
constexpr int kConvergeTimeoutMs = 10'000;

qint64 listingField(const QJsonObject &fields, const QString &name)
{
    return fields.value(u"listing"_s)[name].toInteger();
}
} // namespace

HotListing::HotListing(Options options, MarketSetup::Result market, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_market(std::move(market))
    , m_benchProbe(getpid())
{
    if (m_options.serverPid > 0) {
        m_serverProbe = std::make_unique<ServerProbe>(m_options.serverPid);
    }
    m_stallSweep.setInterval(250);
    connect(&m_stallSweep, &QTimer::timeout, this, &HotListing::refreshStalled);
    m_report.bidders = m_options.bidders;
    m_report.watchers = m_options.watchers;
    m_report.warmupSeconds = m_options.warmupSeconds;
    m_report.waitForUpdate = m_options.waitForUpdate;
    m_report.cores = QThread::idealThreadCount();
    m_report.serverPid = m_options.serverPid;
}

HotListing::~HotListing() = default;

QCoro::Task<HotListingReport> HotListing::run()
{
    auto bidding = connectBidders();
    m_report.error = co_await bidding;
    if (m_report.error.isEmpty()) {
        auto watching = connectWatchers();
        m_report.error = co_await watching;
    }
    if (!m_report.error.isEmpty()) {
        co_return m_report;
    }
    // Precise: a coarse timer may fire 5% late, which at 20 s is a second of unmeasured load.
    QTimer::singleShot(
        std::chrono::seconds(m_options.warmupSeconds), Qt::PreciseTimer, this, &HotListing::beginWindow);
    QTimer::singleShot(std::chrono::seconds(m_options.warmupSeconds + m_options.seconds), Qt::PreciseTimer,
        this, &HotListing::endWindow);
    m_stallSweep.start();
    for (size_t i = 0; i < m_bidders.size(); ++i) {
        m_bidders[i].nextAmount = m_market.minimumBid;
        placeBid(i);
    }
    auto converging = drainAndConverge();
    co_await converging;
    co_return m_report;
}

QCoro::Task<QString> HotListing::connectBidders()
{
    m_bidders.resize(size_t(m_options.bidders));
    std::vector<Joining> joining;
    for (size_t i = 0; i < m_bidders.size(); ++i) {
        m_bidders[i].client = std::make_unique<BenchClient>();
        m_bidders[i].client->onEvents(
            {u"listing.updated"_s}, [this, i](const protocol::Event &event) { onBidderUpdate(i, event); });
        joining.push_back(
            {m_bidders[i].client.get(), m_market.traderTokens.at(qsizetype(i)), &m_bidders[i].knownMinimum});
    }
    auto joiningAll = join(std::move(joining), u"minimum_bid"_s);
    const QString error = co_await joiningAll;
    co_return error;
}

QCoro::Task<QString> HotListing::connectWatchers()
{
    m_watchers.resize(size_t(m_options.watchers));
    std::vector<Joining> joining;
    for (size_t i = 0; i < m_watchers.size(); ++i) {
        m_watchers[i].client = std::make_unique<BenchClient>();
        m_watchers[i].client->onEvents(
            {u"listing.updated"_s}, [this, i](const protocol::Event &event) { onWatcherUpdate(i, event); });
        joining.push_back({m_watchers[i].client.get(), QString(), &m_watchers[i].lastPrice});
    }
    auto joiningAll = join(std::move(joining), u"price"_s);
    const QString error = co_await joiningAll;
    co_return error;
}

QCoro::Task<QString> HotListing::join(std::vector<Joining> joining, QString field)
{
    QString error;
    for (size_t first = 0; first < joining.size() && error.isEmpty(); first += kConnectBatch) {
        const size_t end = std::min(first + kConnectBatch, joining.size());
        std::vector<QCoro::Task<QString>> greetings;
        for (size_t i = first; i < end; ++i) {
            greetings.push_back(greet(*joining[i].client, m_options.url, joining[i].accessToken));
        }
        for (auto &greeting : greetings) {
            const QString failed = co_await greeting;
            error = error.isEmpty() ? failed : error;
        }
        std::vector<Completion<protocol::Reply>> watches;
        for (size_t i = first; i < end && error.isEmpty(); ++i) {
            QJsonObject watch {{u"listing_id"_s, m_market.listingId}};
            watches.push_back(joining[i].client->request(u"watch"_s, watch));
        }
        for (size_t n = 0; n < watches.size(); ++n) {
            const protocol::Reply watched = co_await watches[n];
            error = error.isEmpty() ? describeFailure(u"watch"_s, watched) : error;
            *joining[first + n].seen = listingField(watched.fields, field);
        }
    }
    co_return error;
}

void HotListing::beginWindow()
{
    m_windowStartUs = nowUs();
    collectEventCounts(-1);
    if (m_serverProbe) {
        m_serverProbe->start();
    }
    m_benchProbe.start();
    m_machineBusyAtStart = ServerProbe::machineBusySeconds();
}

void HotListing::endWindow()
{
    m_windowEndUs = nowUs();
    m_stopping = true;
    collectEventCounts(+1);
    if (m_serverProbe) {
        m_serverProbe->stop();
        m_report.serverMeasured = m_serverProbe->valid();
        m_report.serverCpuPercent = m_serverProbe->cpuPercent();
        m_report.serverPeakRssKiB = m_serverProbe->peakRssKiB();
        m_report.serverEndRssKiB = m_serverProbe->endRssKiB();
    }
    m_benchProbe.stop();
    m_report.benchCpuPercent = m_benchProbe.cpuPercent();
    m_report.benchPeakRssKiB = m_benchProbe.peakRssKiB();
    m_report.measuredSeconds = double(m_windowEndUs - m_windowStartUs) / 1e6;
    m_report.machineCpuPercent =
        100.0 * (ServerProbe::machineBusySeconds() - m_machineBusyAtStart) / m_report.measuredSeconds;
    if (m_inFlight == 0) {
        m_drained.complete(true);
    }
}

void HotListing::collectEventCounts(int sign)
{
    for (const Watcher &watcher : m_watchers) {
        m_report.watcherUpdates += sign * watcher.client->eventsHandled();
        m_report.watcherOtherEvents += sign * watcher.client->eventsSkipped();
    }
}

void HotListing::placeBid(size_t i)
{
    Bidder &bidder = m_bidders[i];
    bidder.waitingSinceUs = 0;
    if (m_stopping) {
        return;
    }
    bidder.inFlight = true;
    ++m_inFlight;
    bidder.lastAmount = bidder.nextAmount;
    bidder.sentAtUs = nowUs();
    QJsonObject bid {{u"listing_id"_s, m_market.listingId}, {u"amount"_s, bidder.nextAmount}};
    bidder.client->send(
        u"bid.place"_s, bid, [this, i](const protocol::Reply &reply) { onBidReply(i, reply); });
}

void HotListing::onBidReply(size_t i, const protocol::Reply &reply)
{
    const qint64 now = nowUs();
    Bidder &bidder = m_bidders[i];
    bidder.inFlight = false;
    --m_inFlight;
    m_lastReplyUs = now;
    const bool counted = inWindow(now);
    if (counted) {
        m_report.replyLatencyUs.add(now - bidder.sentAtUs);
    }
    if (reply.ok()) {
        m_report.bidsAccepted += counted;
        priceAccepted(listingField(reply.fields, u"price"_s), now);
        bidder.nextAmount = std::max(bidder.nextAmount, listingField(reply.fields, u"minimum_bid"_s));
        placeBid(i);
    } else if (reply.error->code == ErrorCode::BidTooLow) {
        m_report.bidsTooLow += counted;
        settle(i);
    } else {
        if (counted) {
            m_report.otherErrors[errorCodeName(reply.error->code)] += 1;
        }
        if (reply.error->code != ErrorCode::Offline) {
            refresh(i);
        }
    }
    if (m_stopping && m_inFlight == 0) {
        m_drained.complete(true);
    }
}

void HotListing::settle(size_t i)
{
    // Refused: bid again at once at the newest minimum this bidder knows of, even if that is the
    // refused amount again; or, waiting for updates, at the first minimum above the refused amount.
    Bidder &bidder = m_bidders[i];
    if (bidder.knownMinimum > bidder.lastAmount || !m_options.waitForUpdate) {
        bidder.nextAmount = std::max(bidder.nextAmount, bidder.knownMinimum);
        placeBid(i);
    } else {
        bidder.waitingSinceUs = nowUs();
    }
}

void HotListing::onBidderUpdate(size_t i, const protocol::Event &event)
{
    Bidder &bidder = m_bidders[i];
    bidder.knownMinimum = std::max(bidder.knownMinimum, listingField(event.fields, u"minimum_bid"_s));
    if (bidder.waitingSinceUs != 0 && !bidder.inFlight) {
        settle(i);
    }
}

void HotListing::refreshStalled()
{
    const qint64 now = nowUs();
    for (size_t i = 0; i < m_bidders.size(); ++i) {
        const Bidder &bidder = m_bidders[i];
        if (bidder.waitingSinceUs != 0 && !bidder.inFlight && now - bidder.waitingSinceUs > kStallUs) {
            refresh(i);
        }
    }
}

void HotListing::refresh(size_t i)
{
    Bidder &bidder = m_bidders[i];
    if (m_stopping) {
        return;
    }
    m_report.refreshes += inWindow(nowUs());
    bidder.inFlight = true;
    bidder.waitingSinceUs = 0;
    ++m_inFlight;
    QJsonObject id {{u"listing_id"_s, m_market.listingId}};
    bidder.client->send(u"listing.get"_s, id, [this, i](const protocol::Reply &reply) {
        Bidder &refreshed = m_bidders[i];
        refreshed.inFlight = false;
        --m_inFlight;
        if (reply.ok()) {
            refreshed.knownMinimum =
                std::max(refreshed.knownMinimum, listingField(reply.fields, u"minimum_bid"_s));
            refreshed.nextAmount = std::max(refreshed.nextAmount, refreshed.knownMinimum);
            placeBid(i);
        }
        if (m_stopping && m_inFlight == 0) {
            m_drained.complete(true);
        }
    });
}

void HotListing::priceAccepted(qint64 price, qint64 atUs)
{
    m_acceptedAtUs.insert(price, atUs);
    const QList<qint64> early = m_seenEarlyUs.take(price);
    if (!inWindow(atUs)) {
        return;
    }
    // A watcher may be read before the bidder whose reply the server wrote first.
    for (qsizetype n = 0; n < early.size(); ++n) {
        m_report.stalenessUs.add(0);
        ++m_report.seenBeforeReply;
    }
}

void HotListing::onWatcherUpdate(size_t i, const protocol::Event &event)
{
    const qint64 now = nowUs();
    const qint64 price = listingField(event.fields, u"price"_s);
    m_watchers[i].lastPrice = price;
    const auto accepted = m_acceptedAtUs.constFind(price);
    if (accepted == m_acceptedAtUs.cend()) {
        m_seenEarlyUs[price].append(now);
    } else if (inWindow(*accepted)) {
        m_report.stalenessUs.add(now - *accepted);
    }
}

QCoro::Task<> HotListing::drainAndConverge()
{
    auto drained = m_drained;
    co_await drained;
    m_stallSweep.stop();
    QJsonObject id {{u"listing_id"_s, m_market.listingId}};
    auto getting = m_bidders.front().client->request(u"listing.get"_s, id);
    const protocol::Reply final = co_await getting;
    m_report.finalPrice = listingField(final.fields, u"price"_s);
    const qint64 startUs = std::max(m_lastReplyUs, m_windowEndUs);
    int atFinal = 0;
    while (nowUs() - startUs < kConvergeTimeoutMs * 1000LL) {
        atFinal = int(std::count_if(m_watchers.cbegin(), m_watchers.cend(),
            [this](const Watcher &w) { return w.lastPrice == m_report.finalPrice; }));
        if (atFinal == int(m_watchers.size())) {
            break;
        }
        auto pause = sleepFor(10ms);
        co_await pause;
    }
    m_report.watchersAtFinalPrice = atFinal;
    m_report.convergenceSeconds = double(nowUs() - startUs) / 1e6;
}

} // namespace boli::bench
