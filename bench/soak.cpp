// SPDX-License-Identifier: GPL-3.0-or-later
#include "soak.h"

namespace boli::bench {
namespace {
using namespace Qt::StringLiterals;

/// Connections opened at once: the server's listen backlog is Qt's default of 50.
constexpr size_t kConnectBatch = 50;
} // namespace

void SoakReport::print(QTextStream &out) const
{
    out << "boli-bench soak: " << connections << " idle authenticated connections"
        << (watching ? " (each watching the listing)" : "") << ", "
        << QString::number(resources.seconds, 'f', 2) << " s idle\n";
    if (!error.isEmpty()) {
        out << "  FAILED: " << error << "\n";
        return;
    }
    out << "  connecting         " << QString::number(connectSeconds, 'f', 1) << " s for all (batches of "
        << kConnectBatch << ": open, hello, authenticate" << (watching ? ", watch" : "") << ")\n";
    if (resources.serverMeasured) {
        const qint64 grown = serverRssConnectedKiB - serverRssBeforeKiB;
        out << "  server RSS         " << formatMiB(serverRssBeforeKiB) << " before, "
            << formatMiB(serverRssConnectedKiB) << " connected (+" << formatMiB(grown) << ", "
            << QString::number(double(grown) / std::max(connections, 1), 'f', 1) << " KiB per connection)\n";
    }
    out << "  after idling       " << answeredAtEnd << " of " << connections << " answered listing.get; p50 "
        << formatMs(finalReplyUs.percentile(50)) << ", p99 " << formatMs(finalReplyUs.percentile(99))
        << " (all sent at once)\n";
    resources.print(out);
}

Soak::Soak(Options options, MarketSetup::Result market, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_market(std::move(market))
    , m_resources(m_options.serverPid)
{
    m_report.connections = m_options.connections;
    m_report.watching = m_options.watch;
}

Soak::~Soak() = default;

QCoro::Task<SoakReport> Soak::run()
{
    m_report.serverRssBeforeKiB = m_resources.serverRssKiB();
    const qint64 startUs = nowUs();
    auto connecting = connectAll();
    m_report.error = co_await connecting;
    m_report.connectSeconds = double(nowUs() - startUs) / 1e6;
    if (!m_report.error.isEmpty()) {
        co_return m_report;
    }
    m_report.serverRssConnectedKiB = m_resources.serverRssKiB();
    m_resources.start();
    auto idling = sleepFor(std::chrono::seconds(m_options.seconds));
    co_await idling;
    m_report.resources = m_resources.stop();
    auto asking = askEveryone();
    co_await asking;
    co_return m_report;
}

QCoro::Task<QString> Soak::connectAll()
{
    const QStringList &tokens = m_market.traderTokens;
    QString error;
    for (int first = 0; first < m_options.connections && error.isEmpty(); first += int(kConnectBatch)) {
        const int end = std::min(first + int(kConnectBatch), m_options.connections);
        std::vector<QCoro::Task<QString>> greetings;
        for (int i = first; i < end; ++i) {
            m_clients.push_back(std::make_unique<BenchClient>());
            greetings.push_back(greet(*m_clients.back(), m_options.url, tokens.at(i % tokens.size())));
        }
        for (auto &greeting : greetings) {
            const QString failed = co_await greeting;
            error = error.isEmpty() ? failed : error;
        }
        std::vector<Completion<protocol::Reply>> watches;
        for (int i = first; i < end && error.isEmpty() && m_options.watch; ++i) {
            QJsonObject watch {{u"listing_id"_s, m_market.listingId}};
            watches.push_back(m_clients[size_t(i)]->request(u"watch"_s, watch));
        }
        for (const Completion<protocol::Reply> &watching : watches) {
            const protocol::Reply watched = co_await watching;
            error = error.isEmpty() ? describeFailure(u"watch"_s, watched) : error;
        }
    }
    co_return error;
}

QCoro::Task<> Soak::askEveryone()
{
    // Timed in the reply handler: awaiting the replies in order would time them in that order.
    Completion<bool> allAnswered;
    auto outstanding = std::make_shared<size_t>(m_clients.size());
    const qint64 sentUs = nowUs();
    for (const auto &client : m_clients) {
        QJsonObject id {{u"listing_id"_s, m_market.listingId}};
        client->send(
            u"listing.get"_s, id, [this, sentUs, outstanding, allAnswered](const protocol::Reply &got) {
                if (got.ok()) {
                    ++m_report.answeredAtEnd;
                    m_report.finalReplyUs.add(nowUs() - sentUs);
                }
                if (--*outstanding == 0) {
                    allAnswered.complete(true);
                }
            });
    }
    QTimer::singleShot(std::chrono::seconds(60), this, [allAnswered] { allAnswered.complete(false); });
    co_await allAnswered;
}

} // namespace boli::bench
