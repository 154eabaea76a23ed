// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/refreshtoken.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace boli::server;

/// @brief Refresh tokens are long, unique and URL-safe; their stored hashes are stable one-way digests.
class TestRefreshToken : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokensAreUrlSafeAndFullLength()
    {
        const QRegularExpression base64Url(u"^[A-Za-z0-9_-]{43}$"_s);
        for (int i = 0; i < 100; ++i) {
            const QString token = generateRefreshToken();
            QVERIFY2(base64Url.match(token).hasMatch(), qPrintable(token));
            QCOMPARE(QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding).size(), 32);
        }
    }

    void tokensAreUnique()
    {
        QSet<QString> seen;
        for (int i = 0; i < 10'000; ++i) {
            seen.insert(generateRefreshToken());
        }
        QCOMPARE(seen.size(), 10'000);
    }

    void hashIsStableHexSha256()
    {
        // SHA-256("abc") from FIPS 180-2, so the digest is the standard one a database could recompute.
        QCOMPARE(hashRefreshToken(u"abc"_s),
            u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_s);
        const QString token = generateRefreshToken();
        const QString hash = hashRefreshToken(token);
        QCOMPARE(hash.size(), 64);
        QCOMPARE(hashRefreshToken(token), hash);
        QVERIFY(hash != token);
        QVERIFY(!hash.contains(token));
        QVERIFY(hashRefreshToken(generateRefreshToken()) != hash);
    }
};

QTEST_GUILESS_MAIN(TestRefreshToken)
#include "tst_refreshtoken.moc"
