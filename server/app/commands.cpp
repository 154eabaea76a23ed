// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commands.h"

#include "app/config.h"
#include "app/demodata.h"
#include "app/demolistings.h"
#include "app/logging.h"
#include "app/serverapp.h"
#include "app/serverparts.h"
#include "app/signalwatcher.h"
#include "audit/auditverifier.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLoggingCategory>
#include <cstdio>

Q_DECLARE_LOGGING_CATEGORY(lcApp)

namespace boli::server {
namespace {
using namespace Qt::StringLiterals;

void print(FILE *stream, const QString &text)
{
    std::fputs(qPrintable(text + u'\n'), stream);
}

int serve(const Config &config)
{
    ServerApp app(config);
    app.start();
    app.parts().prices.start(); // scheduled price fetches run only in a serving process
    SignalWatcher signals;
    QObject::connect(&signals, &SignalWatcher::terminationRequested, &app, [&app](int signalNumber) {
        qCInfo(lcApp) << "signal" << signalNumber << "received: closing connections and stopping";
        app.stop();
        // Let the close frames go out before the loop ends.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(), &QCoreApplication::quit, Qt::QueuedConnection);
    });
    const int code = QCoreApplication::exec();
    qCInfo(lcApp) << "stopped cleanly";
    return code;
}

int verifyAudit(const Config &config)
{
    ServerApp app(config);
    app.open();
    const AuditVerification result = AuditVerifier(app.database()).verify();
    print(result.intact() ? stdout : stderr, result.summary());
    return result.intact() ? 0 : 1;
}

int createAdmin(const Config &config)
{
    if (config.commandArguments.size() != 2) {
        print(stderr,
            u"usage: boli-server create-admin PHONE_OR_EMAIL \"NAME\" (password in BOLI_ADMIN_PASSWORD)"_s);
        return 2;
    }
    const QString password = qEnvironmentVariable("BOLI_ADMIN_PASSWORD");
    ServerApp app(config);
    app.open();
    const QString login = config.commandArguments.at(0);
    NewAccount account;
    (login.contains(u'@') ? account.email : account.phone) = login;
    account.displayName = config.commandArguments.at(1);
    account.role = Role::Admin;
    account.secret = password;
    const auto result =
        QCoro::waitFor(app.parts().accounts.create(account, AuditActor::system(), u"cli.create_admin"_s));
    if (const auto *error = std::get_if<Error>(&result)) {
        print(stderr, u"create-admin failed: "_s + error->message);
        return 1;
    }
    print(stdout, u"admin %1 created (user %2)"_s.arg(login).arg(std::get<User>(result).id));
    return 0;
}

/// Imports a dataset file an admin carried in (CSV or JSON); bad rows are listed, good rows kept.
int importPrices(const Config &config)
{
    if (config.commandArguments.size() != 1) {
        print(stderr,
            u"usage: boli-server import-prices FILE (CSV or JSON of the daily mandi price dataset)"_s);
        return 2;
    }
    const QString path = config.commandArguments.first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        print(stderr, u"import-prices: cannot read '%1': %2"_s.arg(path, file.errorString()));
        return 1;
    }
    ServerApp app(config);
    app.open();
    const QString format = path.endsWith(u".csv"_s, Qt::CaseInsensitive) ? u"csv"_s
        : path.endsWith(u".json"_s, Qt::CaseInsensitive)                 ? u"json"_s
                                                                         : QString();
    const PriceRun run = app.parts().prices.importFile(
        file.readAll(), format, QFileInfo(path).fileName(), AuditActor::system(), u"cli.import_prices"_s);
    for (const QJsonValue &rejection : run.rejections) {
        print(
            stderr, u"row %1: %2"_s.arg(rejection[u"row"_s].toInt()).arg(rejection[u"reason"_s].toString()));
    }
    if (run.rejected > run.rejections.size()) {
        print(stderr, u"... and %1 more rejected rows"_s.arg(run.rejected - run.rejections.size()));
    }
    if (!run.ok) {
        print(stderr, u"import-prices: nothing stored: "_s + run.error);
        return 1;
    }
    print(stdout,
        u"import-prices: %1 of %2 rows stored, %3 rejected"_s.arg(run.recordsStored)
            .arg(run.recordsSeen)
            .arg(run.rejected));
    return 0;
}

int runCommand(const Config &config)
{
    if (config.command == u"serve"_s) {
        return serve(config);
    }
    if (config.command == u"verify-audit"_s) {
        return verifyAudit(config);
    }
    if (config.command == u"create-admin"_s) {
        return createAdmin(config);
    }
    if (config.command == u"import-prices"_s) {
        return importPrices(config);
    }
    ServerApp app(config);
    app.open();
    if (config.command == u"seed-demo"_s) {
        print(stdout, DemoData(app.parts()).seed());
        print(stdout, DemoListings(app.parts(), app.clock()).seed());
    }
    return 0; // migrate: open() applied them
}

} // namespace

int runCommandLine(const QStringList &arguments)
{
    const auto loaded = ConfigLoader::load(arguments, QProcessEnvironment::systemEnvironment());
    if (const auto *error = std::get_if<QString>(&loaded)) {
        print(stderr, u"boli-server: "_s + *error + u"\nTry 'boli-server --help'."_s);
        return 2;
    }
    const Config &config = std::get<Config>(loaded);
    if (config.showHelp) {
        print(stdout, ConfigLoader::helpText());
        return 0;
    }
    if (config.showVersion) {
        print(stdout, u"boli-server "_s + QStringLiteral(BOLI_VERSION));
        return 0;
    }
    installLogging(config.logLevel, config.logFormat);
    try {
        return runCommand(config);
    } catch (const std::exception &error) {
        qCCritical(lcApp).noquote() << "cannot" << config.command << "-" << error.what();
        return 1;
    }
}

} // namespace boli::server
