// SPDX-License-Identifier: GPL-3.0-or-later
// The QtQuickTest runner for tests/qml/tst_*.qml: each file runs against a real server (SQLite,
// demo accounts and the twelve demo lots) and the real ClientApp, in the mode its CTest entry sets
// with BOLI_QML_MODE (desktop, kiosk or admin). The QML under test is the app's own module.
#include "adminseed.h"
#include "app/clientapp.h"
#include "app/demodata.h"
#include "app/demolistings.h"
#include "app/qmlregistration.h"
#include "demosales.h"
#include "testserver.h"

#include <QApplication>
#include <QQmlContext>
#include <QQmlEngine>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(BoliPlugin)

namespace {
using namespace Qt::StringLiterals;

class QmlTestSetup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        m_server = std::make_unique<boli::test::TestServer>();
        boli::server::DemoData demo(m_server->parts());
        demo.seed();
        boli::server::DemoListings(m_server->parts(), m_server->clock()).seed(); // the twelve live lots
        boli::client::ClientApp::Options options;
        options.mode = qEnvironmentVariable("BOLI_QML_MODE", u"desktop"_s);
        if (options.mode == u"admin"_s) {
            boli::test::seedPendingListings(*m_server);
        }
        // The analytics screens need sales: the first demo farmer accepts the bids on their lots.
        if (qEnvironmentVariableIsSet("BOLI_QML_SELL_DEMO_LOTS")
            && boli::test::sellDemoLots(*m_server) == 0) {
            qFatal("no demo lot could be sold for the analytics tests");
        }
        options.serverUrl = QUrl(u"ws://127.0.0.1:%1/ws"_s.arg(m_server->port()));
        options.language = u"en"_s;
        options.dataDir = m_dataDir.path();
        m_app = std::make_unique<boli::client::ClientApp>(options);
        boli::client::prepareEngine(*engine, *m_app);
        engine->rootContext()->setContextProperty(u"testServerPort"_s, m_server->port());
        m_app->start();
    }

    void cleanupTestCase()
    {
        m_app.reset();
        m_server.reset();
    }

private:
    QTemporaryDir m_dataDir;
    std::unique_ptr<boli::test::TestServer> m_server;
    std::unique_ptr<boli::client::ClientApp> m_app;
};
} // namespace

// Not QUICK_TEST_MAIN_WITH_SETUP: that one makes a QGuiApplication, and the charts' ChartView needs
// a QApplication as in boli-client. quick_test_main_with_setup uses the application that exists.
int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QTEST_SET_MAIN_SOURCE_PATH
    QmlTestSetup setup;
    return quick_test_main_with_setup(argc, argv, "boli_qml", QUICK_TEST_SOURCE_DIR, &setup);
}

#include "qmltestsetup.moc"
