// SPDX-License-Identifier: GPL-3.0-or-later
// The admin's user screens against the real server: search with filters, ban (a reason is required)
// and unban, role changes, verification and new accounts; refusals change nothing.

#include "admin/adminarea.h"
#include "adminclient.h"
#include "app/errormessages.h"
#include "waitfor.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace boli;
using namespace boli::client;
using namespace Qt::StringLiterals;

class TestAdminAccounts : public test::AdminClient
{
    Q_OBJECT

private Q_SLOTS:
    void searchesWithFilters()
    {
        UsersModel &users = *area().users();
        QAbstractItemModelTester tester(&users, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy done(&users, &QueryModel::refreshed);
        users.search({});
        QVERIFY(done.wait(10'000));
        QCOMPARE(users.total(), 3);
        QCOMPARE(users.rowCount(), 3);

        users.search(u"agarwal"_s);
        QVERIFY(done.wait(10'000));
        QCOMPARE(users.rowCount(), 1);
        QCOMPARE(users.get(0).value(u"id"_s).toLongLong(), m_trader.id);

        users.search({}, u"farmer"_s);
        QVERIFY(done.wait(10'000));
        QCOMPARE(users.rowCount(), 1);
        QCOMPARE(users.get(0).value(u"role"_s).toString(), u"farmer"_s);
        QVERIFY(!users.hasNext() && !users.hasPrevious());
    }

    void bansAndUnbans()
    {
        UsersModel &users = *area().users();
        QAbstractItemModelTester tester(&users, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(refreshed(users));
        const int row = users.rowOfId(m_trader.id);
        QVERIFY(row >= 0);
        auto trader = openClient(kTraderPhone, kPassword);
        QVERIFY(trader);

        const auto blank = finish([&] { area().banUser(m_trader.id, {}); });
        QVERIFY(!blank.first);
        QVERIFY(!blank.second.isEmpty());
        QVERIFY(refreshed(users));
        QCOMPARE(users.get(row).value(u"banned"_s).toBool(), false);

        const auto banned = finish([&] { area().banUser(m_trader.id, u"fake bids"_s); });
        QVERIFY2(banned.first, qPrintable(banned.second));
        // The row changed in place from the reply, and the trader's session ended at once.
        QCOMPARE(users.get(row).value(u"banned"_s).toBool(), true);
        QCOMPARE(users.get(row).value(u"ban_reason"_s).toString(), u"fake bids"_s);
        const auto ended = test::waitFor(trader->nextEvent(u"session.ended"_s));
        QVERIFY(ended && ended->has_value());
        QCOMPARE((*ended)->fields.value(u"reason"_s).toString(), u"banned"_s);

        const auto unbanned = finish([&] { area().unbanUser(m_trader.id); });
        QVERIFY2(unbanned.first, qPrintable(unbanned.second));
        QCOMPARE(users.get(row).value(u"banned"_s).toBool(), false);
        QVERIFY(openClient(kTraderPhone, kPassword));

        // An admin cannot ban themselves: the server's refusal, translated.
        const auto self = finish([&] { area().banUser(m_admin.id, u"testing"_s); });
        QVERIFY(!self.first);
        QCOMPARE(self.second, errorMessage(ErrorCode::Forbidden));
    }

    void changesRolesAndVerifies()
    {
        UsersModel &users = *area().users();
        QVERIFY(refreshed(users));
        const int trader = users.rowOfId(m_trader.id);
        const int farmer = users.rowOfId(m_farmer.id);

        const auto seller = finish([&] { area().setUserRole(m_trader.id, u"business_seller"_s); });
        QVERIFY2(seller.first, qPrintable(seller.second));
        QCOMPARE(users.get(trader).value(u"role"_s).toString(), u"business_seller"_s);

        // PIN accounts cannot become password accounts: refused by the server, nothing changed.
        const auto refused = finish([&] { area().setUserRole(m_farmer.id, u"trader"_s); });
        QVERIFY(!refused.first);
        QCOMPARE(refused.second, errorMessage(ErrorCode::InvalidValue));
        QVERIFY(refreshed(users));
        QCOMPARE(users.get(farmer).value(u"role"_s).toString(), u"farmer"_s);
        QVERIFY(!finish([&] { area().setUserRole(m_farmer.id, u"guest"_s); }).first);

        const auto verified = finish([&] { area().setUserVerified(m_farmer.id, true); });
        QVERIFY2(verified.first, qPrintable(verified.second));
        QCOMPARE(users.get(farmer).value(u"verified"_s).toBool(), true);
        QVERIFY(refreshed(users));
        QCOMPARE(users.get(farmer).value(u"verified"_s).toBool(), true);
    }

    void createsAccounts()
    {
        UsersModel &users = *area().users();
        const auto created = finish([&] {
            area().createUser(
                u"trader"_s, u"Mehta & Sons"_s, {}, u"Mehta@Example.in"_s, u"long-enough-pass"_s);
        });
        QVERIFY2(created.first, qPrintable(created.second));
        QSignalSpy done(&users, &QueryModel::refreshed);
        users.search(u"mehta"_s);
        QVERIFY(done.wait(10'000));
        QCOMPARE(users.rowCount(), 1);
        QCOMPARE(users.get(0).value(u"email"_s).toString(), u"mehta@example.in"_s);

        // The same email again is refused with the translated reason.
        const auto twice = finish([&] {
            area().createUser(u"trader"_s, u"Other"_s, {}, u"mehta@example.in"_s, u"long-enough-pass"_s);
        });
        QVERIFY(!twice.first);
        QCOMPARE(twice.second, errorMessage(ErrorCode::AlreadyExists));
        // A farmer gets a PIN.
        QVERIFY(finish([&] {
            area().createUser(u"farmer"_s, u"Sunita"_s, u"9822222222"_s, {}, u"5678"_s);
        }).first);
        QVERIFY(openClient(u"9822222222"_s, u"5678"_s));
    }
};

QTEST_GUILESS_MAIN(TestAdminAccounts)
#include "tst_adminaccounts.moc"
