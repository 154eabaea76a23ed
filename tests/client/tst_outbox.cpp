// SPDX-License-Identifier: GPL-3.0-or-later
// The outbox against the real server: a listing submitted offline is sent once the link is back, a
// reply lost on the way is resent and still makes exactly one listing, drafts and their results
// survive a restart in the outbox file, a refusal keeps its translated message, and a kiosk's next
// farmer neither sees nor sends the last one's drafts.

#include "app/errormessages.h"
#include "linkrelay.h"
#include "net/serverconnection.h"
#include "net/session.h"
#include "offline/outbox.h"
#include "testserver.h"
#include "waitfor.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace boli;
using namespace boli::client;
using namespace Qt::StringLiterals;

namespace {
const QString kFarmerA = u"9811111111"_s;
const QString kFarmerB = u"9822222222"_s;
const QString kPin = u"4321"_s;

/// One kiosk: its connection, session and outbox, wired as ClientApp wires them.
struct Kiosk
{
    explicit Kiosk(const QString &outboxFile)
        : outbox(connection, outboxFile)
        , tester(&outbox, QAbstractItemModelTester::FailureReportingMode::QtTest)
    {
        QObject::connect(&session, &Session::changed, &outbox, [this] { outbox.setUser(session.userId()); });
    }

    ServerConnection connection {u"kiosk-1"_s};
    Session session {connection};
    Outbox outbox;
    QAbstractItemModelTester tester;
};
} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<test::TestServer>();
        m_farmerA = m_server->createUser(Role::Farmer, kFarmerA, kPin).id;
        m_server->createUser(Role::Farmer, kFarmerB, kPin);
        m_dir = std::make_unique<QTemporaryDir>();
        m_file = m_dir->filePath(u"outbox.sqlite"_s);
    }

    void cleanup()
    {
        m_server.reset();
        m_dir.reset();
    }

    void sendsAtOnceWhenOnline()
    {
        Kiosk kiosk(m_file);
        QVERIFY(goOnline(kiosk));
        QVERIFY(logIn(kiosk, kFarmerA));
        QSignalSpy finished(&kiosk.outbox, &Outbox::finished);
        const qint64 draft = kiosk.outbox.submitListing(form());
        QVERIFY(draft > 0);
        QVERIFY(finished.wait(10'000));
        QCOMPARE(finished.first().at(0).toLongLong(), draft);
        QCOMPARE(finished.first().at(1).toBool(), true);
        QCOMPARE(finished.first().at(2).toLongLong(), onlyListingId());
        QCOMPARE(stateOf(kiosk, 0), u"sent"_s);
        QCOMPARE(
            kiosk.outbox.data(kiosk.outbox.index(0), Outbox::ListingIdRole).toLongLong(), onlyListingId());
        QCOMPARE(kiosk.outbox.pending(), 0);
    }

    void queuedOfflineAndSentOnceWhenBack()
    {
        Kiosk kiosk(m_file);
        QVERIFY(goOnline(kiosk));
        QVERIFY(logIn(kiosk, kFarmerA));
        kiosk.connection.close();
        QSignalSpy finished(&kiosk.outbox, &Outbox::finished);
        QVERIFY(kiosk.outbox.submitListing(form()) > 0);
        QCoreApplication::processEvents();
        QCOMPARE(stateOf(kiosk, 0), u"queued"_s);
        QCOMPARE(kiosk.outbox.pending(), 1);
        QCOMPARE(m_server->rowCount(u"listings"_s), 0); // nothing went out

        QVERIFY(goOnline(kiosk)); // the session is proven again, then the draft goes
        QVERIFY(finished.wait(10'000));
        QCOMPARE(m_server->rowCount(u"listings"_s), 1);
        QCOMPARE(stateOf(kiosk, 0), u"sent"_s);

        // Another reconnect sends nothing again.
        QSignalSpy resumed(&kiosk.session, &Session::changed);
        m_server->parts().connections.closeAll();
        QVERIFY(resumed.wait(10'000));
        QVERIFY(test::waitFor(kiosk.connection.request(u"me"_s))->ok());
        QCOMPARE(m_server->rowCount(u"listings"_s), 1);
        QCOMPARE(finished.count(), 1);
    }

    void lostReplyIsResentAndMakesOneListing()
    {
        test::LinkRelay relay(m_server->port());
        Kiosk kiosk(m_file);
        QVERIFY(goOnline(kiosk, relay.port()));
        QVERIFY(logIn(kiosk, kFarmerA));
        QSignalSpy finished(&kiosk.outbox, &Outbox::finished);

        relay.setLosingReplies(true);
        QVERIFY(kiosk.outbox.submitListing(form()) > 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_server->rowCount(u"listings"_s), 1, 10'000); // stored, reply lost
        QCOMPARE(stateOf(kiosk, 0), u"sending"_s);
        relay.setLosingReplies(false);
        relay.cut(); // the link drops before the reply could come

        QVERIFY(finished.wait(15'000)); // reconnected, session proven, resent with the same client_ref
        QCOMPARE(finished.first().at(1).toBool(), true);
        QCOMPARE(finished.first().at(2).toLongLong(), onlyListingId());
        QCOMPARE(m_server->rowCount(u"listings"_s), 1);
        server::AuditFilter creations;
        creations.op = u"listing.create"_s;
        QCOMPARE(m_server->parts().auditLog.count(creations), 1);
        QCOMPARE(stateOf(kiosk, 0), u"sent"_s);
    }

    void timedOutSendIsTriedAgainOnTheSameLink()
    {
        test::LinkRelay relay(m_server->port());
        Kiosk kiosk(m_file);
        QVERIFY(goOnline(kiosk, relay.port()));
        QVERIFY(logIn(kiosk, kFarmerA));
        kiosk.connection.setRequestTimeout(std::chrono::milliseconds(300));
        QSignalSpy finished(&kiosk.outbox, &Outbox::finished);

        relay.setLosingReplies(true); // a link that carries requests but loses every answer
        QVERIFY(kiosk.outbox.submitListing(form()) > 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_server->rowCount(u"listings"_s), 1, 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(kiosk, 0), u"queued"_s, 10'000); // timed out: not a refusal
        QCOMPARE(finished.count(), 0);
        relay.setLosingReplies(false);

        QVERIFY(finished.wait(10'000)); // the next try, same client_ref, answered with the listing
        QCOMPARE(finished.first().at(1).toBool(), true);
        QCOMPARE(finished.first().at(2).toLongLong(), onlyListingId());
        QCOMPARE(m_server->rowCount(u"listings"_s), 1);
        QCOMPARE(kiosk.connection.state(), ServerConnection::State::Online); // never dropped
    }

    void draftsSurviveARestart()
    {
        QStringList refs;
        {
            Kiosk before(m_file);
            QVERIFY(goOnline(before));
            QVERIFY(logIn(before, kFarmerA));
            before.connection.close();
            before.outbox.submitListing(form());
            before.outbox.submitListing(form({{u"quantity_kg"_s, 4000}}));
            QCOMPARE(before.outbox.rowCount(), 2);
            refs << refOf(before, 0) << refOf(before, 1);
            QVERIFY(refs.at(0) != refs.at(1));
        } // the app closes with both unsent

        Kiosk after(m_file);
        QCOMPARE(after.outbox.rowCount(), 0); // nobody logged in: nothing shown
        QSignalSpy finished(&after.outbox, &Outbox::finished);
        QVERIFY(goOnline(after));
        QVERIFY(logIn(after, kFarmerA));
        QCOMPARE(after.outbox.rowCount(), 2);
        QCOMPARE(QStringList({refOf(after, 0), refOf(after, 1)}), refs);
        QCOMPARE(after.outbox.data(after.outbox.index(1), Outbox::QuantityKgRole).toLongLong(), 4000);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 10'000);
        QCOMPARE(m_server->rowCount(u"listings"_s), 2);

        // The results are in the file too.
        Kiosk third(m_file);
        QVERIFY(goOnline(third));
        QVERIFY(logIn(third, kFarmerA));
        QCOMPARE(third.outbox.rowCount(), 2);
        QCOMPARE(stateOf(third, 0), u"sent"_s);
        QVERIFY(third.outbox.data(third.outbox.index(1), Outbox::ListingIdRole).toLongLong() > 0);
        QCOMPARE(m_server->rowCount(u"listings"_s), 2);
    }

    void refusalKeepsItsTranslatedMessage()
    {
        const QString expected = errorMessage(ErrorCode::InvalidValue);
        QVERIFY(!expected.isEmpty());
        {
            Kiosk kiosk(m_file);
            QVERIFY(goOnline(kiosk));
            QVERIFY(logIn(kiosk, kFarmerA));
            QSignalSpy finished(&kiosk.outbox, &Outbox::finished);
            kiosk.outbox.submitListing(form({{u"quantity_kg"_s, 0}}));
            QVERIFY(finished.wait(10'000));
            QCOMPARE(finished.first().at(1).toBool(), false);
            QCOMPARE(finished.first().at(3).toString(), expected);
            QCOMPARE(stateOf(kiosk, 0), u"failed"_s);
            QCOMPARE(m_server->rowCount(u"listings"_s), 0);
        }
        Kiosk later(m_file);
        QVERIFY(goOnline(later));
        QVERIFY(logIn(later, kFarmerA));
        QCOMPARE(later.outbox.rowCount(), 1);
        QCOMPARE(stateOf(later, 0), u"failed"_s);
        QCOMPARE(later.outbox.data(later.outbox.index(0), Outbox::MessageRole).toString(), expected);
        QCOMPARE(m_server->rowCount(u"listings"_s), 0); // a refusal is final: not resent

        later.outbox.clearFinished();
        QCOMPARE(later.outbox.rowCount(), 0);
    }

    void draftsBelongToTheirFarmer()
    {
        Kiosk kiosk(m_file);
        QVERIFY(goOnline(kiosk));
        QVERIFY(logIn(kiosk, kFarmerA));
        kiosk.connection.close();
        kiosk.outbox.submitListing(form());
        QVERIFY(test::waitFor(kiosk.session.logout())); // offline: forgotten here only
        QCOMPARE(kiosk.outbox.rowCount(), 0);
        QCOMPARE(kiosk.outbox.submitListing(form()), 0); // nobody to list for

        // The next farmer sees none of it, and it is not sent on their session.
        QVERIFY(goOnline(kiosk));
        QVERIFY(logIn(kiosk, kFarmerB));
        QCOMPARE(kiosk.outbox.rowCount(), 0);
        QVERIFY(test::waitFor(kiosk.connection.request(u"me"_s))->ok());
        QCOMPARE(m_server->rowCount(u"listings"_s), 0);
        QVERIFY(test::waitFor(kiosk.session.logout()));

        // Its owner back: sent, as theirs.
        QSignalSpy finished(&kiosk.outbox, &Outbox::finished);
        QVERIFY(logIn(kiosk, kFarmerA));
        QVERIFY(finished.wait(10'000));
        QCOMPARE(m_server->rowCount(u"listings"_s), 1);
        QCOMPARE(m_server->parts().listings.byId(onlyListingId())->sellerId, m_farmerA);

        // Logging out leaves nothing of theirs behind once it is sent.
        QVERIFY(test::waitFor(kiosk.session.logout()));
        QVERIFY(logIn(kiosk, kFarmerA));
        QCOMPARE(kiosk.outbox.rowCount(), 0);
    }

private:
    bool goOnline(Kiosk &kiosk, quint16 port = 0)
    {
        QSignalSpy online(&kiosk.connection, &ServerConnection::online);
        kiosk.connection.open(QUrl(u"ws://127.0.0.1:%1/ws"_s.arg(port ? port : m_server->port())));
        return online.wait(10'000);
    }

    static bool logIn(Kiosk &kiosk, const QString &phone)
    {
        const auto reply = test::waitFor(kiosk.session.login(phone, kPin, true));
        return reply && reply->ok();
    }

    [[nodiscard]] QJsonObject form(const QJsonObject &extra = {}) const
    {
        QJsonObject fields {{u"crop_id"_s, m_server->parts().catalog.crops().first().id},
            {u"quantity_kg"_s, 2500}, {u"mandi"_s, u"Khanna"_s}, {u"district"_s, u"Ludhiana"_s},
            {u"state"_s, u"Punjab"_s}, {u"starting_price"_s, 200'000}, {u"duration_minutes"_s, 60}};
        for (auto it = extra.begin(); it != extra.end(); ++it) {
            fields.insert(it.key(), it.value());
        }
        return fields;
    }

    static QString stateOf(Kiosk &kiosk, int row)
    {
        return kiosk.outbox.data(kiosk.outbox.index(row), Outbox::StateRole).toString();
    }

    static QString refOf(Kiosk &kiosk, int row)
    {
        return kiosk.outbox.data(kiosk.outbox.index(row), Outbox::ClientRefRole).toString();
    }

    qint64 onlyListingId()
    {
        return server::SqlQuery(*m_server->parts().database, u"SELECT MAX(id) FROM listings"_s)
            .scalar()
            .toLongLong();
    }

    std::unique_ptr<test::TestServer> m_server;
    qint64 m_farmerA = 0;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_file;
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
