// SPDX-License-Identifier: GPL-3.0-or-later
// The admin's moderation queue against the real server: with review on, new listings wait in the
// queue; approving schedules them, rejecting needs a reason and cancels them with it; the overview
// counts the market as it changes.

#include "admin/adminarea.h"
#include "adminclient.h"
#include "app/errormessages.h"
#include "waitfor.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace boli;
using namespace boli::client;
using namespace Qt::StringLiterals;

class TestAdminModeration : public test::AdminClient
{
    Q_OBJECT

private Q_SLOTS:
    void approvesAndRejects()
    {
        QSignalSpy saved(area().settings(), &SettingsModel::saved);
        area().settings()->setFlag(u"listing_review"_s, true);
        QVERIFY(saved.wait(10'000));
        QVERIFY(saved.first().at(1).toBool());

        auto farmer = openClient(kFarmerPhone, kFarmerPin);
        QVERIFY(farmer);
        const qint64 first = createListing(*farmer);
        const qint64 second = createListing(*farmer);
        QVERIFY(first > 0 && second > 0);
        QCOMPARE(listingOf(*farmer, first).value(u"status"_s).toString(), u"pending_review"_s);

        PendingListingsModel &pending = *area().pending();
        QAbstractItemModelTester tester(&pending, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(refreshed(pending));
        QCOMPARE(pending.rowCount(), 2);
        QCOMPARE(pending.rowOfId(first), 0); // oldest first
        QCOMPARE(pending.get(0).value(u"mandi"_s).toString(), u"Khanna"_s);

        // No reason, no rejection: refused here, nothing sent.
        const auto blank = finish([&] { area().rejectListing(first, u"   "_s); });
        QVERIFY(!blank.first);
        QCOMPARE(blank.second, area().checkReason({}));
        QVERIFY(!blank.second.isEmpty());
        QCOMPARE(listingOf(*farmer, first).value(u"status"_s).toString(), u"pending_review"_s);

        const auto approved = finish([&] { area().approveListing(second); });
        QVERIFY2(approved.first, qPrintable(approved.second));
        const QString status = listingOf(*farmer, second).value(u"status"_s).toString();
        QVERIFY2(status == u"scheduled"_s || status == u"live"_s, qPrintable(status));
        QTRY_COMPARE_WITH_TIMEOUT(pending.rowCount(), 1, 10'000);
        QCOMPARE(pending.rowOfId(second), -1);

        const auto rejected = finish([&] { area().rejectListing(first, u"  photos missing  "_s); });
        QVERIFY2(rejected.first, qPrintable(rejected.second));
        const QJsonObject cancelled = listingOf(*farmer, first);
        QCOMPARE(cancelled.value(u"status"_s).toString(), u"cancelled"_s);
        QCOMPARE(cancelled.value(u"status_reason"_s).toString(), u"photos missing"_s);
        QTRY_COMPARE_WITH_TIMEOUT(pending.rowCount(), 0, 10'000);

        // A listing already decided cannot be reviewed again; the message is the translated one.
        const auto again = finish([&] { area().approveListing(first); });
        QVERIFY(!again.first);
        QCOMPARE(again.second, errorMessage(ErrorCode::InvalidTransition));
        QCOMPARE(listingOf(*farmer, first).value(u"status"_s).toString(), u"cancelled"_s);
    }

    void overviewFollowsTheMarket()
    {
        MarketOverview &overview = *area().overview();
        QTRY_VERIFY_WITH_TIMEOUT(overview.loaded(), 10'000);
        QCOMPARE(overview.totalListings(), 0);

        auto farmer = openClient(kFarmerPhone, kFarmerPin);
        QVERIFY(farmer);
        const qint64 id = createListing(*farmer);
        QVERIFY(id > 0);
        QVERIFY(finish([&] { area().approveListing(id); }).first);
        // The approval asks the stats again: the listing is now past review.
        QTRY_COMPARE_WITH_TIMEOUT(overview.totalListings(), 1, 10'000);
        QCOMPARE(overview.successRateText(), QLocale().toString(0.0, 'f', 1) + u'%');
    }

    void logoutForgetsTheQueue()
    {
        auto farmer = openClient(kFarmerPhone, kFarmerPin);
        QVERIFY(farmer);
        QVERIFY(createListing(*farmer) > 0);
        QVERIFY(refreshed(*area().pending()));
        QCOMPARE(area().pending()->rowCount(), 1);
        m_app->logout();
        QTRY_COMPARE_WITH_TIMEOUT(m_app->loggedIn(), false, 10'000);
        QCOMPARE(area().pending()->rowCount(), 0);
        QCOMPARE(area().settings()->rowCount(), 0);
        QVERIFY(!area().overview()->loaded());
    }
};

QTEST_GUILESS_MAIN(TestAdminModeration)
#include "tst_adminmoderation.moc"
