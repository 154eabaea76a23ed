// SPDX-License-Identifier: GPL-3.0-or-later
// The audit log on a real database: appends chain by hash, the verifier names the first record that
// was altered or removed behind the triggers' back, and filters read what they should.

#include "audit/auditlog.h"
#include "audit/auditverifier.h"
#include "boli/clock.h"
#include "storage/migrator.h"
#include "testdatabase.h"

#include <QTest>

using namespace boli;
using namespace boli::server;
using namespace Qt::StringLiterals;

class TestAuditLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_testDatabase = std::make_unique<test::TestDatabase>();
        m_database = Database::open(m_testDatabase->url());
        Migrator(*m_database).migrate();
        m_log = std::make_unique<AuditLog>(*m_database, m_clock);
    }

    void cleanup()
    {
        m_log.reset();
        m_database.reset();
        m_testDatabase.reset();
    }

    void appendsChainFromGenesis()
    {
        const auto first = append(u"auth.login"_s, u"user:1"_s);
        const auto second = append(u"admin.users.ban"_s, u"user:2"_s);
        QCOMPARE(first, 1);
        QCOMPARE(second, 2);
        const auto records = m_log->list({});
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(0).id, 2); // newest first
        QCOMPARE(records.at(1).prevHash, AuditLog::kGenesisHash);
        QCOMPARE(records.at(0).prevHash, records.at(1).hash);
        QCOMPARE(records.at(0).hash, records.at(0).computeHash());
        const auto verification = AuditVerifier(*m_database).verify();
        QVERIFY(verification.intact());
        QCOMPARE(verification.checked, 2);
    }

    void appendRollsBackWithItsTransaction()
    {
        {
            Transaction transaction(*m_database);
            append(u"auth.login"_s, u"user:1"_s);
        }
        QCOMPARE(m_log->count({}), 0);
        QCOMPARE(append(u"auth.login"_s, u"user:1"_s), 1); // no gap left behind
    }

    void alteredRecordIsNamed_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("value");
        QTest::newRow("after summary") << u"after_json"_s << u"'{\"forged\":true}'"_s;
        QTest::newRow("actor") << u"actor_id"_s << u"99"_s;
        QTest::newRow("time") << u"at_ms"_s << u"1"_s;
        QTest::newRow("op") << u"op"_s << u"'auth.logout'"_s;
    }

    void alteredRecordIsNamed()
    {
        QFETCH(QString, column);
        QFETCH(QString, value);
        for (int i = 0; i < 5; ++i) {
            append(u"auth.login"_s, u"user:%1"_s.arg(i));
        }
        dropTriggers();
        m_database->execute(u"UPDATE audit_log SET %1 = %2 WHERE id = 3"_s.arg(column, value));
        const auto verification = AuditVerifier(*m_database).verify();
        QVERIFY(!verification.intact());
        QCOMPARE(verification.brokenId, std::optional<qint64>(3));
        QCOMPARE(verification.checked, 2);
        QVERIFY(verification.summary().contains(u"record 3"_s));
    }

    void rehashedRecordBreaksTheNextLink()
    {
        for (int i = 0; i < 4; ++i) {
            append(u"auth.login"_s, u"user:%1"_s.arg(i));
        }
        dropTriggers();
        // A forger who also recomputes the record's own hash is caught by the next record's link.
        auto record = m_log->list({}).at(2); // id 2
        record.afterJson = u"{\"forged\":true}"_s;
        SqlQuery(*m_database, u"UPDATE audit_log SET after_json = :a, hash = :h WHERE id = 2"_s)
            .bind(u":a"_s, record.afterJson)
            .bind(u":h"_s, record.computeHash())
            .exec();
        QCOMPARE(AuditVerifier(*m_database).verify().brokenId, std::optional<qint64>(3));
    }

    void deletedRecordIsNamed()
    {
        for (int i = 0; i < 4; ++i) {
            append(u"auth.login"_s, u"user:%1"_s.arg(i));
        }
        dropTriggers();
        m_database->execute(u"DELETE FROM audit_log WHERE id = 2"_s);
        const auto verification = AuditVerifier(*m_database).verify();
        QCOMPARE(verification.brokenId, std::optional<qint64>(3));
        QVERIFY(verification.reason.contains(u"missing"_s));
    }

    void filtersAndPaging()
    {
        append(u"auth.login"_s, u"user:1"_s, 1);
        m_clock.advanceMs(1000);
        append(u"admin.users.ban"_s, u"user:2"_s, 1);
        m_clock.advanceMs(1000);
        append(u"admin.users_extra"_s, u"user:3"_s, 2);
        m_clock.advanceMs(1000);
        append(u"admin.settings.set"_s, u"setting:kyc"_s, 2);

        QCOMPARE(m_log->count({}), 4);
        AuditFilter byActor;
        byActor.actorId = 2;
        QCOMPARE(m_log->count(byActor), 2);
        AuditFilter byPrefix;
        byPrefix.op = u"admin."_s;
        QCOMPARE(m_log->count(byPrefix), 3);
        AuditFilter byExactOp;
        byExactOp.op = u"admin.users.ban"_s;
        QCOMPARE(m_log->list(byExactOp).at(0).target, u"user:2"_s);
        AuditFilter byTarget;
        byTarget.target = u"setting:kyc"_s;
        QCOMPARE(m_log->count(byTarget), 1);
        AuditFilter window;
        window.fromMs = m_clock.nowMs() - 2000;
        window.toMs = m_clock.nowMs();
        QCOMPARE(m_log->count(window), 2); // the ban and the users_extra record
        AuditFilter page;
        page.offset = 1;
        page.limit = 2;
        const auto records = m_log->list(page);
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(0).id, 3);
        QCOMPARE(records.at(1).id, 2);
    }

private:
    qint64 append(const QString &op, const QString &target, qint64 actor = 1)
    {
        const AuditActor who {actor, u"admin"_s, u"device-1"_s, u"127.0.0.1"_s};
        return m_log->append(who, op, target, {{u"before"_s, 1}}, {{u"after"_s, 2}});
    }

    void dropTriggers()
    {
        if (m_database->dialect() == SqlDialect::Sqlite) {
            m_database->execute(u"DROP TRIGGER audit_log_no_update"_s);
            m_database->execute(u"DROP TRIGGER audit_log_no_delete"_s);
        } else {
            m_database->execute(u"DROP TRIGGER audit_log_append_only ON audit_log"_s);
        }
    }

    ManualClock m_clock;
    std::unique_ptr<test::TestDatabase> m_testDatabase;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<AuditLog> m_log;
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
