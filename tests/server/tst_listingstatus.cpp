// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/listingstatus.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using boli::server::AuctionFormat;
using boli::server::ListingStatus;

Q_DECLARE_METATYPE(boli::server::ListingStatus)

namespace {
const QList<ListingStatus> kAll {
    ListingStatus::Draft,
    ListingStatus::PendingReview,
    ListingStatus::Scheduled,
    ListingStatus::Live,
    ListingStatus::AwaitingConfirmation,
    ListingStatus::Sold,
    ListingStatus::Unsold,
    ListingStatus::Cancelled,
};

/// The allowed moves, written from the product rules rather than copied from listingstatus.cpp:
/// draft → pending_review → scheduled → live → sold | unsold | cancelled, awaiting_confirmation
/// between live and sold/unsold; draft → scheduled when listing review is off; an admin may cancel
/// anything that is not final.
const QSet<QString> kAllowed {
    u"draft>pending_review"_s,
    u"draft>scheduled"_s,
    u"draft>cancelled"_s,
    u"pending_review>scheduled"_s,
    u"pending_review>cancelled"_s,
    u"scheduled>live"_s,
    u"scheduled>cancelled"_s,
    u"live>sold"_s,
    u"live>unsold"_s,
    u"live>cancelled"_s,
    u"live>awaiting_confirmation"_s,
    u"awaiting_confirmation>sold"_s,
    u"awaiting_confirmation>unsold"_s,
    u"awaiting_confirmation>cancelled"_s,
};
} // namespace

/// @brief Listing statuses: names, final statuses, and every one of the 64 possible moves.
class TestListingStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void names_data()
    {
        QTest::addColumn<ListingStatus>("status");
        QTest::addColumn<QString>("name");
        const QStringList names {u"draft"_s, u"pending_review"_s, u"scheduled"_s, u"live"_s,
            u"awaiting_confirmation"_s, u"sold"_s, u"unsold"_s, u"cancelled"_s};
        for (qsizetype i = 0; i < kAll.size(); ++i) {
            QTest::newRow(qPrintable(names.at(i))) << kAll.at(i) << names.at(i);
        }
    }

    void names()
    {
        QFETCH(ListingStatus, status);
        QFETCH(QString, name);
        QCOMPARE(boli::server::listingStatusName(status), name);
        QVERIFY(boli::server::listingStatusFromName(name) == status);
    }

    void unknownNames()
    {
        QVERIFY(!boli::server::listingStatusFromName(u"Live"_s));
        QVERIFY(!boli::server::listingStatusFromName(u"ended"_s));
        QVERIFY(!boli::server::listingStatusFromName(QString()));
        QVERIFY(!boli::server::auctionFormatFromName(u"secret"_s));
    }

    void formats()
    {
        QCOMPARE(boli::server::auctionFormatName(AuctionFormat::Open), u"open"_s);
        QCOMPARE(boli::server::auctionFormatName(AuctionFormat::Sealed), u"sealed"_s);
        QVERIFY(boli::server::auctionFormatFromName(u"open"_s) == AuctionFormat::Open);
        QVERIFY(boli::server::auctionFormatFromName(u"sealed"_s) == AuctionFormat::Sealed);
    }

    void isFinal_data()
    {
        QTest::addColumn<ListingStatus>("status");
        QTest::addColumn<bool>("final");
        for (ListingStatus status : kAll) {
            const QString name = boli::server::listingStatusName(status);
            const bool final = name == u"sold"_s || name == u"unsold"_s || name == u"cancelled"_s;
            QTest::newRow(qPrintable(name)) << status << final;
        }
    }

    void isFinal()
    {
        QFETCH(ListingStatus, status);
        QFETCH(bool, final);
        QCOMPARE(boli::server::isFinal(status), final);
    }

    void transitions_data()
    {
        QTest::addColumn<ListingStatus>("from");
        QTest::addColumn<ListingStatus>("to");
        QTest::addColumn<bool>("allowed");
        for (ListingStatus from : kAll) {
            for (ListingStatus to : kAll) {
                const QString key =
                    boli::server::listingStatusName(from) + u'>' + boli::server::listingStatusName(to);
                QTest::newRow(qPrintable(key)) << from << to << kAllowed.contains(key);
            }
        }
    }

    void transitions()
    {
        QFETCH(ListingStatus, from);
        QFETCH(ListingStatus, to);
        QFETCH(bool, allowed);
        QCOMPARE(boli::server::canTransition(from, to), allowed);
        // Nothing ever leaves a final status.
        if (boli::server::isFinal(from)) {
            QVERIFY(!boli::server::canTransition(from, to));
        }
    }

    void tableHasSixtyFourRows()
    {
        int allowed = 0;
        for (ListingStatus from : kAll) {
            for (ListingStatus to : kAll) {
                allowed += boli::server::canTransition(from, to) ? 1 : 0;
            }
        }
        QCOMPARE(kAll.size() * kAll.size(), 64);
        QCOMPARE(allowed, int(kAllowed.size()));
    }
};

QTEST_GUILESS_MAIN(TestListingStatus)
#include "tst_listingstatus.moc"
