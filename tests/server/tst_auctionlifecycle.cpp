// SPDX-License-Identifier: GPL-3.0-or-later
#include "auctionscript.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace boli;
using namespace boli::server;
using namespace boli::test::script;

/// @brief Cancelling by the seller and by an admin, and the status moves a listing may make.
class TestAuctionLifeCycle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cancel_data()
    {
        QTest::addColumn<ListingStatus>("from");
        QTest::addColumn<QStringList>("steps");
        QTest::addColumn<QStringList>("statuses");
        using L = QStringList;
        const QString cancelled = u"cancelled"_s;
        for (ListingStatus from : {ListingStatus::Draft, ListingStatus::PendingReview,
                 ListingStatus::Scheduled, ListingStatus::Live}) {
            const QByteArray name = listingStatusName(from).toUtf8();
            QTest::addRow("seller withdraws: %s", name.constData())
                << from << L {u"S cancel"_s} << L {cancelled};
            QTest::addRow("admin cancels: %s", name.constData())
                << from << L {u"admin cancel"_s} << L {cancelled};
            QTest::addRow("someone else withdraws: %s", name.constData())
                << from << L {u"A cancel"_s} << L {u"forbidden"_s};
        }
        const ListingStatus live = ListingStatus::Live;
        QTest::newRow("seller, with a bid")
            << live << L {u"A bid 600"_s, u"S cancel"_s} << L {u"live"_s, u"listing_has_bids"_s};
        QTest::newRow("seller, after an unsold close")
            << live << L {u"close @60:00"_s, u"S cancel"_s} << L {u"unsold"_s, u"invalid_transition"_s};
        QTest::newRow("admin, with bids") << live << L {u"A bid 600"_s, u"B bid 700"_s, u"admin cancel"_s}
                                          << L {u"live"_s, u"live"_s, cancelled};
        QTest::newRow("admin, awaiting confirmation")
            << live << L {u"confirm 30"_s, u"A bid 600"_s, u"close @60:00"_s, u"admin cancel"_s}
            << L {u"-"_s, u"live"_s, u"awaiting_confirmation"_s, cancelled};
        QTest::newRow("admin, sold") << live << L {u"A bid 600"_s, u"close @60:00"_s, u"admin cancel"_s}
                                     << L {u"live"_s, u"sold"_s, u"invalid_transition"_s};
        QTest::newRow("admin, unsold")
            << live << L {u"close @60:00"_s, u"admin cancel"_s} << L {u"unsold"_s, u"invalid_transition"_s};
        QTest::newRow("admin, cancelled") << live << L {u"admin cancel"_s, u"admin cancel"_s, u"A bid 600"_s}
                                          << L {cancelled, u"invalid_transition"_s, u"listing_not_live"_s};
    }

    void cancel()
    {
        QFETCH(ListingStatus, from);
        QFETCH(QStringList, steps);
        QFETCH(QStringList, statuses);
        AuctionScript script(terms(), from);
        QCOMPARE(script.runAll(steps, [&script] { return script.status(); }), statuses);
    }

    void lifeCycle_data()
    {
        QTest::addColumn<ListingStatus>("from");
        QTest::addColumn<QStringList>("steps");
        QTest::addColumn<QStringList>("statuses");
        using L = QStringList;
        const QString refused = u"invalid_transition"_s;
        QTest::newRow("with review") << ListingStatus::Draft
                                     << L {u"move pending_review"_s, u"move scheduled"_s, u"move live"_s}
                                     << L {u"pending_review"_s, u"scheduled"_s, u"live"_s};
        QTest::newRow("review off") << ListingStatus::Draft << L {u"move scheduled"_s} << L {u"scheduled"_s};
        QTest::newRow("draft to live")
            << ListingStatus::Draft << L {u"move live"_s, u"move draft"_s} << L {refused, refused};
        QTest::newRow("pending to live") << ListingStatus::PendingReview << L {u"move live"_s} << L {refused};
        QTest::newRow("scheduled back")
            << ListingStatus::Scheduled << L {u"move pending_review"_s, u"move draft"_s}
            << L {refused, refused};
        QTest::newRow("live back") << ListingStatus::Live << L {u"move scheduled"_s, u"move live"_s}
                                   << L {refused, refused};
        // Selling, closing and cancelling each have their own operation with its own checks.
        QTest::newRow("moveTo cannot end a listing")
            << ListingStatus::Live
            << L {u"move sold"_s, u"move unsold"_s, u"move cancelled"_s, u"move awaiting_confirmation"_s}
            << L {refused, refused, refused, refused};
        QTest::newRow("nothing leaves sold")
            << ListingStatus::Sold << L {u"move live"_s, u"close @60:00"_s, u"admin cancel"_s}
            << L {refused, u"listing_not_live"_s, refused};
    }

    void lifeCycle()
    {
        QFETCH(ListingStatus, from);
        QFETCH(QStringList, steps);
        QFETCH(QStringList, statuses);
        AuctionScript script(terms(), from);
        QCOMPARE(script.runAll(steps, [&script] { return script.status(); }), statuses);
    }
};

QTEST_GUILESS_MAIN(TestAuctionLifeCycle)
#include "tst_auctionlifecycle.moc"
