// SPDX-License-Identifier: GPL-3.0-or-later
// boli-bench: load for boli-server over the real protocol. docs/performance.md has the figures and
// the commands that produced them.
#include "hotlisting.h"
#include "marketsetup.h"
#include "serverlauncher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCoroTask>
#include <sys/resource.h>
#include <unistd.h>

namespace {
using namespace Qt::StringLiterals;
using namespace boli::bench;

struct BenchOptions
{
    HotListing::Options hot;
    bool smoke = false;
    QString serverBinary;
    QString dataParent;
    QString databaseUrl;
    QString adminLogin;
    QString adminPassword;
};

/// Each connection is a file descriptor on both ends; 1,000 watchers need more than the usual 1,024.
void raiseOpenFileLimit()
{
    rlimit limit {};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
}

std::variant<BenchOptions, QString> parse(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Load generator for boli-server (see docs/performance.md)."_s);
    parser.addHelpOption();
    const QCommandLineOption scenario(
        u"scenario"_s, u"Scenario: hot-listing (the only one so far)."_s, u"name"_s, u"hot-listing"_s);
    const QCommandLineOption bidders(
        u"bidders"_s, u"Bidders in a closed loop (default 50)."_s, u"B"_s, u"50"_s);
    const QCommandLineOption watchers(
        u"watchers"_s, u"Connections watching the listing (default 1000)."_s, u"W"_s, u"1000"_s);
    const QCommandLineOption seconds(u"seconds"_s, u"Measured seconds (default 20)."_s, u"S"_s, u"20"_s);
    const QCommandLineOption warmup(
        u"warmup"_s, u"Seconds of load before measuring (default 3)."_s, u"S"_s, u"3"_s);
    const QCommandLineOption waitForUpdate(u"wait-for-update"_s,
        u"A bidder refused with bid_too_low waits for a listing.updated with a newer minimum instead of "
        "bidding again at once."_s);
    const QCommandLineOption smoke(u"smoke"_s,
        u"3 s, 4 bidders, 10 watchers; exit 0 when bids were accepted and every watcher ends on the "
        "final price."_s);
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
    const QCommandLineOption database(
        u"db"_s, u"Database URL for the started server (default: SQLite in its data dir)."_s, u"url"_s);
    parser.addOptions({scenario, bidders, watchers, seconds, warmup, waitForUpdate, smoke, url, serverPid,
        adminLogin, adminPassword, serverBinary, dataParent, database});
    parser.process(app);

    if (parser.value(scenario) != u"hot-listing"_s) {
        return u"scenario '%1' is not built yet; only hot-listing is"_s.arg(parser.value(scenario));
    }
    BenchOptions options;
    options.smoke = parser.isSet(smoke);
    options.hot.bidders = options.smoke ? 4 : parser.value(bidders).toInt();
    options.hot.watchers = options.smoke ? 10 : parser.value(watchers).toInt();
    options.hot.seconds = options.smoke ? 3 : parser.value(seconds).toInt();
    options.hot.warmupSeconds = options.smoke ? 1 : parser.value(warmup).toInt();
    options.hot.waitForUpdate = parser.isSet(waitForUpdate);
    if (options.hot.bidders < 1 || options.hot.watchers < 1 || options.hot.seconds < 1
        || options.hot.warmupSeconds < 0) {
        return u"--bidders, --watchers and --seconds must be at least 1, --warmup at least 0"_s;
    }
    options.hot.url = QUrl(parser.value(url));
    options.hot.serverPid = parser.value(serverPid).toLongLong();
    options.adminLogin = parser.value(adminLogin);
    options.adminPassword = parser.value(adminPassword);
    if (parser.isSet(url) && (options.adminLogin.isEmpty() || options.adminPassword.isEmpty())) {
        return u"--url needs --admin-login and --admin-password"_s;
    }
    options.serverBinary = parser.value(serverBinary);
    options.dataParent = parser.value(dataParent);
    options.databaseUrl = parser.value(database);
    return options;
}

QCoro::Task<int> runHotListing(BenchOptions options, ServerLauncher *launcher)
{
    if (launcher) {
        auto starting = launcher->start();
        const bool started = co_await starting;
        if (!started) {
            qCritical("boli-bench: %s", qPrintable(launcher->error()));
            co_return 1;
        }
        options.hot.url = launcher->url();
        options.hot.serverPid = launcher->pid();
        options.adminLogin = launcher->adminLogin();
        options.adminPassword = launcher->adminPassword();
        QTextStream(stdout) << "boli-bench: started " << options.serverBinary << " (pid " << launcher->pid()
                            << ") on " << launcher->url().toString() << ", data dir " << launcher->dataDir()
                            << Qt::endl;
    }
    MarketSetup setup({options.hot.url, options.adminLogin, options.adminPassword, options.hot.bidders});
    auto settingUp = setup.run();
    const MarketSetup::Result market = co_await settingUp;
    if (!market.error.isEmpty()) {
        qCritical("boli-bench: setup failed: %s", qPrintable(market.error));
        co_return 1;
    }
    HotListing scenario(options.hot, market);
    auto running = scenario.run();
    const HotListingReport report = co_await running;
    QTextStream out(stdout);
    report.print(out);
    if (options.smoke) {
        out << (report.smokePassed() ? "smoke: PASS" : "smoke: FAIL") << Qt::endl;
        co_return report.smokePassed() ? 0 : 1;
    }
    co_return report.error.isEmpty() ? 0 : 1;
}
} // namespace

int main(int argc, char *argv[])
{
    raiseOpenFileLimit();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"boli-bench"_s);
    const auto parsed = parse(app);
    if (const auto *error = std::get_if<QString>(&parsed)) {
        qCritical("boli-bench: %s", qPrintable(*error));
        return 2;
    }
    const BenchOptions options = std::get<BenchOptions>(parsed);
    std::unique_ptr<ServerLauncher> launcher;
    if (options.hot.url.isEmpty()) {
        launcher = std::make_unique<ServerLauncher>(
            ServerLauncher::Options {options.serverBinary, options.dataParent, options.databaseUrl});
    }
    // A run that hangs (a server that stopped answering) must still end, and take its server with it.
    // The smoke test must fail before CTest's own 300 s timeout would kill it (and orphan the server).
    const int deadlineSeconds = options.smoke ? 120 : 300 + options.hot.warmupSeconds + options.hot.seconds;
    QTimer::singleShot(std::chrono::seconds(deadlineSeconds), &app, [&launcher, deadlineSeconds] {
        qCritical("boli-bench: no result after %d s; giving up", deadlineSeconds);
        if (launcher) {
            launcher->stop();
        }
        ::_exit(3);
    });
    const int code = QCoro::waitFor(runHotListing(options, launcher.get()));
    if (launcher) {
        launcher->stop();
    }
    return code;
}
