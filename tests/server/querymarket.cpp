// SPDX-License-Identifier: GPL-3.0-or-later
#include "querymarket.h"

#include "waitfor.h"

#include <QJsonArray>
#include <QTest>

namespace boli::test {

using namespace Qt::StringLiterals;

namespace {

QJsonObject place(const QString &mandi, const QString &district, const QString &state)
{
    return {{u"mandi"_s, mandi}, {u"district"_s, district}, {u"state"_s, state}};
}

} // namespace

void QueryMarket::initTestCase()
{
    m_server = std::make_unique<TestServer>();
    for (const auto &crop : m_server->parts().catalog.crops()) {
        m_crops[crop.code] = crop.id;
    }
    for (const auto &category : m_server->parts().catalog.categories()) {
        m_oilseeds = category.code == u"oilseeds"_s ? category.id : m_oilseeds;
    }
    auto guest = std::make_unique<TestClient>();
    QVERIFY(test::waitFor(guest->open(m_server->port())).value_or(false));
    m_clients[u"guest"_s] = std::move(guest);
    addUser(u"admin"_s, Role::Admin, u"asha@boli.example"_s);
    addUser(u"F1"_s, Role::Farmer, u"9800000001"_s);
    addUser(u"F2"_s, Role::Farmer, u"9800000002"_s);
    addUser(u"agent"_s, Role::FieldAgent, u"kiran@agents.example"_s);
    addUser(u"T1"_s, Role::Trader, u"anil@traders.example"_s);
    addUser(u"T2"_s, Role::Trader, u"bela@traders.example"_s);
    addUser(u"T3"_s, Role::Trader, u"chetan@traders.example"_s);
    addUser(u"B"_s, Role::BusinessSeller, u"sales@agrofirm.example"_s);

    auto &settings = m_server->parts().settings;
    QVERIFY(!settings.set(u"listing_review"_s, false, server::AuditActor::system()));
    const QJsonObject forF2 {{u"farmer_id"_s, m_users.value(u"F2"_s)}};
    const QJsonObject indore = place(u"Indore"_s, u"Indore"_s, u"Madhya Pradesh"_s);
    list(u"L1"_s, u"F1"_s, u"wheat"_s, indore, 200'000, 60, {{u"reserve_price"_s, 220'000}});
    list(u"L2"_s, u"F1"_s, u"soybean"_s, place(u"Ujjain"_s, u"Ujjain"_s, u"Madhya Pradesh"_s), 450'000, 15);
    list(u"L3"_s, u"agent"_s, u"wheat"_s, place(u"Kota"_s, u"Kota"_s, u"Rajasthan"_s), 210'000, 30,
        merged(forF2, {{u"format"_s, u"sealed"_s}}));
    list(u"L4"_s, u"B"_s, u"mustard"_s, place(u"Alwar"_s, u"Alwar"_s, u"Rajasthan"_s), 500'000, 120,
        {{u"reserve_price"_s, 600'000}});
    list(u"L5"_s, u"F1"_s, u"onion"_s, place(u"Lasalgaon"_s, u"Nashik"_s, u"Maharashtra"_s), 100'000, 240);
    list(u"L6"_s, u"agent"_s, u"wheat"_s, indore, 190'000, 1440, forF2);
    for (const QString &label : {u"L1"_s, u"L2"_s, u"L3"_s, u"L4"_s, u"L5"_s, u"L6"_s}) {
        QVERIFY2(waitStatus(label, u"live"_s), qPrintable(label));
    }
    QCOMPARE(codeOf(as(u"agent"_s, u"listing.cancel"_s, {{u"listing_id"_s, m_ids.value(u"L6"_s)}})), u"ok"_s);
    bid(u"T1"_s, u"L1"_s, 230'000);
    bid(u"T2"_s, u"L1"_s, 240'000);
    bid(u"T1"_s, u"L2"_s, 600'000, true);
    bid(u"T2"_s, u"L3"_s, 250'000);
    bid(u"T1"_s, u"L3"_s, 260'000);
    bid(u"B"_s, u"L5"_s, 120'000);
    QVERIFY(!settings.set(u"listing_review"_s, true, server::AuditActor::system()));
    list(u"L7"_s, u"agent"_s, u"wheat"_s, indore, 200'000, 60, forF2);
    list(u"L8"_s, u"F1"_s, u"wheat"_s, indore, 200'000, 60, {{u"reserve_price"_s, 250'000}});
    QCOMPARE(statusOf(m_ids.value(u"L8"_s)), u"pending_review"_s);
}

void QueryMarket::cleanupTestCase()
{
    m_clients.clear();
    m_server.reset();
}

protocol::Reply QueryMarket::as(const QString &who, const QString &op, const QJsonObject &fields)
{
    return call(*m_clients.at(who), op, fields);
}

void QueryMarket::addUser(const QString &who, Role role, const QString &login)
{
    m_users[who] = m_server->createUser(role, login, role == Role::Farmer ? kPin : kPassword, who).id;
    std::unique_ptr<TestClient> client = connectAs(m_server->parts(), m_server->port(), login, ++m_addresses);
    QVERIFY(client);
    m_clients[who] = std::move(client);
}

QString QueryMarket::statusOf(qint64 id)
{
    return test::statusOf(m_server->parts(), id);
}

bool QueryMarket::waitStatus(const QString &label, const QString &status)
{
    return test::waitStatus(m_server->parts(), m_ids.value(label), status, 10'000);
}

void QueryMarket::list(const QString &label, const QString &who, const QString &crop,
    const QJsonObject &where, qint64 start, int minutes, const QJsonObject &extra)
{
    QJsonObject form {{u"crop_id"_s, m_crops.value(crop)}, {u"quantity_kg"_s, 1'000},
        {u"starting_price"_s, start}, {u"duration_minutes"_s, minutes}};
    const auto reply = as(who, u"listing.create"_s, merged(merged(form, where), extra));
    QCOMPARE(codeOf(reply), u"ok"_s);
    m_ids[label] = reply.fields.value(u"listing"_s).toObject().value(u"id"_s).toInteger();
}

void QueryMarket::bid(const QString &who, const QString &label, qint64 amount, bool proxy)
{
    const QJsonObject fields {
        {u"listing_id"_s, m_ids.value(label)}, {u"amount"_s, amount}, {u"proxy"_s, proxy}};
    QCOMPARE(codeOf(as(who, u"bid.place"_s, fields)), u"ok"_s);
}

QString QueryMarket::labels(const protocol::Reply &reply, const QString &array)
{
    QStringList out;
    for (const QJsonValue &row : reply.fields.value(array).toArray()) {
        const QJsonObject listing = row.toObject().contains(u"listing"_s)
            ? row.toObject().value(u"listing"_s).toObject()
            : row.toObject();
        out << m_ids.key(listing.value(u"id"_s).toInteger(), u"?"_s);
    }
    return out.join(u' ');
}

QString QueryMarket::myBids(const QString &who, const QJsonObject &fields)
{
    const auto reply = as(who, u"bids.mine"_s, fields);
    const QStringList ids = labels(reply, u"bids"_s).split(u' ');
    QStringList out;
    for (const QJsonValue &value : reply.fields.value(u"bids"_s).toArray()) {
        const QJsonObject row = value.toObject();
        const QJsonValue maximum = row.value(u"my_maximum"_s);
        out << u"%1:%2:%3:%4"_s.arg(ids.value(out.size()), row.value(u"state"_s).toString(),
            QString::number(row.value(u"my_amount"_s).toInteger()),
            maximum.isNull() ? u"-"_s : QString::number(maximum.toInteger()));
    }
    return out.join(u' ') + u" total=%1"_s.arg(reply.fields.value(u"total"_s).toInteger());
}

QJsonObject QueryMarket::stats()
{
    return as(u"guest"_s, u"market.stats"_s).fields.value(u"stats"_s).toObject();
}

} // namespace boli::test
