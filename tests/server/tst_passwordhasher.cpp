// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/passwordhasher.h"

#include <QTest>
#include <QtConcurrent>
#include <algorithm>
#include <limits>
#include <numeric>

using namespace Qt::StringLiterals;
using boli::server::PasswordHasher;

/// @brief Argon2id hashing, verification, rehash detection and the PIN/password rules.
class TestPasswordHasher : public QObject
{
    Q_OBJECT

private:
    PasswordHasher m_hasher {PasswordHasher::Cost::TestMinimum};

private Q_SLOTS:
    void hashIsArgon2idAndSalted()
    {
        const QString first = m_hasher.hash(u"correct horse"_s);
        const QString second = m_hasher.hash(u"correct horse"_s);
        QVERIFY(first.startsWith(u"$argon2id$"));
        QVERIFY(!first.contains(u"correct horse"));
        QVERIFY2(first != second, "each hash must use its own random salt");
    }

    void verifyAcceptsOnlyTheRightSecret()
    {
        const QString stored = m_hasher.hash(u"1234"_s);
        QVERIFY(m_hasher.verify(u"1234"_s, stored));
        QVERIFY(!m_hasher.verify(u"1235"_s, stored));
        QVERIFY(!m_hasher.verify(u"12345"_s, stored));
        QVERIFY(!m_hasher.verify(QString(), stored));
    }

    void verifyRejectsGarbageHashes_data()
    {
        QTest::addColumn<QString>("stored");
        // A cut hash may still carry readable parameters, so only whether it verifies is certain.
        QTest::addColumn<bool>("unreadable");
        QTest::newRow("empty") << QString() << true;
        QTest::newRow("plain text") << u"1234"_s << true;
        QTest::newRow("truncated") << m_hasher.hash(u"1234"_s).chopped(5) << false;
        QTest::newRow("too long") << QString(500, u'a') << true;
        QTest::newRow("non latin") << u"$argon2id$v=19$ह"_s << true;
    }

    void verifyRejectsGarbageHashes()
    {
        QFETCH(QString, stored);
        QFETCH(bool, unreadable);
        QVERIFY(!m_hasher.verify(u"1234"_s, stored));
        if (unreadable) {
            QVERIFY(m_hasher.needsRehash(stored));
        }
    }

    void unicodeIsNormalised()
    {
        // "é" precomposed (U+00E9) and as e + combining acute (U+0065 U+0301) are the same password.
        const QString stored = m_hasher.hash(u"caf\u00e9-passw0rd"_s);
        QVERIFY(m_hasher.verify(u"cafe\u0301-passw0rd"_s, stored));
        QVERIFY(!m_hasher.verify(u"cafe-passw0rd"_s, stored));
    }

    void needsRehashWhenCostChanges()
    {
        const QString cheap = m_hasher.hash(u"secret-secret"_s);
        QVERIFY(!m_hasher.needsRehash(cheap));
        // Only compares parameters; no expensive hash is computed here.
        const PasswordHasher production(PasswordHasher::Cost::Interactive);
        QVERIFY(production.needsRehash(cheap));
        QCOMPARE(production.cost(), PasswordHasher::Cost::Interactive);
    }

    void burnEquivalentTimeCostsWhatAVerifyCosts()
    {
        // Not timed (timings belong to the benchmark): the burn verifies against a hash made with
        // exactly the parameters real hashes get, which is what makes the two cost the same.
        for (const auto cost : {PasswordHasher::Cost::TestMinimum, PasswordHasher::Cost::Interactive}) {
            const PasswordHasher hasher(cost);
            QVERIFY(hasher.dummyHash().startsWith(u"$argon2id$"_s));
            QVERIFY(!hasher.needsRehash(hasher.dummyHash()));
            const QString real = hasher.hash(u"a real password"_s);
            QCOMPARE(real.section(u'$', 1, 3), hasher.dummyHash().section(u'$', 1, 3));
            hasher.burnEquivalentTime();
        }
    }

    void isThreadSafe()
    {
        const QString stored = m_hasher.hash(u"shared secret"_s);
        QList<int> work(64);
        std::iota(work.begin(), work.end(), 0);
        const QList<bool> results = QtConcurrent::blockingMapped(work, [&](int i) {
            const QString own = m_hasher.hash(u"secret %1"_s.arg(i));
            return m_hasher.verify(u"shared secret"_s, stored) && m_hasher.verify(u"secret %1"_s.arg(i), own)
                && !m_hasher.verify(u"secret %1"_s.arg(i + 1), own);
        });
        QVERIFY(std::all_of(results.cbegin(), results.cend(), [](bool ok) { return ok; }));
    }

    void isValidPin_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::addColumn<bool>("valid");
        QTest::newRow("4 digits") << u"0000"_s << true;
        QTest::newRow("5 digits") << u"12345"_s << true;
        QTest::newRow("6 digits") << u"987654"_s << true;
        QTest::newRow("3 digits") << u"123"_s << false;
        QTest::newRow("7 digits") << u"1234567"_s << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("letter") << u"12a4"_s << false;
        QTest::newRow("space") << u"12 4"_s << false;
        QTest::newRow("sign") << u"-1234"_s << false;
        QTest::newRow("devanagari digits") << u"\u0967\u0968\u0969\u096a"_s << false;
        QTest::newRow("fullwidth digits") << u"\uff11\uff12\uff13\uff14"_s << false;
    }

    void isValidPin()
    {
        QFETCH(QString, pin);
        QFETCH(bool, valid);
        QCOMPARE(PasswordHasher::isValidPin(pin), valid);
    }

    void passwordProblem_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("acceptable");
        QTest::newRow("7 chars") << u"abcdefg"_s << false;
        QTest::newRow("8 chars") << u"abcdefgh"_s << true;
        QTest::newRow("128 chars") << QString(127, u'a') + u"b"_s << true;
        QTest::newRow("129 chars") << QString(128, u'a') + u"b"_s << false;
        QTest::newRow("one char repeated") << QString(20, u'x') << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("hindi") << u"\u0915\u093f\u0938\u093e\u0928\u092e\u0902\u0921\u0940"_s << true;
        // 8 characters outside the BMP are 16 UTF-16 units but still 8 characters.
        QTest::newRow("emoji counted as characters") << u"\U0001F33E\U0001F33D"_s.repeated(4) << true;
        QTest::newRow("7 emoji") << u"\U0001F33E"_s.repeated(6) + u"\U0001F33D"_s << false;
    }

    void passwordProblem()
    {
        QFETCH(QString, password);
        QFETCH(bool, acceptable);
        const std::optional<QString> problem = PasswordHasher::passwordProblem(password);
        QCOMPARE(!problem.has_value(), acceptable);
        if (problem) {
            QVERIFY(problem->endsWith(u'.'));
        }
    }
};

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "tst_passwordhasher.moc"
