// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchoptions.h"

#include <QCommandLineParser>

namespace boli::bench {
namespace {
using namespace Qt::StringLiterals;

const QString kDescription =
    u"Load generator for boli-server over the real protocol (docs/performance.md).\n\n"
    "Scenarios (--scenario):\n"
    "  hot-listing  B bidders in a closed loop on one live listing (each bids the "
    "minimum as soon as its last bid is answered) and W watchers of it. Options: "
    "--bidders, --watchers, --wait-for-update.\n"
    "  wide-market  L live listings and C authenticated connections; each connection "
    "bids in a closed loop on a random listing and watches a few. Options: --listings, "
    "--connections, --watches.\n"
    "  soak         N idle authenticated connections: server memory per connection, "
    "idle CPU, and a listing.get on every connection at the end. Options: "
    "--connections, --traders, --watch.\n\n"
    "Every scenario reports what applies of: bids processed/s and accepted/s, reply "
    "latency p50/p99, watcher staleness p50/p99, server RSS and CPU (with the "
    "server's pid), the bench's own CPU and the whole machine's.\n"
    "Without --url the bench starts the boli-server built with it on 127.0.0.1 (a "
    "fresh data dir, SQLite unless --db) and stops it at the end. The bench raises its "
    "open-file limit to the hard limit (ulimit -Hn); the server it starts inherits it."_s;

int positive(const QCommandLineParser &parser, const QCommandLineOption &option, int fallback)
{
    return parser.isSet(option) ? parser.value(option).toInt() : fallback;
}
} // namespace

std::variant<BenchOptions, QString> BenchOptions::parse(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(kDescription);
    parser.addHelpOption();
    const QCommandLineOption scenario(
        u"scenario"_s, u"hot-listing (default), wide-market or soak."_s, u"name"_s, u"hot-listing"_s);
    const QCommandLineOption bidders(u"bidders"_s, u"hot-listing: bidders (default 50)."_s, u"B"_s, u"50"_s);
    const QCommandLineOption watchers(
        u"watchers"_s, u"hot-listing: connections watching the listing (default 1000)."_s, u"W"_s, u"1000"_s);
    const QCommandLineOption waitForUpdate(u"wait-for-update"_s,
        u"hot-listing: a bidder refused with bid_too_low waits for a listing.updated with a newer minimum "
        "instead of bidding again at once."_s);
    const QCommandLineOption listings(
        u"listings"_s, u"wide-market: live listings (default 10000)."_s, u"L"_s, u"10000"_s);
    const QCommandLineOption connections(u"connections"_s,
        u"wide-market: bidding connections (default 5000); soak: idle connections (default 10000)."_s,
        u"C"_s);
    const QCommandLineOption watches(
        u"watches"_s, u"wide-market: random listings each connection watches (default 2)."_s, u"n"_s, u"2"_s);
    const QCommandLineOption traders(u"traders"_s,
        u"Trader accounts; connections share their tokens round robin (default: one per bidder or "
        "connection; soak: 100)."_s,
        u"n"_s);
    const QCommandLineOption watch(u"watch"_s, u"soak: every connection also watches one listing."_s);
    const QCommandLineOption seconds(
        u"seconds"_s, u"Measured seconds (soak: idle seconds; default 20)."_s, u"S"_s, u"20"_s);
    const QCommandLineOption warmup(
        u"warmup"_s, u"Seconds of load before measuring (default 3)."_s, u"S"_s, u"3"_s);
    const QCommandLineOption smoke(u"smoke"_s,
        u"A few seconds at a tiny size (hot-listing: 4 bidders, 10 watchers; wide-market: 20 listings, 20 "
        "connections; soak: 50 connections); exit 0 when the scenario's check passes."_s);
    const QCommandLineOption url(
        u"url"_s, u"Use a running server (ws://host:port/ws) instead of starting one."_s, u"url"_s);
    const QCommandLineOption serverPid(
        u"server-pid"_s, u"With --url: the server's pid, to measure it."_s, u"pid"_s);
    const QCommandLineOption adminLogin(u"admin-login"_s, u"With --url: an admin's login."_s, u"login"_s);
    const QCommandLineOption adminPassword(
        u"admin-password"_s, u"With --url: that admin's password."_s, u"pw"_s);
    const QCommandLineOption serverBinary(
        u"server-binary"_s, u"The boli-server to start."_s, u"path"_s, QStringLiteral(BOLI_SERVER_BINARY));
    const QCommandLineOption dataParent(u"data-parent"_s,
        u"Where the started server's temporary data dir goes (default: the system temp dir). Use a "
        "real disk: on tmpfs a commit is not durable."_s,
        u"dir"_s);
    const QCommandLineOption database(u"db"_s,
        u"Database URL for the started server (default: SQLite in its data dir), e.g. "
        "postgres://user@127.0.0.1:5432/boli."_s,
        u"url"_s);
    parser.addOptions(
        {scenario, bidders, watchers, waitForUpdate, listings, connections, watches, traders, watch, seconds,
            warmup, smoke, url, serverPid, adminLogin, adminPassword, serverBinary, dataParent, database});
    parser.process(app);

    BenchOptions options;
    const QString name = parser.value(scenario);
    if (name == u"wide-market"_s) {
        options.scenario = Scenario::WideMarket;
    } else if (name == u"soak"_s) {
        options.scenario = Scenario::Soak;
    } else if (name != u"hot-listing"_s) {
        return u"unknown scenario '%1': hot-listing, wide-market or soak"_s.arg(name);
    }
    options.smoke = parser.isSet(smoke);
    const int measured = options.smoke ? 3 : parser.value(seconds).toInt();
    const int warm = options.smoke ? 1 : parser.value(warmup).toInt();
    if (measured < 1 || warm < 0) {
        return u"--seconds must be at least 1, --warmup at least 0"_s;
    }

    options.hot.bidders = options.smoke ? 4 : parser.value(bidders).toInt();
    options.hot.watchers = options.smoke ? 10 : parser.value(watchers).toInt();
    options.hot.seconds = measured;
    options.hot.warmupSeconds = warm;
    options.hot.waitForUpdate = parser.isSet(waitForUpdate);

    options.wide.connections = options.smoke ? 20 : positive(parser, connections, 5000);
    options.wide.watchesPerConnection = parser.value(watches).toInt();
    options.wide.seconds = measured;
    options.wide.warmupSeconds = warm;

    options.soak.connections = options.smoke ? 50 : positive(parser, connections, 10'000);
    options.soak.watch = parser.isSet(watch);
    options.soak.seconds = options.smoke ? 1 : measured;

    switch (options.scenario) {
    case Scenario::HotListing:
        options.traders = options.hot.bidders;
        break;
    case Scenario::WideMarket:
        options.listings = options.smoke ? 20 : parser.value(listings).toInt();
        options.traders = positive(parser, traders, options.wide.connections);
        break;
    case Scenario::Soak:
        options.traders = positive(parser, traders, std::min(100, options.soak.connections));
        break;
    }
    if (options.hot.bidders < 1 || options.hot.watchers < 1 || options.wide.connections < 1
        || options.soak.connections < 1 || options.listings < 1 || options.traders < 1
        || options.wide.watchesPerConnection < 0) {
        return u"--bidders, --watchers, --connections, --listings and --traders must be at least 1, "
               "--watches at least 0"_s;
    }

    options.url = QUrl(parser.value(url));
    options.adminLogin = parser.value(adminLogin);
    options.adminPassword = parser.value(adminPassword);
    if (parser.isSet(url) && (options.adminLogin.isEmpty() || options.adminPassword.isEmpty())) {
        return u"--url needs --admin-login and --admin-password"_s;
    }
    options.setServer(options.url, parser.value(serverPid).toLongLong());
    options.serverBinary = parser.value(serverBinary);
    options.dataParent = parser.value(dataParent);
    options.databaseUrl = parser.value(database);
    return options;
}

void BenchOptions::setServer(const QUrl &serverUrl, qint64 pid)
{
    url = serverUrl;
    serverPid = pid;
    hot.url = wide.url = soak.url = serverUrl;
    hot.serverPid = wide.serverPid = soak.serverPid = pid;
}

MarketSetup::Options BenchOptions::setupOptions() const
{
    MarketSetup::Options setup;
    setup.url = url;
    setup.adminLogin = adminLogin;
    setup.adminPassword = adminPassword;
    setup.traders = traders;
    setup.listings = listings;
    return setup;
}

int BenchOptions::deadlineSeconds() const
{
    // Setup of thousands of accounts, listings and connections takes minutes on a small machine.
    const int accounts = (traders + listings) / 20;
    const int opened = std::max(wide.connections, soak.connections) / 20;
    return 300 + accounts + opened + hot.warmupSeconds + hot.seconds;
}

} // namespace boli::bench
