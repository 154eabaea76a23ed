// SPDX-License-Identifier: GPL-3.0-or-later
// What a signed-in user keeps on the fixed market of querymarket.h: the watchlist and notifications,
// and which role may call each read op.

#include "querymarket.h"

#include <QJsonArray>
#include <QTest>

using namespace boli;
using namespace boli::test;
using namespace Qt::StringLiterals;

/// @brief The watchlist, notifications, and who may call each read op.
class TestMyAccount : public QueryMarket
{
    Q_OBJECT

private Q_SLOTS:
    void watchlist()
    {
        const auto add = [this](const QString &label) {
            return as(u"T1"_s, u"watchlist.add"_s, {{u"listing_id"_s, m_ids.value(label, 999'999)}});
        };
        QCOMPARE(add(u"L1"_s).fields.value(u"added"_s).toBool(), true);
        QCOMPARE(add(u"L1"_s).fields.value(u"added"_s).toBool(), false);
        QCOMPARE(m_server->rowCount(u"watchlist"_s), 1);
        QCOMPARE(codeOf(add(u"L7"_s)), u"not_found"_s); // still under review
        QCOMPARE(codeOf(add(u"nothing"_s)), u"not_found"_s);
        QCOMPARE(codeOf(as(u"T1"_s, u"watchlist.add"_s)), u"missing_field"_s);
        QCOMPARE(codeOf(add(u"L6"_s)), u"ok"_s); // cancelled listings can still be kept
        auto listed = as(u"T1"_s, u"watchlist.list"_s);
        QCOMPARE(labels(listed), u"L6 L1"_s);
        QCOMPARE(listed.fields.value(u"total"_s).toInteger(), 2);
        QCOMPARE(labels(as(u"T2"_s, u"watchlist.list"_s)), QString());
        const QJsonObject removeL1 {{u"listing_id"_s, m_ids.value(u"L1"_s)}};
        QCOMPARE(codeOf(as(u"T1"_s, u"watchlist.remove"_s, removeL1)), u"ok"_s);
        QCOMPARE(codeOf(as(u"T1"_s, u"watchlist.remove"_s, removeL1)), u"ok"_s);
        QCOMPARE(labels(as(u"T1"_s, u"watchlist.list"_s)), u"L6"_s);
        QCOMPARE(m_server->rowCount(u"watchlist"_s), 1);
    }

    void notifications()
    {
        const qint64 t3 = m_users.value(u"T3"_s);
        QList<qint64> ids;
        for (int i = 0; i < 5; ++i) {
            ids << m_server->parts()
                       .notifications.insert(t3, u"outbid"_s, m_ids.value(u"L1"_s), {{u"n"_s, i}}, i)
                       .id;
        }
        const auto idsOf = [](const protocol::Reply &reply) {
            QList<qint64> out;
            for (const QJsonValue &n : reply.fields.value(u"notifications"_s).toArray()) {
                out << n.toObject().value(u"id"_s).toInteger();
            }
            return out;
        };
        auto reply = as(u"T3"_s, u"notifications.list"_s);
        QCOMPARE(idsOf(reply), (QList<qint64> {ids[4], ids[3], ids[2], ids[1], ids[0]}));
        QCOMPARE(reply.fields.value(u"unread"_s).toInteger(), 5);
        QCOMPARE(
            idsOf(as(u"T3"_s, u"notifications.list"_s, {{u"limit"_s, 2}})), (QList<qint64> {ids[4], ids[3]}));

        const qint64 audited = m_server->rowCount(u"audit_log"_s);
        const qint64 othersUnread = m_server->parts().notifications.unreadCount(m_users.value(u"T1"_s));
        QVERIFY(othersUnread > 0); // the market told T1 it was outbid on L1
        reply = as(u"T3"_s, u"notifications.read"_s, {{u"up_to_id"_s, ids[2]}});
        QCOMPARE(reply.fields.value(u"marked"_s).toInteger(), 3);
        QCOMPARE(reply.fields.value(u"unread"_s).toInteger(), 2);
        QCOMPARE(as(u"T3"_s, u"notifications.read"_s, {{u"up_to_id"_s, ids[2]}})
                     .fields.value(u"marked"_s)
                     .toInteger(),
            0);
        reply = as(u"T3"_s, u"notifications.list"_s, {{u"unread_only"_s, true}});
        QCOMPARE(idsOf(reply), (QList<qint64> {ids[4], ids[3]}));
        QCOMPARE(reply.fields.value(u"unread"_s).toInteger(), 2);
        QCOMPARE(m_server->rowCount(u"audit_log"_s), audited); // read markers are not audited
        QCOMPARE(m_server->parts().notifications.unreadCount(m_users.value(u"T1"_s)), othersUnread);
        QCOMPARE(codeOf(as(u"T3"_s, u"notifications.read"_s)), u"missing_field"_s);
    }

    void roles_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("op");
        QTest::addColumn<QString>("code");
        const auto row = [](const QString &who, const QString &op, const QString &code) {
            QTest::addRow("%s %s", qPrintable(who), qPrintable(op)) << who << op << code;
        };
        for (const QString &op :
            {u"listings.mine"_s, u"bids.mine"_s, u"transactions.mine"_s, u"transaction.update"_s,
                u"notifications.list"_s, u"notifications.read"_s, u"watchlist.add"_s, u"watchlist.remove"_s,
                u"watchlist.list"_s, u"admin.listings.pending"_s}) {
            row(u"guest"_s, op, u"unauthenticated"_s);
        }
        row(u"T1"_s, u"listings.mine"_s, u"forbidden"_s);
        row(u"admin"_s, u"listings.mine"_s, u"forbidden"_s);
        row(u"F1"_s, u"bids.mine"_s, u"forbidden"_s);
        row(u"agent"_s, u"bids.mine"_s, u"forbidden"_s);
        row(u"T1"_s, u"admin.listings.pending"_s, u"forbidden"_s);
        row(u"F1"_s, u"admin.listings.pending"_s, u"forbidden"_s);
        row(u"guest"_s, u"listings.browse"_s, u"ok"_s);
        row(u"guest"_s, u"market.stats"_s, u"ok"_s);
        row(u"agent"_s, u"transactions.mine"_s, u"ok"_s);
    }

    void roles()
    {
        QFETCH(QString, who);
        QFETCH(QString, op);
        QFETCH(QString, code);
        QCOMPARE(codeOf(as(who, op)), code);
    }
};

QTEST_GUILESS_MAIN(TestMyAccount)
#include "tst_myaccount.moc"
