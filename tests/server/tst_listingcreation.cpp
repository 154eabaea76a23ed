// SPDX-License-Identifier: GPL-3.0-or-later
// Creating listings over the real WebSocket: review (approve, reject with a reason), an agent listing
// for a farmer, every refused form with its exact code and no row added, and seller verification.

#include "marketsession.h"

#include <QJsonArray>
#include <QTest>

using namespace boli;
using namespace boli::test;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;
} // namespace

/// @brief Listing creation and review, end to end, with what each leaves in the database.
class TestListingCreation : public MarketSession
{
    Q_OBJECT

private Q_SLOTS:
    void listingGoesThroughReview()
    {
        const qint64 startsAt = m_server->clock().nowMs() + 60 * 60'000;
        const auto created = call(as(kFarmer), u"listing.create"_s, form({{u"starts_at"_s, startsAt}}));
        QCOMPARE(codeOf(created), u"ok"_s);
        QCOMPARE(statusIn(created), u"pending_review"_s);
        const qint64 id = idOf(created);
        QCOMPARE(statusOf(id), u"pending_review"_s);
        QCOMPARE(stored(id)->sellerId, m_farmer);
        QCOMPARE(stored(id)->createdBy, m_farmer);
        QCOMPARE(stored(id)->startsAt, startsAt);
        QCOMPARE(stored(id)->variety, u"Sharbati"_s);
        QCOMPARE(stored(id)->grade, QString());
        // Under review only the seller and admins see it; nobody can bid.
        QCOMPARE(code(as(kTraderA), u"listing.get"_s, ofListing(id)), u"not_found"_s);
        QCOMPARE(code(as(kTraderA), u"bid.place"_s, bid(id, 200'000)), u"listing_not_live"_s);

        const auto approved =
            call(as(kAdmin), u"admin.listings.review"_s, {{u"listing_id"_s, id}, {u"approve"_s, true}});
        QCOMPARE(codeOf(approved), u"ok"_s);
        QCOMPARE(statusIn(approved), u"scheduled"_s);
        QCOMPARE(statusOf(id), u"scheduled"_s);
        QCOMPARE(code(as(kTraderA), u"bid.place"_s, bid(id, 200'000)), u"listing_not_live"_s);
        QCOMPARE(code(as(kAdmin), u"admin.listings.review"_s, {{u"listing_id"_s, id}, {u"approve"_s, true}}),
            u"invalid_transition"_s);

        m_server->advanceClock(60 * 60'000 + 1'000);
        QVERIFY(waitStatus(id, u"live"_s));
        QCOMPARE(code(as(kTraderA), u"bid.place"_s, bid(id, 200'000)), u"ok"_s);
        QCOMPARE(ledgerRows(id), QStringList {u"A 200000 manual"_s});
    }

    void rejectionNeedsReason()
    {
        const qint64 id =
            listingOf(call(as(kFarmer), u"listing.create"_s, form())).value(u"id"_s).toInteger();
        QCOMPARE(statusOf(id), u"pending_review"_s);
        const QJsonObject reject {{u"listing_id"_s, id}, {u"approve"_s, false}};
        QCOMPARE(code(as(kAdmin), u"admin.listings.review"_s, reject), u"missing_field"_s);
        QCOMPARE(statusOf(id), u"pending_review"_s);

        const QString reason = u"the photos do not show the crop"_s;
        const auto rejected =
            call(as(kAdmin), u"admin.listings.review"_s, merged(reject, {{u"reason"_s, reason}}));
        QCOMPARE(codeOf(rejected), u"ok"_s);
        QCOMPARE(statusIn(rejected), u"cancelled"_s);
        QCOMPARE(listingOf(rejected).value(u"status_reason"_s).toString(), reason);
        QCOMPARE(statusOf(id), u"cancelled"_s);
        QCOMPARE(stored(id)->statusReason, reason);
        QCOMPARE(kindsFor(m_farmer, id), QStringList {u"cancelled"_s});
    }

    void agentListsForFarmer()
    {
        const auto created = call(as(kAgent), u"listing.create"_s, form({{u"farmer_id"_s, m_farmer}}));
        QCOMPARE(codeOf(created), u"ok"_s);
        const qint64 id = idOf(created);
        QCOMPARE(listingOf(created).value(u"seller_id"_s).toInteger(), m_farmer);
        QCOMPARE(stored(id)->sellerId, m_farmer);
        QCOMPARE(stored(id)->createdBy, m_agent);

        QCOMPARE(code(as(kAgent), u"listing.create"_s, form()), u"missing_field"_s);
        QCOMPARE(
            code(as(kAgent), u"listing.create"_s, form({{u"farmer_id"_s, m_traderA}})), u"invalid_value"_s);
        QCOMPARE(code(as(kFarmer), u"listing.create"_s, form({{u"farmer_id"_s, m_farmer}})), u"forbidden"_s);
        QCOMPARE(code(as(kTraderA), u"listing.create"_s, form()), u"forbidden"_s);
        QCOMPARE(m_server->rowCount(u"listings"_s), 1);
    }

    void refusedForms_data()
    {
        QTest::addColumn<QJsonObject>("fields");
        QTest::addColumn<QString>("removed");
        QTest::addColumn<QString>("expected");
        const QString hash(64, u'a');
        auto row = [](const char *name, const QJsonObject &fields, const QString &removed, const char *code) {
            QTest::newRow(name) << fields << removed << QString::fromLatin1(code);
        };
        row("unknown crop", {{u"crop_id"_s, 999'999}}, {}, "invalid_value");
        row("no crop", {}, u"crop_id"_s, "missing_field");
        row("crop as text", {{u"crop_id"_s, u"wheat"_s}}, {}, "wrong_type");
        row("quantity 0", {{u"quantity_kg"_s, 0}}, {}, "invalid_value");
        row("no mandi", {}, u"mandi"_s, "missing_field");
        row("duration 7", {{u"duration_minutes"_s, 7}}, {}, "invalid_value");
        row("reserve below start", {{u"reserve_price"_s, 150'000}}, {}, "invalid_value");
        row("buy now in sealed", {{u"format"_s, u"sealed"_s}, {u"buy_now_price"_s, 300'000}}, {},
            "invalid_value");
        row("unknown format", {{u"format"_s, u"dutch"_s}}, {}, "invalid_value");
        row("starts in 40 days", {{u"starts_at"_s, u"$days:40"_s}}, {}, "invalid_value");
        row("4 photos", {{u"photos"_s, QJsonArray {hash, hash, hash, hash}}}, {}, "invalid_value");
    }

    void refusedForms()
    {
        QFETCH(QJsonObject, fields);
        QFETCH(QString, removed);
        QFETCH(QString, expected);
        if (fields.value(u"starts_at"_s).toString().startsWith(u"$days:"_s)) {
            const int days = fields.value(u"starts_at"_s).toString().mid(6).toInt();
            fields.insert(u"starts_at"_s, m_server->clock().nowMs() + days * kDayMs);
        }
        QJsonObject sent = form(fields);
        sent.remove(removed);
        TestClient &farmer = as(kFarmer); // logged in (and audited) before counting
        const qint64 audits = m_server->rowCount(u"audit_log"_s);
        QCOMPARE(code(farmer, u"listing.create"_s, sent), expected);
        QCOMPARE(m_server->rowCount(u"listings"_s), 0);
        QCOMPARE(m_server->rowCount(u"audit_log"_s), audits);
    }

    void sellerVerification()
    {
        setSetting(u"seller_verification"_s, true);
        QCOMPARE(code(as(kFarmer), u"listing.create"_s, form()), u"not_verified"_s);
        QCOMPARE(
            code(as(kAgent), u"listing.create"_s, form({{u"farmer_id"_s, m_farmer}})), u"not_verified"_s);
        QCOMPARE(m_server->rowCount(u"listings"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestListingCreation)
#include "tst_listingcreation.moc"
