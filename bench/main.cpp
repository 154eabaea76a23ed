// SPDX-License-Identifier: GPL-3.0-or-later
// boli-bench: load for boli-server over the real protocol. docs/performance.md has the figures and
// the commands that produced them.
#include "benchoptions.h"
#include "hotlisting.h"
#include "marketsetup.h"
#include "serverlauncher.h"
#include "soak.h"
#include "widemarket.h"

#include "eventloop/epolldispatcher.h"

#include <QCoreApplication>
#include <QCoroTask>
#include <sys/resource.h>
#include <unistd.h>

namespace {
using namespace Qt::StringLiterals;
using namespace boli::bench;

/// Each connection is a file descriptor on both ends: 1,000 watchers need more than the usual 1,024,
/// 10,000 soak connections more than 10,000. The server the bench starts inherits the limit.
void raiseOpenFileLimit()
{
    rlimit limit {};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
}

/// Runs the chosen scenario on a set-up market; prints its report; the exit code.
template<typename Scenario>
QCoro::Task<int> runScenario(typename Scenario::Options options, MarketSetup::Result market, bool smoke)
{
    Scenario scenario(std::move(options), std::move(market));
    auto running = scenario.run();
    const auto report = co_await running;
    QTextStream out(stdout);
    report.print(out);
    if (smoke) {
        out << (report.smokePassed() ? "smoke: PASS" : "smoke: FAIL") << Qt::endl;
        co_return report.smokePassed() ? 0 : 1;
    }
    co_return report.error.isEmpty() ? 0 : 1;
}

QCoro::Task<int> run(BenchOptions options, ServerLauncher *launcher)
{
    if (launcher) {
        auto starting = launcher->start();
        const bool started = co_await starting;
        if (!started) {
            qCritical("boli-bench: %s", qPrintable(launcher->error()));
            co_return 1;
        }
        options.setServer(launcher->url(), launcher->pid());
        options.adminLogin = launcher->adminLogin();
        options.adminPassword = launcher->adminPassword();
        QTextStream(stdout) << "boli-bench: started " << options.serverBinary << " (pid " << launcher->pid()
                            << ") on " << launcher->url().toString() << ", data dir " << launcher->dataDir()
                            << Qt::endl;
    }
    MarketSetup setup(options.setupOptions());
    auto settingUp = setup.run();
    const MarketSetup::Result market = co_await settingUp;
    if (!market.error.isEmpty()) {
        qCritical("boli-bench: setup failed: %s", qPrintable(market.error));
        co_return 1;
    }
    if (options.scenario == Scenario::WideMarket) {
        auto wide = runScenario<WideMarket>(options.wide, market, options.smoke);
        const int code = co_await wide;
        co_return code;
    }
    if (options.scenario == Scenario::Soak) {
        auto soak = runScenario<Soak>(options.soak, market, options.smoke);
        const int code = co_await soak;
        co_return code;
    }
    auto hot = runScenario<HotListing>(options.hot, market, options.smoke);
    const int code = co_await hot;
    co_return code;
}
} // namespace

int main(int argc, char *argv[])
{
    raiseOpenFileLimit();
    // The bench holds as many sockets as the server: the same epoll dispatcher, so that Qt's poll of
    // every socket per wake-up does not make the bench the bottleneck (BOLI_EVENT_DISPATCHER=qt: Qt's).
    if (qEnvironmentVariable("BOLI_EVENT_DISPATCHER") != QLatin1String("qt")) {
        QCoreApplication::setEventDispatcher(new boli::server::EpollEventDispatcher);
    }
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"boli-bench"_s);
    const auto parsed = BenchOptions::parse(app);
    if (const auto *error = std::get_if<QString>(&parsed)) {
        qCritical("boli-bench: %s", qPrintable(*error));
        return 2;
    }
    const BenchOptions options = std::get<BenchOptions>(parsed);
    std::unique_ptr<ServerLauncher> launcher;
    if (options.url.isEmpty()) {
        launcher = std::make_unique<ServerLauncher>(
            ServerLauncher::Options {options.serverBinary, options.dataParent, options.databaseUrl});
    }
    // A run that hangs (a server that stopped answering) must still end, and take its server with it.
    // The smoke test must fail before CTest's own 300 s timeout would kill it (and orphan the server).
    const int deadlineSeconds = options.smoke ? 120 : options.deadlineSeconds();
    QTimer::singleShot(std::chrono::seconds(deadlineSeconds), &app, [&launcher, deadlineSeconds] {
        qCritical("boli-bench: no result after %d s; giving up", deadlineSeconds);
        if (launcher) {
            launcher->stop();
        }
        ::_exit(3);
    });
    const int code = QCoro::waitFor(run(options, launcher.get()));
    if (launcher) {
        launcher->stop();
    }
    return code;
}
