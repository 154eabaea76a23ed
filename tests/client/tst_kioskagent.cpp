// SPDX-License-Identifier: GPL-3.0-or-later
// A field agent at a kiosk: registers a farmer, then lists for that farmer; the farmer owns the lot.

#include "kioskfixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace boli;
using namespace boli::client;
using namespace Qt::StringLiterals;

class TestKioskAgent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void registersAFarmerAndListsForThem()
    {
        test::KioskFixture kiosk;
        QVERIFY(kiosk.start());
        KioskArea &area = *kiosk.app->kiosk();
        QVERIFY(kiosk.login(u"9011111111"_s, u"agent-pass-a"_s, false));
        QVERIFY(area.fieldAgent());
        QVERIFY(kiosk.loadForm());

        // Without a farmer an agent cannot list.
        QCOMPARE(
            area.submitListing(kiosk.cropId(), 1000, 300'000, 60, u"Kota"_s, u"Kota"_s, u"Rajasthan"_s), 0);
        QVERIFY(!area.form()->error().isEmpty());

        QSignalSpy registered(&area, &KioskArea::farmerRegistered);
        area.registerFarmer(u"Mohan Lal"_s, u"9822222222"_s, u"12"_s); // a PIN needs 4-6 digits
        QVERIFY(registered.wait(10'000));
        QCOMPARE(registered.last().at(0).toBool(), false);
        QCOMPARE(area.farmerId(), 0);
        area.registerFarmer(u" Mohan Lal "_s, u"98222 22222"_s, u"5678"_s);
        QVERIFY(registered.wait(10'000));
        QCOMPARE(registered.last().at(0).toBool(), true);
        QVERIFY(area.farmerId() > 0);
        QCOMPARE(area.farmerName(), u"Mohan Lal"_s);

        const qint64 id = kiosk.submit(1000, 300'000);
        QVERIFY(id > 0);
        const auto running = kiosk.server.parts().market.running(id);
        QVERIFY(running);
        QCOMPARE(running->record.sellerId, area.farmerId());
        QCOMPARE(running->record.createdBy, kiosk.agentId);

        // The agent's "my listings" show the lots they created for farmers.
        area.myListings()->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(area.myListings()->rowCount(), 1, 10'000);
        QCOMPARE(area.myListings()->get(0).value(u"seller_id"_s).toLongLong(), area.farmerId());

        // The farmer, logging in with the new PIN, owns the lot.
        const qint64 farmer = area.farmerId();
        area.endSession();
        QTRY_VERIFY_WITH_TIMEOUT(!kiosk.app->loggedIn(), 10'000);
        QCOMPARE(area.farmerId(), 0);
        QVERIFY(kiosk.login(u"9822222222"_s, u"5678"_s, true));
        QCOMPARE(kiosk.app->userId(), farmer);
        QVERIFY(!area.fieldAgent());
        area.myListings()->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(area.myListings()->rowCount(), 1, 10'000);
        QCOMPARE(area.myListings()->get(0).value(u"id"_s).toLongLong(), id);
    }
};

QTEST_GUILESS_MAIN(TestKioskAgent)
#include "tst_kioskagent.moc"
