// SPDX-License-Identifier: GPL-3.0-or-later
// Seller confirmation is off by default and a category may override it: a listing in that
// category waits for the farmer at its close, a listing in another category sells at once.

#include "testclient.h"
#include "testserver.h"
#include "waitfor.h"

#include <QJsonArray>
#include <QTest>

using namespace boli;
using namespace boli::test;
using namespace Qt::StringLiterals;

class TestCategoryConfirmation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void categoryOverridesTheMarketSetting()
    {
        TestServer server;
        server.createUser(Role::Admin, u"admin@boli.test"_s, u"admin-pass-123"_s);
        server.createUser(Role::Farmer, u"9811111111"_s, u"4321"_s);
        server.createUser(Role::Trader, u"9711111111"_s, u"trader-pass-a"_s);
        TestClient admin, farmer, trader;
        for (TestClient *client : {&admin, &farmer, &trader}) {
            QVERIFY(*test::waitFor(client->open(server.port())));
        }
        QVERIFY(test::waitFor(admin.login(u"admin@boli.test"_s, u"admin-pass-123"_s, false))->ok());
        QVERIFY(test::waitFor(farmer.login(u"9811111111"_s, u"4321"_s, true))->ok());
        QVERIFY(test::waitFor(trader.login(u"9711111111"_s, u"trader-pass-a"_s, false))->ok());
        QVERIFY(call(admin, u"admin.settings.set"_s, {{u"key"_s, u"listing_review"_s}, {u"value"_s, false}})
                    .ok());

        const QJsonArray categories =
            call(farmer, u"catalog.list"_s, {}).fields.value(u"categories"_s).toArray();
        const QJsonObject vegetables = categoryByCode(categories, u"vegetables"_s);
        const QJsonObject cereals = categoryByCode(categories, u"cereals"_s);
        QVERIFY(!vegetables.isEmpty() && !cereals.isEmpty());

        // Vegetables: the farmer gets 10 minutes to confirm; cereals keep the market's 0.
        QJsonObject save {{u"category_id"_s, vegetables.value(u"id"_s)},
            {u"code"_s, vegetables.value(u"code"_s)}, {u"name_en"_s, vegetables.value(u"name_en"_s)},
            {u"name_hi"_s, vegetables.value(u"name_hi"_s)}, {u"seller_confirmation_minutes"_s, 10}};
        const auto saved = call(admin, u"admin.catalog.save_category"_s, save);
        QVERIFY2(saved.ok(), qPrintable(saved.error ? saved.error->message : QString()));
        QCOMPARE(
            saved.fields.value(u"category"_s).toObject().value(u"seller_confirmation_minutes"_s).toInt(), 10);
        save.insert(u"seller_confirmation_minutes"_s, 2000);
        QCOMPARE(errorCodeName(call(admin, u"admin.catalog.save_category"_s, save).error->code),
            u"invalid_value"_s);

        const qint64 vegetable = listAndBid(farmer, trader, firstCrop(vegetables));
        const qint64 cereal = listAndBid(farmer, trader, firstCrop(cereals));
        QVERIFY(vegetable > 0 && cereal > 0);
        server.advanceClock(16 * 60'000); // past the 15-minute auctions

        QCOMPARE(waitForStatus(farmer, vegetable, u"awaiting_confirmation"_s), u"awaiting_confirmation"_s);
        QCOMPARE(waitForStatus(farmer, cereal, u"sold"_s), u"sold"_s);
        const QJsonObject waiting = call(farmer, u"listing.get"_s, {{u"listing_id"_s, vegetable}})
                                        .fields.value(u"listing"_s)
                                        .toObject();
        const qint64 deadline = waiting.value(u"confirmation_deadline"_s).toInteger();
        QVERIFY(deadline >= server.clock().nowMs() + 9 * 60'000
            && deadline <= server.clock().nowMs() + 10 * 60'000);
    }

private:
    static protocol::Reply call(TestClient &client, const QString &op, const QJsonObject &fields)
    {
        return test::waitFor(client.request(op, fields)).value_or(protocol::Reply {});
    }

    static QJsonObject categoryByCode(const QJsonArray &categories, const QString &code)
    {
        for (const QJsonValue &category : categories) {
            if (category.toObject().value(u"code"_s).toString() == code) {
                return category.toObject();
            }
        }
        return {};
    }

    static qint64 firstCrop(const QJsonObject &category)
    {
        return category.value(u"crops"_s).toArray().first().toObject().value(u"id"_s).toInteger();
    }

    /// Lists the crop for 15 minutes, waits until live, and bids the starting price; the id.
    static qint64 listAndBid(TestClient &farmer, TestClient &trader, qint64 cropId)
    {
        const auto created = call(farmer, u"listing.create"_s,
            {{u"crop_id"_s, cropId}, {u"quantity_kg"_s, 500}, {u"mandi"_s, u"Azadpur"_s},
                {u"district"_s, u"North Delhi"_s}, {u"state"_s, u"Delhi"_s}, {u"starting_price"_s, 150000},
                {u"duration_minutes"_s, 15}});
        const qint64 id = created.fields.value(u"listing"_s).toObject().value(u"id"_s).toInteger();
        if (waitForStatus(farmer, id, u"live"_s) != u"live"_s) {
            return 0;
        }
        return call(trader, u"bid.place"_s, {{u"listing_id"_s, id}, {u"amount"_s, 150000}}).ok() ? id : 0;
    }

    /// Polls until the listing reaches `wanted` (the market ticks every 200 ms); the last status seen.
    static QString waitForStatus(TestClient &client, qint64 id, const QString &wanted)
    {
        QString status;
        for (int i = 0; i < 50 && status != wanted; ++i) {
            status = call(client, u"listing.get"_s, {{u"listing_id"_s, id}})
                         .fields.value(u"listing"_s)
                         .toObject()
                         .value(u"status"_s)
                         .toString();
            if (status != wanted) {
                QTest::qWait(100);
            }
        }
        return status;
    }
};

QTEST_GUILESS_MAIN(TestCategoryConfirmation)
#include "tst_categoryconfirmation.moc"
