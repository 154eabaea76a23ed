// SPDX-License-Identifier: GPL-3.0-or-later
// boli-screenshots <dir>: renders every main screen of boli-client, in English and in Hindi,
// offscreen against an in-process demo server, into <dir>/<language>-<screen>.png. Exits non-zero
// naming the first screen it could not reach (CI runs it as a smoke test).
#include "app/demodata.h"
#include "app/demolistings.h"
#include "appwindow.h"
#include "demosales.h"
#include "testserver.h"

#include <QApplication>
#include <QDir>
#include <QTest>

#include <functional>

namespace {
using namespace Qt::StringLiterals;
using boli::test::AppWindow;

struct Screen
{
    QString mode; ///< "kiosk", "desktop" or "admin"
    QString name;
    std::function<bool(AppWindow &)> reach; ///< from a fresh window to the screen
};

/// The farmer whose three demo lots are sold before the screens (see main), for "My results".
constexpr auto kSellingFarmer = u"9800000003";

bool kioskLogin(AppWindow &w, const QString &phone = u"9800000001"_s)
{
    return w.click(u"kioskStartButton"_s) && w.type(u"kioskPhoneField"_s, phone)
        && w.type(u"kioskPinField"_s, u"1234"_s) && w.click(u"kioskLoginButton"_s)
        && w.waitFor(u"kioskHome"_s);
}

bool desktopLogin(AppWindow &w, const QString &login, const QString &password)
{
    return w.type(u"loginField"_s, login) && w.type(u"passwordField"_s, password)
        && w.click(u"loginButton"_s);
}

bool traderLogin(AppWindow &w)
{
    return desktopLogin(w, u"9700000001"_s, u"trader-demo-pass"_s) && w.waitFor(u"desktopShell"_s);
}

bool adminLogin(AppWindow &w)
{
    return desktopLogin(w, u"admin@boli.example"_s, u"admin-demo-pass"_s) && w.waitFor(u"adminShell"_s);
}

QList<Screen> screens(qint64 cropId)
{
    return {
        {u"kiosk"_s, u"kiosk-welcome"_s,
            [](AppWindow &w) {
                return w.waitFor(u"kioskWelcome"_s) != nullptr;
            }},
        {u"kiosk"_s, u"kiosk-login"_s,
            [](AppWindow &w) {
                return w.click(u"kioskStartButton"_s) && w.waitFor(u"kioskLogin"_s);
            }},
        {u"kiosk"_s, u"kiosk-home"_s,
            [](AppWindow &w) {
                return kioskLogin(w);
            }},
        {u"kiosk"_s, u"kiosk-crops"_s,
            [](AppWindow &w) {
                return kioskLogin(w) && w.click(u"kioskNewListingButton"_s) && w.waitFor(u"cropGrid"_s);
            }},
        {u"kiosk"_s, u"kiosk-listing-form"_s,
            [cropId](AppWindow &w) {
                return kioskLogin(w) && w.click(u"kioskNewListingButton"_s)
                    && w.click(u"cropTile_%1"_s.arg(cropId)) && w.waitFor(u"kioskListingForm"_s)
                    && w.type(u"quantityField"_s, u"2500"_s) && w.type(u"startingPriceField"_s, u"2400"_s)
                    && w.waitFor(u"priceChartView"_s);
            }},
        {u"kiosk"_s, u"kiosk-my-listings"_s,
            [](AppWindow &w) {
                return kioskLogin(w) && w.click(u"kioskMyListingsButton"_s)
                    && w.waitFor(u"kioskMyListings"_s);
            }},
        {u"kiosk"_s, u"kiosk-results"_s,
            [](AppWindow &w) {
                return kioskLogin(w, QString::fromUtf16(kSellingFarmer)) && w.click(u"kioskResultsButton"_s)
                    && w.waitFor(u"kioskResults"_s) && w.waitFor(u"timeSeriesChartView"_s);
            }},
        {u"desktop"_s, u"login"_s,
            [](AppWindow &w) {
                return w.waitFor(u"loginPage"_s) != nullptr;
            }},
        {u"desktop"_s, u"browse"_s,
            [](AppWindow &w) {
                return traderLogin(w) && w.waitFor(u"listing_1"_s);
            }},
        {u"desktop"_s, u"listing-detail"_s,
            [](AppWindow &w) {
                return traderLogin(w)
                    && QMetaObject::invokeMethod(w.app().trader(), "openListing", Q_ARG(qint64, 1))
                    && w.waitFor(u"listingDetail"_s) && w.click(u"placeBidButton"_s)
                    && w.waitFor(u"priceChartView"_s);
            }},
        {u"desktop"_s, u"watchlist"_s,
            [](AppWindow &w) {
                return traderLogin(w) && w.click(u"navWatchlist"_s);
            }},
        {u"desktop"_s, u"my-bids"_s,
            [](AppWindow &w) {
                return traderLogin(w) && w.click(u"navMyBids"_s);
            }},
        {u"desktop"_s, u"won"_s,
            [](AppWindow &w) {
                return traderLogin(w) && w.click(u"navWon"_s);
            }},
        {u"desktop"_s, u"notifications"_s,
            [](AppWindow &w) {
                return traderLogin(w) && w.click(u"navNotifications"_s);
            }},
        {u"admin"_s, u"admin-overview"_s,
            [](AppWindow &w) {
                return adminLogin(w) && w.click(u"navOverview"_s) && w.waitFor(u"adminOverview"_s);
            }},
        {u"admin"_s, u"admin-moderation"_s,
            [](AppWindow &w) {
                return adminLogin(w) && w.click(u"navModeration"_s) && w.waitFor(u"moderationPage"_s);
            }},
        {u"admin"_s, u"admin-users"_s,
            [](AppWindow &w) {
                return adminLogin(w) && w.click(u"navUsers"_s) && w.waitFor(u"usersPage"_s);
            }},
        {u"admin"_s, u"admin-settings"_s,
            [](AppWindow &w) {
                return adminLogin(w) && w.click(u"navSettings"_s) && w.waitFor(u"settingsPage"_s);
            }},
        {u"admin"_s, u"admin-analytics"_s,
            [](AppWindow &w) {
                return adminLogin(w) && w.click(u"navAnalytics"_s) && w.waitFor(u"adminAnalytics"_s)
                    && w.waitFor(u"timeSeriesChartView"_s);
            }},
        {u"admin"_s, u"admin-audit"_s,
            [](AppWindow &w) {
                return adminLogin(w) && w.click(u"navAudit"_s) && w.waitFor(u"auditPage"_s);
            }},
    };
}

qint64 wheatId(boli::test::TestServer &server)
{
    const auto crops = server.parts().catalog.crops();
    for (const auto &crop : crops) {
        if (crop.nameEn == u"Wheat"_s) {
            return crop.id;
        }
    }
    return 0;
}
} // namespace

int main(int argc, char *argv[])
{
    qputenv("BOLI_TEST_DB", "sqlite");
    QApplication app(argc, argv); // as boli-client: Qt Charts needs a QApplication
    if (argc != 2) {
        fprintf(stderr, "usage: boli-screenshots <output directory>\n");
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    if (!QDir().mkpath(out.path())) {
        fprintf(stderr, "boli-screenshots: cannot create %s\n", argv[1]);
        return 2;
    }
    boli::test::TestServer server;
    boli::server::DemoData demo(server.parts());
    demo.seed();
    boli::server::DemoListings(server.parts(), server.clock()).seed(); // the twelve live lots
    // Sales for the analytics screens: one farmer accepts the bids on their lots (onion, tur, maize),
    // the other demo lots stay live for the trader's screens.
    if (boli::test::sellDemoLots(server, QString::fromUtf16(kSellingFarmer)) == 0) {
        fprintf(stderr, "boli-screenshots: no demo lot could be sold\n");
        return 1;
    }
    const qint64 cropId = wheatId(server);
    for (const QString &language : {u"en"_s, u"hi"_s}) {
        for (const Screen &screen : screens(cropId)) {
            // Each screen logs in afresh; moving the server's clock on keeps the per-address login
            // limit (a burst, then one every few seconds) from refusing the next one.
            server.advanceClock(10'000);
            AppWindow window(screen.mode, server.port(), language);
            if (!screen.reach(window)) {
                fprintf(stderr, "boli-screenshots: could not reach %s (%s)\n", qPrintable(screen.name),
                    qPrintable(language));
                return 1;
            }
            QTest::qWait(300); // let the last answer and the animations settle before the picture
            const QString path = out.filePath(language + u'-' + screen.name + u".png"_s);
            if (!window.saveScreenshot(path)) {
                fprintf(stderr, "boli-screenshots: cannot write %s\n", qPrintable(path));
                return 1;
            }
            printf("%s\n", qPrintable(path));
        }
    }
    return 0;
}
