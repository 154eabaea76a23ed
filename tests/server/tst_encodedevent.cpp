// SPDX-License-Identifier: GPL-3.0-or-later
// EncodedEvent builds a watcher's frame from JSON serialised once. A client must read exactly what
// protocol::encodeEvent would have sent: same name, seq, time and fields.

#include "boli/protocol.h"
#include "net/encodedevent.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace boli;
using namespace boli::server;
using namespace Qt::StringLiterals;

class TestEncodedEvent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsAsEncodeEvent_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QJsonObject>("fields");
        QTest::newRow("no fields") << u"session.ended"_s << QJsonObject();
        QTest::newRow("one field") << u"listing.extended"_s
                                   << QJsonObject {
                                          {u"listing_id"_s, 7}, {u"ends_at"_s, qint64(1'795'242'771'752)}};
        QTest::newRow("nested rows") << u"bid.accepted"_s
                                     << QJsonObject {{u"listing_id"_s, 1},
                                            {u"bids"_s,
                                                QJsonArray {
                                                    QJsonObject {{u"seq"_s, 2}, {u"bidder"_s, u"Bidder 2"_s},
                                                        {u"amount"_s, 460'000}},
                                                    QJsonObject {{u"seq"_s, 3}, {u"kind"_s, u"auto"_s}}}}};
        QTest::newRow("escapes and Devanagari")
            << u"odd \"name\"\n"_s
            << QJsonObject {{u"listing"_s, QJsonObject {{u"title"_s, u"गेहूँ \"लोकवन\" \\ ,}{"_s}}},
                   {u"null"_s, QJsonValue::Null}};
    }

    void readsAsEncodeEvent()
    {
        QFETCH(QString, name);
        QFETCH(QJsonObject, fields);
        const EncodedEvent encoded(name, fields);
        for (const qint64 seq : {qint64(1), qint64(42), qint64(9'007'199'254'740'000)}) {
            const QByteArray frame = encoded.frame(seq, 1'795'242'771'752).toUtf8();
            const QByteArray expected = protocol::encodeEvent(name, seq, fields, 1'795'242'771'752);
            QCOMPARE(QJsonDocument::fromJson(frame).object(), QJsonDocument::fromJson(expected).object());
            const auto decoded = protocol::decodeServerMessage(frame);
            const auto *event = std::get_if<protocol::Event>(&decoded);
            QVERIFY(event);
            QCOMPARE(event->name, name);
            QCOMPARE(event->seq, seq);
            QCOMPARE(event->serverTimeMs, qint64(1'795'242'771'752));
        }
    }
};

QTEST_GUILESS_MAIN(TestEncodedEvent)
#include "tst_encodedevent.moc"
