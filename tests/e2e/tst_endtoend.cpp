// SPDX-License-Identifier: GPL-3.0-or-later
// The whole story through the real app's screens, offscreen: a farmer lists at the kiosk, an admin
// approves, one trader bids, a second outbids, the auction closes, and everyone sees the result.
// Four boli-client windows (kiosk, admin, two desktops) run in this process against one server.
#include "app/demodata.h"
#include "appwindow.h"
#include "testserver.h"

#include <QTest>

namespace boli::test {
using namespace Qt::StringLiterals;

class TestEndToEnd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void farmerListsTradersBidAndAllSeeTheResult();

private:
    static bool logInAtDesktop(AppWindow &window, const QString &login, const QString &password);
    static qint64 cropIdNamed(TestServer &server, const QString &nameEn);
};

bool TestEndToEnd::logInAtDesktop(AppWindow &window, const QString &login, const QString &password)
{
    return window.type(u"loginField"_s, login) && window.type(u"passwordField"_s, password)
        && window.click(u"loginButton"_s);
}

qint64 TestEndToEnd::cropIdNamed(TestServer &server, const QString &nameEn)
{
    const auto crops = server.parts().catalog.crops();
    for (const auto &crop : crops) {
        if (crop.nameEn == nameEn) {
            return crop.id;
        }
    }
    return 0;
}

void TestEndToEnd::farmerListsTradersBidAndAllSeeTheResult()
{
    TestServer server;
    server::DemoData demo(server.parts());
    demo.seed();
    const qint64 wheat = cropIdNamed(server, u"Wheat"_s);
    QVERIFY(wheat > 0);

    // The farmer lists 25 quintals of wheat at ₹2,400/quintal from the kiosk (in Hindi).
    AppWindow kiosk(u"kiosk"_s, server.port(), u"hi"_s);
    QVERIFY(kiosk.click(u"kioskStartButton"_s));
    QVERIFY(kiosk.type(u"kioskPhoneField"_s, u"9800000001"_s));
    QVERIFY(kiosk.type(u"kioskPinField"_s, u"1234"_s));
    QVERIFY(kiosk.click(u"kioskLoginButton"_s));
    QVERIFY(kiosk.waitFor(u"kioskHome"_s));
    QVERIFY(kiosk.click(u"kioskNewListingButton"_s));
    QVERIFY(kiosk.click(u"cropTile_%1"_s.arg(wheat)));
    QVERIFY(kiosk.type(u"quantityField"_s, u"2500"_s));
    QVERIFY(kiosk.type(u"startingPriceField"_s, u"2400"_s));
    QVERIFY(kiosk.type(u"mandiField"_s, u"Indore"_s));
    QVERIFY(kiosk.type(u"districtField"_s, u"Indore"_s));
    QVERIFY(kiosk.type(u"stateField"_s, u"Madhya Pradesh"_s));
    QVERIFY(kiosk.click(u"submitListingButton"_s));
    QVERIFY(kiosk.waitFor(u"listingSubmitted"_s));
    client::Outbox &outbox = *kiosk.app().outbox();
    QTRY_COMPARE_WITH_TIMEOUT(
        outbox.data(outbox.index(0), client::Outbox::StateRole).toString(), u"sent"_s, 10'000);
    const qint64 listingId = outbox.data(outbox.index(0), client::Outbox::ListingIdRole).toLongLong();
    QVERIFY(listingId > 0);

    // New listings wait for review: the admin approves it from the moderation queue.
    AppWindow admin(u"admin"_s, server.port());
    QVERIFY(logInAtDesktop(admin, u"admin@boli.example"_s, u"admin-demo-pass"_s));
    QVERIFY(admin.click(u"navModeration"_s));
    QVERIFY(admin.click(u"approveButton_%1"_s.arg(listingId)));

    // Trader 1 opens the lot and bids the prefilled minimum, the starting price.
    AppWindow trader1(u"desktop"_s, server.port());
    QVERIFY(logInAtDesktop(trader1, u"9700000001"_s, u"trader-demo-pass"_s));
    QVERIFY(trader1.waitFor(u"desktopShell"_s));
    QVERIFY(QMetaObject::invokeMethod(trader1.app().trader(), "openListing", Q_ARG(qint64, listingId)));
    QVERIFY(trader1.waitFor(u"listingDetail"_s));
    QVERIFY(trader1.waitForText(u"detailStatus"_s, u"Live"_s));
    QVERIFY(trader1.waitForText(u"bidAmountField"_s, u"2,400"_s));
    QVERIFY(trader1.click(u"placeBidButton"_s));
    QVERIFY(trader1.waitForText(u"detailPrice"_s, u"₹2,400"_s));

    // Trader 2 sees that price live and outbids with the next minimum.
    AppWindow trader2(u"desktop"_s, server.port());
    QVERIFY(logInAtDesktop(trader2, u"9700000002"_s, u"trader-demo-pass"_s));
    QVERIFY(trader2.waitFor(u"desktopShell"_s));
    QVERIFY(QMetaObject::invokeMethod(trader2.app().trader(), "openListing", Q_ARG(qint64, listingId)));
    QVERIFY(trader2.waitForText(u"detailPrice"_s, u"₹2,400"_s));
    const QString secondBid = trader2.text(u"bidAmountField"_s);
    QVERIFY2(!secondBid.isEmpty() && !secondBid.startsWith(u"2,400"_s), qPrintable(secondBid));
    QVERIFY(trader2.click(u"placeBidButton"_s));

    // Trader 1 is told at once: the price moves and the outbid toast shows.
    const QString newPrice = u"₹"_s + secondBid;
    QVERIFY(trader1.waitForText(u"detailPrice"_s, newPrice));
    QVERIFY(trader1.waitFor(u"toast"_s));

    // The auction's time runs out (the server's clock jumps past the end) and it closes.
    server.advanceClock(25LL * 60 * 60 * 1000);
    QVERIFY(trader2.waitFor(u"detailOutcome"_s, 15'000));
    QVERIFY(trader2.waitForText(u"detailOutcome"_s, newPrice));
    QVERIFY(trader1.waitFor(u"detailOutcome"_s));
    QVERIFY(trader1.waitForText(u"detailOutcome"_s, newPrice));
    QVERIFY(trader1.text(u"detailOutcome"_s) != trader2.text(u"detailOutcome"_s)); // lost vs won

    // The farmer's kiosk shows the lot sold at that price.
    QVERIFY(kiosk.click(u"kioskMyListingsButton"_s));
    QVERIFY(kiosk.waitForText(u"myListingPrice_%1"_s.arg(listingId), secondBid));
}

} // namespace boli::test

QTEST_MAIN(boli::test::TestEndToEnd)
#include "tst_endtoend.moc"
