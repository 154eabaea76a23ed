// SPDX-License-Identifier: GPL-3.0-or-later
// Exactly-once listing submission: a listing.create resent with the same client_ref (its reply was
// lost) answers with the listing made the first time and stores and audits nothing new; the unique
// index on (creator, client_ref) refuses a second copy that slips past the check.

#include "market/listingrepository.h"
#include "marketsession.h"
#include "storage/database.h"

#include <QTest>

using namespace boli;
using namespace boli::test;
using namespace Qt::StringLiterals;

namespace {
const QString kRef = u"3f2b8c1e-9a4d-4e7b-8c21-0d5f6a7b8c9d"_s;
} // namespace

/// @brief listing.create's client_ref, end to end and at the storage guard.
class TestListingClientRef : public MarketSession
{
    Q_OBJECT

private Q_SLOTS:
    void repeatAnswersWithTheFirstListing()
    {
        TestClient &farmer = as(kFarmer);
        const auto first = call(farmer, u"listing.create"_s, form({{u"client_ref"_s, kRef}}));
        QCOMPARE(codeOf(first), u"ok"_s);
        QVERIFY(!first.fields.contains(u"duplicate"_s));
        const qint64 id = idOf(first);
        QCOMPARE(stored(id)->clientRef, kRef);
        const qint64 audits = m_server->rowCount(u"audit_log"_s);

        // The resend after a lost reply; even a changed form does not make a second listing.
        const auto again =
            call(farmer, u"listing.create"_s, form({{u"client_ref"_s, kRef}, {u"quantity_kg"_s, 999}}));
        QCOMPARE(codeOf(again), u"ok"_s);
        QCOMPARE(again.fields.value(u"duplicate"_s).toBool(), true);
        QCOMPARE(idOf(again), id);
        QCOMPARE(listingOf(again).value(u"quantity_kg"_s).toInteger(), 2500);
        QCOMPARE(statusIn(again), statusIn(first));
        QCOMPARE(m_server->rowCount(u"listings"_s), 1);
        QCOMPARE(m_server->rowCount(u"audit_log"_s), audits);
    }

    void referencesBelongToTheirCreator()
    {
        QCOMPARE(codeOf(call(as(kFarmer), u"listing.create"_s, form({{u"client_ref"_s, kRef}}))), u"ok"_s);
        // The agent's own submission with the same reference is another listing: it is theirs.
        const auto byAgent = call(
            as(kAgent), u"listing.create"_s, form({{u"farmer_id"_s, m_farmer}, {u"client_ref"_s, kRef}}));
        QCOMPARE(codeOf(byAgent), u"ok"_s);
        QVERIFY(!byAgent.fields.contains(u"duplicate"_s));
        // Listings without a reference never collide.
        QCOMPARE(code(as(kFarmer), u"listing.create"_s, form()), u"ok"_s);
        QCOMPARE(code(as(kFarmer), u"listing.create"_s, form()), u"ok"_s);
        QCOMPARE(m_server->rowCount(u"listings"_s), 4);
    }

    void badReferencesAreRefused_data()
    {
        QTest::addColumn<QJsonValue>("ref");
        QTest::addColumn<QString>("expected");
        QTest::newRow("too short") << QJsonValue(u"abc-123"_s) << u"invalid_value"_s;
        QTest::newRow("too long") << QJsonValue(QString(65, u'a')) << u"invalid_value"_s;
        QTest::newRow("empty") << QJsonValue(u""_s) << u"invalid_value"_s;
        QTest::newRow("underscore") << QJsonValue(u"abcd_efgh"_s) << u"invalid_value"_s;
        QTest::newRow("braces") << QJsonValue(u"{"_s + kRef + u"}"_s) << u"invalid_value"_s;
        QTest::newRow("number") << QJsonValue(12345678) << u"wrong_type"_s;
    }

    void badReferencesAreRefused()
    {
        QFETCH(QJsonValue, ref);
        QFETCH(QString, expected);
        TestClient &farmer = as(kFarmer);
        const qint64 audits = m_server->rowCount(u"audit_log"_s);
        QCOMPARE(code(farmer, u"listing.create"_s, form({{u"client_ref"_s, ref}})), expected);
        QCOMPARE(m_server->rowCount(u"listings"_s), 0);
        QCOMPARE(m_server->rowCount(u"audit_log"_s), audits);
    }

    void uniqueIndexIsTheFinalGuard()
    {
        // A copy stored behind the op's back (as another server process would) is what a later
        // insert with the same creator and reference collides with.
        auto &parts = m_server->parts();
        server::ListingRecord record;
        record.sellerId = m_farmer;
        record.createdBy = m_farmer;
        record.cropId = m_wheat;
        record.quantityKg = 1000;
        record.mandi = record.district = record.state = u"Khanna"_s;
        record.startingPrice = 200'000;
        record.durationMinutes = 60;
        record.clientRef = kRef;
        const auto created = parts.market.create(record, server::AuditActor::system());
        QVERIFY(std::holds_alternative<server::ListingRecord>(created));
        const qint64 id = std::get<server::ListingRecord>(created).id;
        const qint64 audits = m_server->rowCount(u"audit_log"_s);

        QVERIFY_THROWS_EXCEPTION(server::SqlError, parts.market.create(record, server::AuditActor::system()));
        QCOMPARE(m_server->rowCount(u"listings"_s), 1);
        QCOMPARE(m_server->rowCount(u"audit_log"_s), audits); // the failed copy's audit rolled back
        QCOMPARE(parts.listings.idByClientRef(m_farmer, kRef), std::optional<qint64>(id));
        QCOMPARE(parts.listings.idByClientRef(m_agent, kRef), std::nullopt);

        // The op finds it too: the farmer's resend is answered with it.
        const auto resent = call(as(kFarmer), u"listing.create"_s, form({{u"client_ref"_s, kRef}}));
        QCOMPARE(resent.fields.value(u"duplicate"_s).toBool(), true);
        QCOMPARE(idOf(resent), id);
    }
};

QTEST_GUILESS_MAIN(TestListingClientRef)
#include "tst_listingclientref.moc"
