// SPDX-License-Identifier: GPL-3.0-or-later
// boli-client: parses the command line, builds the ClientApp and loads the QML. Nothing else.
#include "app/clientapp.h"
#include "app/qmlregistration.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QQmlApplicationEngine>
#include <QStandardPaths>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(BoliPlugin)

namespace {
using namespace Qt::StringLiterals;
using boli::client::ClientApp;

bool hasFlag(int argc, char **argv, const char *flag)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], flag) == 0) {
            return true;
        }
    }
    return false;
}

/// Reads the options; exits with a clear message (code 2) on a bad value.
ClientApp::Options parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Boli live crop auctions: trader desktop, mandi kiosk and admin."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption kiosk(u"kiosk"_s, u"Kiosk mode for farmers: fullscreen, touch, Hindi first."_s);
    const QCommandLineOption admin(u"admin"_s, u"Admin mode (an admin account is required)."_s);
    const QCommandLineOption server(u"server"_s, u"Server WebSocket URL (default ws://127.0.0.1:8080/ws)."_s,
        u"url"_s, u"ws://127.0.0.1:8080/ws"_s);
    const QCommandLineOption lang(
        u"lang"_s, u"Language: hi or en (default hi in kiosk mode, else en)."_s, u"code"_s);
    const QCommandLineOption idle(u"idle-seconds"_s,
        u"Kiosk: end an idle session after this many seconds (30-3600, default 120)."_s, u"seconds"_s,
        u"120"_s);
    const QCommandLineOption dataDir(
        u"data-dir"_s, u"Where the offline cache and outbox are kept."_s, u"dir"_s);
    parser.addOptions({kiosk, admin, server, lang, idle, dataDir});
    parser.process(app);

    auto fail = [&parser](const QString &message) {
        fprintf(stderr, "boli-client: %s\n%s", qPrintable(message), qPrintable(parser.helpText()));
        ::exit(2);
    };
    ClientApp::Options options;
    if (parser.isSet(kiosk) && parser.isSet(admin)) {
        fail(u"--kiosk and --admin cannot be combined"_s);
    }
    options.mode = parser.isSet(kiosk) ? u"kiosk"_s : parser.isSet(admin) ? u"admin"_s : u"desktop"_s;
    options.serverUrl = QUrl(parser.value(server));
    if (!options.serverUrl.isValid()
        || !QStringList {u"ws"_s, u"wss"_s}.contains(options.serverUrl.scheme())) {
        fail(u"--server must be a ws:// or wss:// URL"_s);
    }
    options.language = parser.value(lang);
    if (!options.language.isEmpty() && !boli::client::Language::available().contains(options.language)) {
        fail(u"--lang must be hi or en"_s);
    }
    bool ok = false;
    options.kioskIdleSeconds = parser.value(idle).toInt(&ok);
    if (!ok || options.kioskIdleSeconds < 30 || options.kioskIdleSeconds > 3600) {
        fail(u"--idle-seconds must be a whole number from 30 to 3600"_s);
    }
    options.dataDir = parser.value(dataDir);
    if (options.dataDir.isEmpty()) {
        options.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    }
    if (!QDir().mkpath(options.dataDir)) {
        fail(u"cannot create the data directory %1"_s.arg(options.dataDir));
    }
    return options;
}
} // namespace

int main(int argc, char *argv[])
{
    // Kiosks have no physical keyboard: the on-screen one must be chosen before the app starts.
    if (hasFlag(argc, argv, "--kiosk")) {
        qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
    }
    // QApplication, not QGuiApplication: Qt Charts' ChartView (the price and analytics charts) draws
    // through the Graphics View framework of Qt Widgets and needs one.
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"boli-client"_s);
    QApplication::setApplicationVersion(QStringLiteral(BOLI_VERSION));
    QApplication::setOrganizationName(u"Boli"_s);

    ClientApp client(parseOptions(app));
    QQmlApplicationEngine engine;
    boli::client::prepareEngine(engine, client);
    engine.load(QUrl(u"qrc:/Boli/Main.qml"_s));
    if (engine.rootObjects().isEmpty()) {
        return 1;
    }
    client.start();
    return QApplication::exec();
}
