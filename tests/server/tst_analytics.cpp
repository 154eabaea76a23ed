// SPDX-License-Identifier: GPL-3.0-or-later
// Analytics and the suggested starting range on one fixed data set, every expected figure worked out
// by hand below (prices in paise per quintal).
//
// Reference prices (imported): wheat at Khanna (Ludhiana, Punjab) ₹2,400 on 10/11 and ₹2,500 on 12/11;
// onion at Lasalgaon (Nashik, Maharashtra) ₹1,800 on 11/11.
//
//   L1 F1 wheat Khanna    sold   ₹2,640 × 1000 kg on 12/11 10:00 IST  bids T1 T2 T1  watchers T1 T2 T3
//   L2 F1 wheat Khanna    sold   ₹2,400 ×  500 kg on 11/11 15:00 IST  bids T2 T3     watcher  T2
//   L3 F1 onion Lasalgaon unsold          ended 11/11 18:00 IST        bid  T3
//   L4 F1 wheat Khanna    live                                                        watcher  T1
//   L5 F2 onion Lasalgaon sold   ₹1,980 × 2000 kg on 11/11 12:00 IST  bids T1 T3     listed by agent A
//   L6 F2 wheat Khanna    cancelled
// Views (listing_views rows): L1 4, L2 2, L3 1, L4 3, L5 2, L6 none.

#include "opcall.h"
#include "prices/marketanalytics.h"
#include "testserver.h"

#include <QJsonArray>
#include <QTest>

using namespace boli;
using namespace Qt::StringLiterals;
using namespace boli::test;

namespace {
constexpr qint64 kHourMs = 3'600'000;
constexpr qint64 kDayMs = 24 * kHourMs;

/// Milliseconds at an hour of an India day.
qint64 ist(int day, int hour)
{
    return server::MarketAnalytics::indiaMidnight(QDate(2026, 11, day)) + hour * kHourMs;
}

server::PriceRow priceRow(const QString &commodity, const QString &market, const QString &district,
    const QString &state, const QDate &date, Paise min, Paise max, Paise modal)
{
    server::PriceRow row;
    row.commodity = commodity;
    row.market = market;
    row.district = district;
    row.state = state;
    row.arrivalDate = date;
    row.minPrice = min;
    row.maxPrice = max;
    row.modalPrice = modal;
    return row;
}
} // namespace

class TestAnalytics : public QObject
{
    Q_OBJECT

private:
    qint64 cropId(const QString &code)
    {
        for (const auto &crop : m_server->parts().catalog.crops(true)) {
            if (crop.code == code) {
                return crop.id;
            }
        }
        return -1;
    }

    struct Lot
    {
        QString seller;
        QString crop;
        QString mandi;
        QString district;
        QString state;
        QString status;
        qint64 endsAt = 0;
        QStringList bidders; ///< in bid order
        QStringList watchers;
        std::optional<Paise> soldAt; ///< price per quintal when sold
        Kilograms quantityKg = 1000;
        QString createdBy; ///< empty: the seller
        int views = 0; ///< listing_views rows, as the server stores them
    };

    /// `saleAt`: when a sold lot sold, if not at its end (accepted early).
    qint64 insert(const Lot &lot, std::optional<qint64> saleAt = std::nullopt)
    {
        const auto &db = *m_server->parts().database;
        const qint64 id = server::SqlQuery(db,
            u"INSERT INTO listings (seller_id, created_by, crop_id, quantity_kg, mandi, district, state, "
            u"format, "
            "starting_price, increments, duration_minutes, starts_at, scheduled_ends_at, ends_at, status, "
            "price, "
            "bid_count, created_at, updated_at) VALUES (:seller, :by, :crop, :qty, :mandi, :district, "
            ":state, "
            "'open', 100000, '[]', 60, :start, :end, :end, :status, :price, :bids, :start, :end) RETURNING id"_s)
                              .bind(u":seller"_s, m_users.value(lot.seller))
                              .bind(u":by"_s,
                                  m_users.value(lot.createdBy.isEmpty() ? lot.seller : lot.createdBy))
                              .bind(u":crop"_s, cropId(lot.crop))
                              .bind(u":qty"_s, lot.quantityKg)
                              .bind(u":mandi"_s, lot.mandi)
                              .bind(u":district"_s, lot.district)
                              .bind(u":state"_s, lot.state)
                              .bind(u":start"_s, lot.endsAt - kHourMs)
                              .bind(u":end"_s, lot.endsAt)
                              .bind(u":status"_s, lot.status)
                              .bind(u":price"_s, lot.soldAt.value_or(0))
                              .bind(u":bids"_s, lot.bidders.size())
                              .scalar()
                              .toLongLong();
        for (qsizetype i = 0; i < lot.bidders.size(); ++i) {
            server::SqlQuery(db,
                u"INSERT INTO bids (listing_id, seq, bidder_id, amount, maximum, proxy, kind, at_ms, "
                u"ends_at) "
                "VALUES (:l, :seq, :bidder, :amount, :amount, FALSE, 'manual', :at, :end)"_s)
                .bind(u":l"_s, id)
                .bind(u":seq"_s, i + 1)
                .bind(u":bidder"_s, m_users.value(lot.bidders.at(i)))
                .bind(u":amount"_s, 100000 + i * 1000)
                .bind(u":at"_s, lot.endsAt - kHourMs + i)
                .bind(u":end"_s, lot.endsAt)
                .exec();
        }
        for (int i = 0; i < lot.views; ++i) {
            server::SqlQuery(
                db, u"INSERT INTO listing_views (listing_id, viewer_key, first_at) VALUES (:l, :v, 0)"_s)
                .bind(u":l"_s, id)
                .bind(u":v"_s, u"guest:fixture:%1"_s.arg(i))
                .exec();
        }
        for (const QString &watcher : lot.watchers) {
            server::SqlQuery(
                db, u"INSERT INTO watchlist (user_id, listing_id, created_at) VALUES (:u, :l, 0)"_s)
                .bind(u":u"_s, m_users.value(watcher))
                .bind(u":l"_s, id)
                .exec();
        }
        if (lot.soldAt) {
            server::SqlQuery(db,
                u"INSERT INTO transactions (listing_id, buyer_id, seller_id, price_per_quintal, quantity_kg, "
                u"total, "
                "status, created_at, updated_at) VALUES (:l, :buyer, :seller, :price, :qty, :total, "
                "'pending', "
                ":at, :at)"_s)
                .bind(u":l"_s, id)
                .bind(u":buyer"_s, m_users.value(lot.bidders.isEmpty() ? u"T1"_s : lot.bidders.last()))
                .bind(u":seller"_s, m_users.value(lot.seller))
                .bind(u":price"_s, *lot.soldAt)
                .bind(u":qty"_s, lot.quantityKg)
                .bind(u":total"_s, totalForQuantity(*lot.soldAt, lot.quantityKg))
                .bind(u":at"_s, saleAt.value_or(lot.endsAt))
                .exec();
        }
        return id;
    }

    void storePrices(const QList<std::pair<QString, server::PriceRow>> &rows)
    {
        QList<std::pair<qint64, server::PriceRow>> mapped;
        for (const auto &[crop, row] : rows) {
            mapped.append({cropId(crop), row});
        }
        server::Transaction transaction(*m_server->parts().database);
        m_server->parts().prices.prices().store(mapped, u"import"_s, 0);
        transaction.commit();
    }

    QJsonObject as(
        const QString &who, const QString &op, const QJsonObject &fields, const QString &expected = u"ok"_s)
    {
        const auto reply = call(*m_clients.at(who), op, fields);
        if (codeOf(reply) != expected) {
            qWarning().noquote() << op << "answered" << codeOf(reply) << "expected" << expected;
            return {};
        }
        return reply.fields[u"analytics"_s].toObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>();
        const QList<std::tuple<QString, Role, QString, QString>> people {
            {u"admin"_s, Role::Admin, u"analytics-admin@boli.example"_s, u"analytics-pass-1"_s},
            {u"F1"_s, Role::Farmer, u"9822200001"_s, u"1111"_s},
            {u"F2"_s, Role::Farmer, u"9822200002"_s, u"2222"_s},
            {u"A"_s, Role::FieldAgent, u"agent-analytics@boli.example"_s, u"agent-pass-1"_s},
            {u"T1"_s, Role::Trader, u"9822200011"_s, u"trader-pass-1"_s},
            {u"T2"_s, Role::Trader, u"9822200012"_s, u"trader-pass-2"_s},
            {u"T3"_s, Role::Trader, u"9822200013"_s, u"trader-pass-3"_s}};
        for (const auto &[who, role, login, secret] : people) {
            m_users.insert(who, m_server->createUser(role, login, secret).id);
            m_clients[who] = openClient(m_server->port(), login, secret);
            QVERIFY2(m_clients[who], qPrintable(who));
        }
        storePrices({{u"wheat"_s,
                         priceRow(u"Wheat"_s, u"Khanna"_s, u"Ludhiana"_s, u"Punjab"_s, QDate(2026, 11, 10),
                             230000, 250000, 240000)},
            {u"wheat"_s,
                priceRow(u"Wheat"_s, u"Khanna"_s, u"Ludhiana"_s, u"Punjab"_s, QDate(2026, 11, 12), 240000,
                    260000, 250000)},
            {u"onion"_s,
                priceRow(u"Onion"_s, u"Lasalgaon"_s, u"Nashik"_s, u"Maharashtra"_s, QDate(2026, 11, 11),
                    150000, 200000, 180000)}});
        const QString khanna[] {u"Khanna"_s, u"Ludhiana"_s, u"Punjab"_s};
        const QString lasalgaon[] {u"Lasalgaon"_s, u"Nashik"_s, u"Maharashtra"_s};
        m_ids[u"L1"_s] = insert({u"F1"_s, u"wheat"_s, khanna[0], khanna[1], khanna[2], u"sold"_s, ist(12, 10),
            {u"T1"_s, u"T2"_s, u"T1"_s}, {u"T1"_s, u"T2"_s, u"T3"_s}, 264000, 1000, {}, 4});
        m_ids[u"L2"_s] = insert({u"F1"_s, u"wheat"_s, khanna[0], khanna[1], khanna[2], u"sold"_s, ist(11, 15),
            {u"T2"_s, u"T3"_s}, {u"T2"_s}, 240000, 500, {}, 2});
        m_ids[u"L3"_s] = insert({u"F1"_s, u"onion"_s, lasalgaon[0], lasalgaon[1], lasalgaon[2], u"unsold"_s,
            ist(11, 18), {u"T3"_s}, {}, std::nullopt, 1000, {}, 1});
        m_ids[u"L4"_s] = insert({u"F1"_s, u"wheat"_s, khanna[0], khanna[1], khanna[2], u"live"_s, ist(30, 10),
            {}, {u"T1"_s}, std::nullopt, 1000, {}, 3});
        m_ids[u"L5"_s] = insert({u"F2"_s, u"onion"_s, lasalgaon[0], lasalgaon[1], lasalgaon[2], u"sold"_s,
            ist(11, 12), {u"T1"_s, u"T3"_s}, {}, 198000, 2000, u"A"_s, 2});
        m_ids[u"L6"_s] = insert({u"F2"_s, u"wheat"_s, khanna[0], khanna[1], khanna[2], u"cancelled"_s,
            ist(11, 9), {}, {}, std::nullopt, 1000, {}});
    }

    void cleanupTestCase()
    {
        m_clients.clear();
        m_server.reset();
    }

    void listingUpliftOverTheReference()
    {
        // Sold on 12/11: that day's Khanna modal ₹2,500; ₹2,640 − ₹2,500 = ₹140 = 5.6 %.
        const QJsonObject l1 = as(u"F1"_s, u"analytics.listing"_s, {{u"listing_id"_s, m_ids[u"L1"_s]}});
        QCOMPARE(l1[u"final_price"_s].toInteger(), 264'000);
        QCOMPARE(l1[u"reference"_s][u"modal_price"_s].toInteger(), 250'000);
        QCOMPARE(l1[u"reference"_s][u"date"_s].toString(), u"2026-11-12"_s);
        QCOMPARE(l1[u"reference"_s][u"level"_s].toString(), u"market"_s);
        QCOMPARE(l1[u"uplift"_s].toInteger(), 14'000);
        QCOMPARE(l1[u"uplift_percent"_s].toDouble(), 5.6);
        QCOMPARE(l1[u"bids"_s].toInteger(), 3);
        QCOMPARE(l1[u"unique_bidders"_s].toInteger(), 2);
        QCOMPARE(l1[u"watchers"_s].toInteger(), 3);
        QCOMPARE(l1[u"views"_s].toInteger(), 4);
        QCOMPARE(l1[u"revenue"_s].toInteger(), 2'640'000); // 10 quintals × ₹2,640
        // Sold on 11/11: no Khanna price that day, so the newest before it (10/11, ₹2,400): no uplift.
        const QJsonObject l2 = as(u"admin"_s, u"analytics.listing"_s, {{u"listing_id"_s, m_ids[u"L2"_s]}});
        QCOMPARE(l2[u"reference"_s][u"date"_s].toString(), u"2026-11-10"_s);
        QCOMPARE(l2[u"uplift"_s].toInteger(), 0);
        // Unsold: a reference, but no final price and so no uplift.
        const QJsonObject l3 = as(u"F1"_s, u"analytics.listing"_s, {{u"listing_id"_s, m_ids[u"L3"_s]}});
        QVERIFY(l3[u"final_price"_s].isNull());
        QVERIFY(l3[u"uplift"_s].isNull());
        // The agent who listed L5 for F2 may look; other sellers and traders may not.
        QCOMPARE(as(u"A"_s, u"analytics.listing"_s, {{u"listing_id"_s, m_ids[u"L5"_s]}})[u"uplift_percent"_s]
                     .toDouble(),
            10.0);
        as(u"F2"_s, u"analytics.listing"_s, {{u"listing_id"_s, m_ids[u"L1"_s]}}, u"forbidden"_s);
        as(u"T1"_s, u"analytics.listing"_s, {{u"listing_id"_s, m_ids[u"L1"_s]}}, u"forbidden"_s);
        as(u"F1"_s, u"analytics.listing"_s, {{u"listing_id"_s, 999'999}}, u"not_found"_s);
    }

    void sellerTotals()
    {
        const QJsonObject f1 = as(u"F1"_s, u"analytics.seller"_s, {});
        const QJsonObject totals = f1[u"totals"_s].toObject();
        QCOMPARE(totals[u"listings"_s].toInteger(), 4); // L1–L4
        QCOMPARE(totals[u"sold"_s].toInteger(), 2);
        QCOMPARE(totals[u"unsold"_s].toInteger(), 1);
        QCOMPARE(totals[u"success_rate"_s].toDouble(), 0.6667); // 2 of 3 closed
        QCOMPARE(totals[u"bids"_s].toInteger(), 6); // 3 + 2 + 1 + 0
        QCOMPARE(totals[u"average_bids_per_listing"_s].toDouble(), 1.5);
        QCOMPARE(totals[u"unique_bidders"_s].toInteger(), 3);
        QCOMPARE(totals[u"watchers"_s].toInteger(), 5); // 3 + 1 + 0 + 1
        QCOMPARE(totals[u"views"_s].toInteger(), 10); // 4 + 2 + 1 + 3
        QCOMPARE(totals[u"revenue"_s].toInteger(), 3'840'000); // ₹26,400 + ₹12,000
        QCOMPARE(totals[u"compared"_s].toInteger(), 2);
        // (₹2,640 + ₹2,400) − (₹2,500 + ₹2,400) = ₹140 over ₹4,900 = 2.857… %
        QCOMPARE(totals[u"price_uplift_percent"_s].toDouble(), 2.86);
        QCOMPARE(f1[u"by_status"_s][u"live"_s].toInt(), 1);
        QCOMPARE(f1[u"listings"_s].toArray().size(), 4);
        QCOMPARE(f1[u"listings"_s][0][u"views"_s].toInteger(), 3); // newest end first: L4, still live

        as(u"F1"_s, u"analytics.seller"_s, {{u"seller_id"_s, m_users[u"F2"_s]}}, u"forbidden"_s);
        const QJsonObject f2 = as(u"admin"_s, u"analytics.seller"_s, {{u"seller_id"_s, m_users[u"F2"_s]}});
        QCOMPARE(f2[u"totals"_s][u"listings"_s].toInteger(), 2);
        QCOMPARE(f2[u"by_status"_s][u"cancelled"_s].toInt(), 1);
        QCOMPARE(f2[u"totals"_s][u"revenue"_s].toInteger(), 3'960'000); // 20 quintals × ₹1,980
    }

    void marketPerCropMandiAndDay()
    {
        const QJsonObject all =
            as(u"admin"_s, u"admin.analytics"_s, {{u"from"_s, u"2026-11-10"_s}, {u"to"_s, u"2026-11-12"_s}});
        const QJsonObject totals = all[u"totals"_s].toObject();
        QCOMPARE(totals[u"listings"_s].toInteger(), 4); // L1 L2 L3 L5 closed; L4 live, L6 cancelled
        QCOMPARE(totals[u"sold"_s].toInteger(), 3);
        QCOMPARE(totals[u"success_rate"_s].toDouble(), 0.75);
        QCOMPARE(totals[u"bids"_s].toInteger(), 8);
        QCOMPARE(totals[u"average_bids_per_listing"_s].toDouble(), 2.0);
        QCOMPARE(totals[u"unique_bidders"_s].toInteger(), 3);
        QCOMPARE(totals[u"views"_s].toInteger(), 9); // 4 + 2 + 1 + 2
        QCOMPARE(totals[u"revenue"_s].toInteger(), 7'800'000);
        // (2640 + 2400 + 1980) − (2500 + 2400 + 1800) = 320 over 6700 = 4.776… %
        QCOMPARE(totals[u"price_uplift_percent"_s].toDouble(), 4.78);

        QHash<qint64, QJsonObject> crops;
        for (const QJsonValue &crop : all[u"by_crop"_s].toArray()) {
            crops.insert(crop[u"crop_id"_s].toInteger(), crop.toObject());
        }
        const QJsonObject wheat = crops.value(cropId(u"wheat"_s));
        QCOMPARE(wheat[u"crop_code"_s].toString(), u"wheat"_s);
        QCOMPARE(wheat[u"listings"_s].toInteger(), 2);
        QCOMPARE(wheat[u"success_rate"_s].toDouble(), 1.0);
        QCOMPARE(wheat[u"average_bids_per_listing"_s].toDouble(), 2.5);
        QCOMPARE(wheat[u"price_uplift_percent"_s].toDouble(), 2.86);
        QCOMPARE(wheat[u"views"_s].toInteger(), 6); // L1 L2
        const QJsonObject onion = crops.value(cropId(u"onion"_s));
        QCOMPARE(onion[u"success_rate"_s].toDouble(), 0.5);
        QCOMPARE(onion[u"unique_bidders"_s].toInteger(), 2);
        QCOMPARE(onion[u"price_uplift_percent"_s].toDouble(), 10.0);
        QCOMPARE(onion[u"views"_s].toInteger(), 3); // L3 L5

        const QJsonArray mandis = all[u"by_mandi"_s].toArray();
        QCOMPARE(mandis.size(), 2);
        for (const QJsonValue &mandi : mandis) {
            QCOMPARE(mandi[u"listings"_s].toInteger(), 2);
        }

        const QJsonArray days = all[u"by_day"_s].toArray();
        QCOMPARE(days.size(), 2);
        QCOMPARE(days.at(0)[u"date"_s].toString(), u"2026-11-11"_s);
        QCOMPARE(days.at(0)[u"listings"_s].toInteger(), 3);
        // (2400 + 1980) − (2400 + 1800) = 180 over 4200 = 4.2857… %
        QCOMPARE(days.at(0)[u"price_uplift_percent"_s].toDouble(), 4.29);
        QCOMPARE(days.at(0)[u"views"_s].toInteger(), 5); // L2 L3 L5
        QCOMPARE(days.at(1)[u"date"_s].toString(), u"2026-11-12"_s);
        QCOMPARE(days.at(1)[u"price_uplift_percent"_s].toDouble(), 5.6);
        QCOMPARE(days.at(1)[u"views"_s].toInteger(), 4); // L1

        // One day only: L1.
        const QJsonObject one =
            as(u"admin"_s, u"admin.analytics"_s, {{u"from"_s, u"2026-11-12"_s}, {u"to"_s, u"2026-11-12"_s}});
        QCOMPARE(one[u"totals"_s][u"listings"_s].toInteger(), 1);
        as(u"admin"_s, u"admin.analytics"_s, {{u"from"_s, u"2026-11-13"_s}, {u"to"_s, u"2026-11-12"_s}},
            u"invalid_value"_s);
        as(u"admin"_s, u"admin.analytics"_s, {{u"from"_s, u"12/11/2026"_s}}, u"invalid_value"_s);
        as(u"F1"_s, u"admin.analytics"_s, {}, u"forbidden"_s);
    }

    void suggestionFromReferenceAndNearbySales()
    {
        // Relative to today, since only the last 90 days of sales count.
        const qint64 now = m_server->clock().nowMs();
        const QDate yesterday = server::MarketAnalytics::indiaDate(now - kDayMs);
        storePrices({{u"potato"_s,
            priceRow(u"Potato"_s, u"Azadpur"_s, u"North Delhi"_s, u"Delhi"_s, yesterday, 110000, 140000,
                125000)}});
        const QString azadpur[] {u"Azadpur"_s, u"North Delhi"_s, u"Delhi"_s};
        for (const Paise price : {130000, 140000, 132000}) {
            insert({u"F2"_s, u"potato"_s, azadpur[0], azadpur[1], azadpur[2], u"sold"_s, now - 2 * kDayMs,
                {u"T1"_s}, {}, price, 1000, {}});
        }
        insert({u"F2"_s, u"potato"_s, azadpur[0], azadpur[1], azadpur[2], u"sold"_s, now - 100 * kDayMs,
            {u"T1"_s}, {}, 500000, 1000, {}}); // too old to count
        insert({u"F2"_s, u"potato"_s, u"Agra"_s, u"Agra"_s, u"Uttar Pradesh"_s, u"sold"_s, now - 3 * kDayMs,
            {u"T2"_s}, {}, 90000, 1000, {}});

        // Azadpur: reference ₹1,250; district sales 1300, 1400, 1320 → median ₹1,320;
        // anchor (125000 + 132000) / 2 = 128500 → high ₹1,280, low 90 % = 115650 → ₹1,150.
        auto reply = call(*m_clients.at(u"F2"_s), u"prices.suggest"_s,
            {{u"crop_id"_s, cropId(u"potato"_s)}, {u"mandi"_s, azadpur[0]}, {u"district"_s, azadpur[1]},
                {u"state"_s, azadpur[2]}});
        QCOMPARE(codeOf(reply), u"ok"_s);
        QJsonObject suggestion = reply.fields[u"suggestion"_s].toObject();
        QCOMPARE(suggestion[u"reference_modal"_s].toInteger(), 125'000);
        QCOMPARE(suggestion[u"sales_median"_s].toInteger(), 132'000);
        QCOMPARE(suggestion[u"sales"_s].toInt(), 3);
        QCOMPARE(suggestion[u"anchor"_s].toInteger(), 128'500);
        QCOMPARE(suggestion[u"high"_s].toInteger(), 128'000);
        QCOMPARE(suggestion[u"low"_s].toInteger(), 115'000);
        QCOMPARE(suggestion[u"basis"_s].toString(), u"reference_and_sales"_s);
        QCOMPARE(reply.fields[u"sales_level"_s].toString(), u"district"_s);
        QCOMPARE(reply.fields[u"reference"_s][u"level"_s].toString(), u"market"_s);

        // Agra: no Uttar Pradesh prices, so India's (₹1,250); Agra's own sale ₹900;
        // anchor (125000 + 90000) / 2 = 107500 → high ₹1,070, low 96750 → ₹960.
        reply = call(*m_clients.at(u"F2"_s), u"prices.suggest"_s,
            {{u"crop_id"_s, cropId(u"potato"_s)}, {u"mandi"_s, u"Agra"_s}, {u"district"_s, u"Agra"_s},
                {u"state"_s, u"Uttar Pradesh"_s}});
        suggestion = reply.fields[u"suggestion"_s].toObject();
        QCOMPARE(reply.fields[u"reference"_s][u"level"_s].toString(), u"national"_s);
        QCOMPARE(suggestion[u"high"_s].toInteger(), 107'000);
        QCOMPARE(suggestion[u"low"_s].toInteger(), 96'000);

        // Nothing known about jute: no suggestion, and no error either.
        reply = call(*m_clients.at(u"F2"_s), u"prices.suggest"_s, {{u"crop_id"_s, cropId(u"jute"_s)}});
        QCOMPARE(codeOf(reply), u"ok"_s);
        QVERIFY(reply.fields[u"suggestion"_s].isNull());
        QCOMPARE(
            code(*m_clients.at(u"F2"_s), u"prices.suggest"_s, {{u"crop_id"_s, 987'654}}), u"not_found"_s);
    }

    void anEarlySaleCountsOnItsOwnDay()
    {
        // Accepted on the 3rd, three days before its scheduled end: a sale of the 3rd. Maize at a
        // mandi of its own, on days no other lot (nor the sales relative to today above) uses.
        const QString gulabbagh[] {u"Gulabbagh"_s, u"Purnia"_s, u"Bihar"_s};
        insert({u"F2"_s, u"maize"_s, gulabbagh[0], gulabbagh[1], gulabbagh[2], u"sold"_s, ist(6, 10),
                   {u"T1"_s}, {}, 210000, 1000, {}, 0},
            ist(3, 11));
        const QJsonObject saleDay =
            as(u"admin"_s, u"admin.analytics"_s, {{u"from"_s, u"2026-11-03"_s}, {u"to"_s, u"2026-11-03"_s}});
        QCOMPARE(saleDay[u"totals"_s][u"listings"_s].toInteger(), 1);
        QCOMPARE(saleDay[u"totals"_s][u"sold"_s].toInteger(), 1);
        QCOMPARE(saleDay[u"by_day"_s][0][u"date"_s].toString(), u"2026-11-03"_s);
        const QJsonObject scheduledDay =
            as(u"admin"_s, u"admin.analytics"_s, {{u"from"_s, u"2026-11-06"_s}, {u"to"_s, u"2026-11-06"_s}});
        QCOMPARE(scheduledDay[u"totals"_s][u"listings"_s].toInteger(), 0);
    }

private:
    std::unique_ptr<TestServer> m_server;
    std::map<QString, std::unique_ptr<TestClient>> m_clients;
    QHash<QString, qint64> m_users;
    QHash<QString, qint64> m_ids;
};

QTEST_GUILESS_MAIN(TestAnalytics)
#include "tst_analytics.moc"
