// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk's farmer side against the real server: a listing submitted through the outbox exists,
// "my listings" follow a trader's bids live, the farmer accepts and moves the sale on, and an idle
// kiosk forgets the farmer.

#include "kioskfixture.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace boli;
using namespace boli::client;
using namespace Qt::StringLiterals;

class TestKioskArea : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_kiosk = std::make_unique<test::KioskFixture>();
        QVERIFY(m_kiosk->start());
    }

    void cleanup() { m_kiosk.reset(); }

    void submitCreatesTheListing()
    {
        KioskArea &area = *m_kiosk->app->kiosk();
        QVERIFY(m_kiosk->login(u"9811111111"_s, u"4321"_s, true));
        QVERIFY(m_kiosk->loadForm());
        QCOMPARE(area.form()->durations().size(), 6);

        // A bad quantity is refused on the kiosk with a sentence, and nothing is sent.
        QCOMPARE(
            area.submitListing(m_kiosk->cropId(), 0, 450'000, 60, u"Khanna"_s, u"Ludhiana"_s, u"Punjab"_s),
            0);
        QVERIFY(!area.form()->error().isEmpty());
        QCOMPARE(m_kiosk->app->outbox()->rowCount(), 0);
        QCOMPARE(
            area.submitListing(m_kiosk->cropId(), 100, 450'000, 7, u"Khanna"_s, u"Ludhiana"_s, u"Punjab"_s),
            0);

        const qint64 id = m_kiosk->submit(2500, 450'000);
        QVERIFY(id > 0);
        QVERIFY(area.form()->error().isEmpty());
        QCOMPARE(m_kiosk->server.rowCount(u"listings"_s), 1);
        const auto running = m_kiosk->server.parts().market.running(id);
        QVERIFY(running);
        QCOMPARE(running->record.sellerId, m_kiosk->farmerId);
        QCOMPARE(running->record.quantityKg, 2500);
        QCOMPARE(running->record.startingPrice, 450'000);
        QCOMPARE(running->record.mandi, u"Khanna"_s);

        // The place is remembered on this kiosk for the next farmer's form, across restarts.
        QCOMPARE(area.form()->lastMandi(), u"Khanna"_s);
        ListingForm again(
            m_kiosk->app->connection(), *m_kiosk->app->outbox(),
            []() -> QCoro::Task<QString> { co_return QString(); }, {},
            m_kiosk->dataDir.path() + u"/kiosk.ini"_s);
        QCOMPARE(again.lastDistrict(), u"Ludhiana"_s);
        QCOMPARE(again.lastState(), u"Punjab"_s);
    }

    void referencePriceAndSuggestionFromTheShippedSample()
    {
        // No key, no network: the server answers from the sample it ships, and with no Boli sales yet
        // the suggested range is the reference modal rounded down to ₹10, and 90 % of it.
        KioskArea &area = *m_kiosk->app->kiosk();
        QVERIFY(m_kiosk->login(u"9811111111"_s, u"4321"_s, true));
        ListingForm &form = *area.form();
        qint64 wheat = 0;
        const auto crops = m_kiosk->server.parts().catalog.crops();
        for (const auto &crop : crops) {
            wheat = crop.nameEn == u"Wheat"_s ? crop.id : wheat;
        }
        form.lookUpReference(wheat, u"Khanna"_s, u"Ludhiana"_s, u"Punjab"_s);
        QTRY_VERIFY_WITH_TIMEOUT(form.referencePrice() > 0, 10'000);
        QVERIFY(form.referenceMin() <= form.referencePrice() && form.referencePrice() <= form.referenceMax());
        const qint64 modal = form.referencePrice();
        QCOMPARE(form.suggestedHigh(), modal - modal % 1000);
        const qint64 ninetyPercent = modal * 9 / 10;
        QCOMPARE(form.suggestedLow(), ninetyPercent - ninetyPercent % 1000);

        // Asking again without a crop clears both at once: no stale figure beside another crop.
        form.lookUpReference(0, u"Khanna"_s, u"Ludhiana"_s, u"Punjab"_s);
        QCOMPARE(form.referencePrice(), 0);
        QCOMPARE(form.suggestedHigh(), 0);
    }

    void myListingsFollowBidsAndTheFarmerAccepts()
    {
        KioskArea &area = *m_kiosk->app->kiosk();
        MyListingsModel &mine = *area.myListings();
        QAbstractItemModelTester tester(&mine, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(m_kiosk->login(u"9811111111"_s, u"4321"_s, true));
        QVERIFY(m_kiosk->loadForm());
        const qint64 id = m_kiosk->submit(2500, 450'000);
        QVERIFY(id > 0);

        QSignalSpy refreshed(&mine, &QueryModel::refreshed);
        mine.refresh();
        QVERIFY(refreshed.wait(10'000));
        QCOMPARE(mine.rowCount(), 1);
        const QModelIndex row = mine.index(0);
        const int status = roleOf(mine, "status");
        QTRY_COMPARE_WITH_TIMEOUT(mine.data(row, status).toString(), u"live"_s, 10'000);
        QCOMPARE(mine.data(row, MyListingsModel::CanAcceptRole).toBool(), false);
        QCOMPARE(mine.data(row, MyListingsModel::CanCancelRole).toBool(), true);

        // A trader bids elsewhere: the row follows without a refresh.
        QVERIFY(m_kiosk->traderBids(id, 450'000));
        QTRY_COMPARE_WITH_TIMEOUT(mine.data(row, roleOf(mine, "bid_count")).toInt(), 1, 10'000);
        QCOMPARE(mine.data(row, roleOf(mine, "price")).toLongLong(), 450'000);
        QCOMPARE(mine.data(row, MyListingsModel::CanAcceptRole).toBool(), true);
        QCOMPARE(mine.data(row, MyListingsModel::CanCancelRole).toBool(), false);
        QCOMPARE(refreshed.count(), 1);

        // The farmer takes the bid: sold at once, and the sale appears with its next step.
        QSignalSpy done(&area, &KioskArea::actionFinished);
        area.acceptBid(id);
        QVERIFY(done.wait(10'000));
        QCOMPARE(done.first().at(0).toBool(), true);
        QCOMPARE(mine.data(row, status).toString(), u"sold"_s);
        QCOMPARE(mine.data(row, MyListingsModel::CanAcceptRole).toBool(), false);

        SalesModel &sales = *area.sales();
        QAbstractItemModelTester salesTester(&sales, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE_WITH_TIMEOUT(sales.rowCount(), 1, 10'000);
        const QModelIndex sale = sales.index(0);
        QCOMPARE(sales.data(sale, roleOf(sales, "total")).toLongLong(), 11'250'000);
        QCOMPARE(sales.data(sale, SalesModel::NextStatusRole).toString(), u"confirmed"_s);
        area.updateSale(sales.data(sale, roleOf(sales, "id")).toLongLong(), u"confirmed"_s);
        QVERIFY(done.wait(10'000));
        QCOMPARE(done.last().at(0).toBool(), true);
        QCOMPARE(sales.data(sale, roleOf(sales, "status")).toString(), u"confirmed"_s);
        QCOMPARE(sales.data(sale, roleOf(sales, "role")).toString(), u"seller"_s);

        // Accepting again is refused by the server with a sentence; the row stays sold.
        area.acceptBid(id);
        QVERIFY(done.wait(10'000));
        QCOMPARE(done.last().at(0).toBool(), false);
        QVERIFY(!done.last().at(1).toString().isEmpty());
    }

    void idleKioskForgetsTheFarmer()
    {
        KioskArea &area = *m_kiosk->app->kiosk();
        QAbstractItemModelTester cropsTester(
            area.crops(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(m_kiosk->login(u"9811111111"_s, u"4321"_s, true));
        QVERIFY(m_kiosk->loadForm());
        QVERIFY(m_kiosk->submit() > 0);
        area.crops()->refresh();
        area.myListings()->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(area.crops()->rowCount() > 50 && area.myListings()->rowCount() == 1, 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(area.myListings()->watched().size(), 1, 10'000);

        // Any input restarts the count from the full idle time.
        area.setIdleSeconds(30);
        QTRY_VERIFY_WITH_TIMEOUT(area.idleRemainingMs() < 29'500, 5'000);
        QEvent touch(QEvent::TouchBegin);
        QCoreApplication::sendEvent(this, &touch);
        QVERIFY(area.idleRemainingMs() > 29'500);

        QSignalSpy reset(&area, &KioskArea::sessionReset);
        area.setIdleSeconds(1);
        QTRY_VERIFY_WITH_TIMEOUT(!m_kiosk->app->loggedIn(), 10'000);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(area.crops()->rowCount(), 0);
        QCOMPARE(area.myListings()->rowCount(), 0);
        QVERIFY(area.myListings()->watched().isEmpty());
        QCOMPARE(area.sales()->rowCount(), 0);
        QCOMPARE(area.form()->submitState(), QString());
        QCOMPARE(area.form()->submittedListingId(), 0);
    }

    void photosTravelWithTheListing()
    {
        KioskArea &area = *m_kiosk->app->kiosk();
        PhotoUploader &photos = *area.form()->photos();
        QVERIFY(m_kiosk->login(u"9811111111"_s, u"4321"_s, true));
        QVERIFY(m_kiosk->loadForm());
        QTemporaryDir stick;
        const QString png = stick.filePath(u"lot.png"_s);
        const QString text = stick.filePath(u"notes.txt"_s);
        QFile file(png);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::fromHex("89504e470d0a1a0a") + QByteArray(64, 'x')); // the magic bytes suffice
        file.close();
        QFile notes(text);
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("not a photo");
        notes.close();

        photos.add(QUrl::fromLocalFile(text));
        QVERIFY(!photos.error().isEmpty());
        QCOMPARE(photos.count(), 0);

        QSignalSpy changed(&photos, &PhotoUploader::photosChanged);
        photos.add(QUrl::fromLocalFile(png));
        QVERIFY(changed.wait(10'000));
        QCOMPARE(photos.count(), 1);
        QCOMPARE(photos.names(), QStringList {u"lot.png"_s});
        QCOMPARE(photos.hashes().first().size(), 64);
        QVERIFY(photos.error().isEmpty());

        const qint64 id = m_kiosk->submit();
        QVERIFY(id > 0);
        QCOMPARE(m_kiosk->server.parts().market.running(id)->record.photos, photos.hashes());
    }

    void photoUploadRenewsAnExpiredToken()
    {
        KioskArea &area = *m_kiosk->app->kiosk();
        PhotoUploader &photos = *area.form()->photos();
        QVERIFY(m_kiosk->login(u"9811111111"_s, u"4321"_s, true));
        const QString firstToken = m_kiosk->app->session().accessToken();
        QTemporaryDir stick;
        const QString png = stick.filePath(u"lot.png"_s);
        QFile file(png);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::fromHex("89504e470d0a1a0a") + QByteArray(64, 'x'));
        file.close();

        // A farmer still at the kiosk after the 15-minute access token ran out; any reply tells the
        // client the server's time.
        m_kiosk->server.advanceClock(16 * 60'000);
        QVERIFY(m_kiosk->loadForm());
        QTRY_VERIFY_WITH_TIMEOUT(
            m_kiosk->app->connection().serverNowMs() > m_kiosk->server.clock().nowMs() - 60'000, 10'000);

        QSignalSpy changed(&photos, &PhotoUploader::photosChanged);
        photos.add(QUrl::fromLocalFile(png));
        QVERIFY(changed.wait(10'000));
        QCOMPARE(photos.count(), 1);
        QVERIFY(photos.error().isEmpty());
        QVERIFY(m_kiosk->app->session().loggedIn());
        QVERIFY(m_kiosk->app->session().accessToken() != firstToken);
    }

    void otherModesNeverIdleOut()
    {
        ClientApp::Options options;
        options.mode = u"desktop"_s;
        options.serverUrl = QUrl(u"ws://127.0.0.1:%1/ws"_s.arg(m_kiosk->server.port()));
        ClientApp desktop(options);
        desktop.start();
        QTRY_VERIFY_WITH_TIMEOUT(desktop.online(), 10'000);
        QSignalSpy finished(&desktop, &ClientApp::loginFinished);
        desktop.login(u"9711111111"_s, u"trader-pass-a"_s, false);
        QVERIFY(finished.wait(10'000));
        QVERIFY(desktop.loggedIn());
        QCOMPARE(desktop.kiosk()->idleRemainingMs(), -1); // no countdown at a trader's desk
        QVERIFY(m_kiosk->app->kiosk()->idleRemainingMs() > 0); // while the kiosk counts
    }

    void quantitiesAndQuintals()
    {
        const KioskArea &area = *m_kiosk->app->kiosk();
        QCOMPARE(area.parseKg(u"2,500"_s), 2500);
        QCOMPARE(area.parseKg(u"२५००"_s), 2500);
        QCOMPARE(area.parseKg(u"12.5"_s), -1);
        QCOMPARE(area.parseKg(QString()), -1);
        QCOMPARE(area.quintalHint(2500), u"= 25 quintal"_s);
        QCOMPARE(area.quintalHint(2550), u"= 25.5 quintal"_s);
        QCOMPARE(area.quintalHint(7), u"= 0.07 quintal"_s);
        QCOMPARE(area.quintalHint(0), QString());
    }

private:
    static int roleOf(const QAbstractItemModel &model, const QByteArray &field)
    {
        return model.roleNames().key(QueryModel::roleNameFor(QString::fromLatin1(field)), -1);
    }

    std::unique_ptr<test::KioskFixture> m_kiosk;
};

QTEST_GUILESS_MAIN(TestKioskArea)
#include "tst_kioskarea.moc"
