// SPDX-License-Identifier: GPL-3.0-or-later
// Settings, flags and the audit log from the admin client against the real server: a typed value
// is applied, a bad one is refused with a translated reason and nothing changed, changes made
// elsewhere arrive live, and the audit log is read back through its filters and pages.

#include "admin/adminarea.h"
#include "admin/settingcatalog.h"
#include "adminclient.h"
#include "app/errormessages.h"
#include "waitfor.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QTest>

using namespace boli;
using namespace boli::client;
using namespace Qt::StringLiterals;

class TestAdminConfig : public test::AdminClient
{
    Q_OBJECT

private Q_SLOTS:
    void appliesAndRefuses()
    {
        SettingsModel &settings = *area().settings();
        QAbstractItemModelTester tester(&settings, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(settings.rowCount(), int(SettingCatalog::known().size()));
        QCOMPARE(settings.data(settings.index(0), SettingsModel::KeyRole).toString(), u"listing_review"_s);

        QVERIFY2(save([&] { settings.setNumber(u"anti_snipe_seconds"_s, u" 45 "_s); }).first, "45 refused");
        QCOMPARE(serverValue(u"anti_snipe_seconds"_s), QJsonValue(45));
        QCOMPARE(settings.value(u"anti_snipe_seconds"_s), QJsonValue(45));
        const qint64 audited = auditCount();

        // Out of range: the server refuses, the row says why in the admin's language, nothing changed.
        const auto tooLong = save([&] { settings.setNumber(u"anti_snipe_seconds"_s, u"601"_s); });
        QVERIFY(!tooLong.first);
        QVERIFY(tooLong.second.contains(SettingCatalog::find(u"anti_snipe_seconds"_s).translatedHint()));
        const int row = rowOf(u"anti_snipe_seconds"_s);
        const QString rowError = settings.data(settings.index(row), SettingsModel::ErrorRole).toString();
        QVERIFY(rowError.contains(SettingCatalog::find(u"anti_snipe_seconds"_s).translatedHint()));
        QVERIFY2(tooLong.second.endsWith(rowError), qPrintable(tooLong.second));
        QCOMPARE(serverValue(u"anti_snipe_seconds"_s), QJsonValue(45));
        QCOMPARE(auditCount(), audited);
        // Not a number at all: refused before asking, with its own sentence on the row.
        const auto notNumber = save([&] { settings.setNumber(u"anti_snipe_seconds"_s, u"forty"_s); });
        QVERIFY(!notNumber.first);
        QVERIFY(notNumber.second.endsWith(
            settings.data(settings.index(row), SettingsModel::ErrorRole).toString()));
        QVERIFY(!settings.data(settings.index(row), SettingsModel::ErrorRole).toString().contains(u"600"_s));
        QCOMPARE(auditCount(), audited);

        QVERIFY(!save([&] { settings.setDurations(u"auction_durations_minutes"_s, u"15, 30, 30"_s); }).first);
        QVERIFY(save([&] { settings.setDurations(u"auction_durations_minutes"_s, u"15 45,90"_s); }).first);
        QCOMPARE(serverValue(u"auction_durations_minutes"_s), QJsonValue(QJsonArray {15, 45, 90}));
        // A saved value clears that row's refusal.
        QVERIFY(save([&] { settings.setNumber(u"anti_snipe_seconds"_s, u"60"_s); }).first);
        QVERIFY(settings.data(settings.index(row), SettingsModel::ErrorRole).toString().isEmpty());

        // Turning two-factor on needs the admin's own TOTP first.
        const auto twoFactor = save([&] { settings.setFlag(u"admin_2fa"_s, true); });
        QVERIFY(!twoFactor.first);
        QVERIFY2(twoFactor.second.endsWith(errorMessage(ErrorCode::TotpEnrollmentRequired)),
            qPrintable(twoFactor.second));
        QCOMPARE(serverValue(u"admin_2fa"_s), QJsonValue(false));
    }

    void editsTheIncrementTable()
    {
        SettingsModel &settings = *area().settings();
        IncrementsEditor &bands = *settings.increments();
        QAbstractItemModelTester tester(&bands, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(bands.rowCount(), 4);
        QCOMPARE(bands.data(bands.index(1), IncrementsEditor::FromTextRole).toString(), u"1,000"_s);
        QCOMPARE(bands.data(bands.index(1), IncrementsEditor::StepTextRole).toString(), u"25"_s);

        bands.setStepText(0, u"5.50"_s);
        bands.removeBand(3);
        QVERIFY(bands.modified());
        QVERIFY(save([&] { settings.saveIncrements(); }).first);
        const QJsonArray saved = serverValue(u"bid_increments"_s).toArray();
        QCOMPARE(saved.size(), 3);
        QCOMPARE(saved.at(0).toObject().value(u"step"_s).toInteger(), 550);
        QVERIFY(!bands.modified());

        // A table not starting at ₹0 is the server's to refuse; the saved one stays.
        bands.setFromText(0, u"5"_s);
        QVERIFY(!save([&] { settings.saveIncrements(); }).first);
        QCOMPARE(serverValue(u"bid_increments"_s).toArray(), saved);
        bands.addBand();
        QVERIFY(!save([&] { settings.saveIncrements(); }).first); // the empty band is not an amount
        bands.revert();
        QCOMPARE(bands.rowCount(), 3);
        QVERIFY(!bands.modified());
    }

    void followsChangesMadeElsewhere()
    {
        server::User other = m_server->createUser(Role::Admin, u"ravi@boli.example"_s, kPassword, u"Ravi"_s);
        auto second = openClient(u"ravi@boli.example"_s, kPassword);
        QVERIFY(second);
        const QJsonObject fields {{u"key"_s, u"kyc"_s}, {u"value"_s, true}};
        QVERIFY(test::waitFor(second->request(u"admin.settings.set"_s, fields))->ok());
        SettingsModel &settings = *area().settings();
        QTRY_COMPARE_WITH_TIMEOUT(settings.value(u"kyc"_s), QJsonValue(true), 10'000);
        QCOMPARE(settings.data(settings.index(rowOf(u"kyc"_s)), SettingsModel::ValueRole), QVariant(true));

        // The audit log names who did it; filters narrow it down.
        AuditModel &audit = *area().audit();
        QAbstractItemModelTester tester(&audit, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(search(audit, QString::number(other.id), u"admin.settings."_s, {}));
        QCOMPARE(audit.rowCount(), 1);
        QCOMPARE(audit.get(0).value(u"target"_s).toString(), u"setting:kyc"_s);
        QVERIFY(audit.data(audit.index(0), audit.roleNames().key("change")).toString().contains(u"true"_s));
    }

    void readsTheAuditLog()
    {
        SettingsModel &settings = *area().settings();
        // 26 switches of one flag: 26 records; with the rest of the log, more than one page of 50.
        for (int i = 0; i < 26; ++i) {
            QVERIFY(save([&] { settings.setFlag(u"buy_now"_s, i % 2 == 1); }).first);
        }
        AuditModel &audit = *area().audit();
        QAbstractItemModelTester tester(&audit, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(search(audit, {}, u"admin.settings."_s, u"setting:buy_now"_s));
        QCOMPARE(audit.total(), 26);
        QVERIFY(!audit.hasNext());
        // Newest first.
        QVERIFY(audit.get(0).value(u"id"_s).toLongLong() > audit.get(1).value(u"id"_s).toLongLong());

        QVERIFY(search(audit, {}, {}, {}));
        const int all = audit.total();
        QVERIFY(all > 26);
        if (all > audit.pageSize()) {
            QSignalSpy done(&audit, &QueryModel::refreshed);
            audit.nextPage();
            QVERIFY(done.wait(10'000));
            QCOMPARE(audit.offset(), audit.pageSize());
            QCOMPARE(audit.rowCount(), std::min(all - audit.pageSize(), audit.pageSize()));
        }

        const QString tomorrow = QDate::currentDate().addDays(1).toString(Qt::ISODate);
        QVERIFY(search(audit, {}, {}, {}, tomorrow));
        QCOMPARE(audit.total(), 0);
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        QVERIFY(search(audit, {}, u"admin.settings.set"_s, {}, today, today));
        QCOMPARE(audit.total(), 26);

        QVERIFY(!audit.search(u"four"_s, {}, {}));
        QVERIFY(!audit.filterError().isEmpty());
        QVERIFY(!audit.search({}, {}, {}, u"21/11/2026"_s));
        QVERIFY(!audit.search({}, {}, {}, today, QDate::currentDate().addDays(-1).toString(Qt::ISODate)));
    }

private:
    template<typename Act>
    std::pair<bool, QString> save(Act act)
    {
        QSignalSpy saved(area().settings(), &SettingsModel::saved);
        act();
        if (saved.isEmpty() && !saved.wait(10'000)) {
            return {false, u"<no answer>"_s};
        }
        return {saved.first().at(1).toBool(), saved.first().at(2).toString()};
    }

    bool search(AuditModel &audit, const QString &actor, const QString &action, const QString &target,
        const QString &from = {}, const QString &to = {})
    {
        QSignalSpy done(&audit, &QueryModel::refreshed);
        return audit.search(actor, action, target, from, to) && done.wait(10'000) && audit.error().isEmpty();
    }

    QJsonValue serverValue(const QString &key) { return m_server->parts().settings.value(key); }

    qint64 auditCount()
    {
        server::AuditFilter filter;
        filter.op = u"admin.settings.set"_s;
        return m_server->parts().auditLog.count(filter);
    }

    int rowOf(const QString &key)
    {
        SettingsModel &settings = *area().settings();
        for (int row = 0; row < settings.rowCount(); ++row) {
            if (settings.data(settings.index(row), SettingsModel::KeyRole).toString() == key) {
                return row;
            }
        }
        return -1;
    }
};

QTEST_GUILESS_MAIN(TestAdminConfig)
#include "tst_adminconfig.moc"
