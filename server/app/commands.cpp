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
