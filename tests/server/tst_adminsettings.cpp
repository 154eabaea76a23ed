// SPDX-License-Identifier: GPL-3.0-or-later
// Settings over a real WebSocket: the documented defaults, a change stored, audited and announced to
// every connection, and every refused value leaving nothing behind.

#include "adminsession.h"
#include "waitfor.h"

#include <QJsonArray>
#include <QTest>

using namespace boli;
using namespace boli::test;
using namespace Qt::StringLiterals;

/// @brief settings.get and admin.settings.set.
class TestAdminSettings : public AdminSession
{
    Q_OBJECT

private Q_SLOTS:
    void settingsDefaultsAsDocumented()
    {
        auto guest = openClient();
        QVERIFY(guest);
        const QJsonObject settings = call(*guest, u"settings.get"_s).fields.value(u"settings"_s).toObject();
        const QJsonObject expected {{u"seller_verification"_s, false}, {u"kyc"_s, false},
            {u"deposits"_s, false}, {u"listing_review"_s, true}, {u"buy_now"_s, true},
            {u"proxy_bidding"_s, true}, {u"admin_2fa"_s, false}, {u"anti_snipe_seconds"_s, 30}};
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            QCOMPARE(settings.value(it.key()), *it);
        }
        QCOMPARE(settings.value(u"bid_increments"_s)[0][u"from"_s], QJsonValue(0));
        QCOMPARE(settings.value(u"auction_durations_minutes"_s),
            QJsonValue(QJsonArray {15, 30, 60, 120, 240, 1'440}));
    }

    void settingChangeIsStoredAuditedAndAnnounced()
    {
        m_server->createUser(Role::Trader, u"9700000001"_s, kPassword);
        auto guest = openClient();
        auto trader = openClient(u"9700000001"_s);
        QVERIFY(guest && trader);
        const auto reply =
            admin(u"admin.settings.set"_s, {{u"key"_s, u"anti_snipe_seconds"_s}, {u"value"_s, 45}});
        QCOMPARE(reply.fields.value(u"settings"_s)[u"anti_snipe_seconds"_s], QJsonValue(45));
        for (TestClient *client : {guest.get(), trader.get()}) {
            const auto event = test::waitFor(client->nextEvent(u"settings.changed"_s)).value_or(std::nullopt);
            QVERIFY(event);
            QCOMPARE(event->fields.value(u"key"_s), QJsonValue(u"anti_snipe_seconds"_s));
            QCOMPARE(event->fields.value(u"value"_s), QJsonValue(45));
        }
        const QJsonObject record = newestAudit(u"admin.settings.set"_s, u"setting:anti_snipe_seconds"_s);
        QCOMPARE(record[u"before"_s][u"value"_s], QJsonValue(30));
        QCOMPARE(record[u"after"_s][u"value"_s], QJsonValue(45));

        // What a restarted server would read: a fresh service over the same database.
        const SystemClock clock;
        server::SettingsService reloaded(*m_server->parts().database, m_server->parts().auditLog, clock);
        reloaded.load();
        QCOMPARE(reloaded.integer(u"anti_snipe_seconds"_s), 45);
    }

    void setSettingRefusals_data()
    {
        refusalColumns();
        const QString op = u"admin.settings.set"_s;
        auto set = [](const char *key, const QJsonValue &value) {
            return QJsonObject {{u"key"_s, QString::fromLatin1(key)}, {u"value"_s, value}};
        };
        auto bands = [](std::initializer_list<std::pair<int, int>> list) {
            QJsonArray array;
            for (const auto &[from, step] : list) {
                array.append(QJsonObject {{u"from"_s, from}, {u"step"_s, step}});
            }
            return array;
        };
        refusal("snipe -1", op, set("anti_snipe_seconds", -1), "invalid_value");
        refusal("snipe 601", op, set("anti_snipe_seconds", 601), "invalid_value");
        refusal("snipe as text", op, set("anti_snipe_seconds", u"30"_s), "invalid_value");
        refusal("snipe fraction", op, set("anti_snipe_seconds", 1.5), "invalid_value");
        refusal("no increments", op, set("bid_increments", QJsonArray()), "invalid_value");
        refusal("increments not from 0", op, set("bid_increments", bands({{100, 10}})), "invalid_value");
        refusal("increments not rising", op, set("bid_increments", bands({{0, 10}, {500, 10}, {500, 20}})),
            "invalid_value");
        refusal("increment step 0", op, set("bid_increments", bands({{0, 0}})), "invalid_value");
        refusal("no durations", op, set("auction_durations_minutes", QJsonArray()), "invalid_value");
        refusal("duration 0", op, set("auction_durations_minutes", QJsonArray {0}), "invalid_value");
        refusal("duplicate durations", op, set("auction_durations_minutes", QJsonArray {15, 30, 15}),
            "invalid_value");
        refusal("unknown key", op, set("fee_percent", 2), "not_found");
        refusal("no value", op, {{u"key"_s, u"kyc"_s}}, "missing_field");
    }

    void setSettingRefusals() { checkRefusal(); }
};

QTEST_GUILESS_MAIN(TestAdminSettings)
#include "tst_adminsettings.moc"
