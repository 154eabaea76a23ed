// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/accesstokens.h"
#include "auth/tokenkey.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <cstdlib>
#include <jwt.h>
#include <memory>

using namespace Qt::StringLiterals;
using boli::ErrorCode;
using boli::Role;
using boli::server::AccessClaims;
using boli::server::AccessTokens;
using boli::server::TokenKey;

namespace {

const QByteArray kKey = QByteArray(32, 'k');

struct JwtDeleter
{
    void operator()(jwt_t *jwt) const { jwt_free(jwt); }
};

/// Signs arbitrary claims with libjwt, to test what verify() makes of tokens issue() never writes.
/// Each claim value is raw JSON, so its type can be chosen.
QString signClaims(const QByteArray &claimsJson, const QByteArray &key = kKey)
{
    jwt_t *raw = nullptr;
    if (jwt_new(&raw) != 0) {
        return {};
    }
    const std::unique_ptr<jwt_t, JwtDeleter> jwt(raw);
    if (jwt_add_grants_json(jwt.get(), claimsJson.constData()) != 0
        || jwt_set_alg(jwt.get(), JWT_ALG_HS256, reinterpret_cast<const unsigned char *>(key.constData()),
               int(key.size()))
            != 0) {
        return {};
    }
    char *text = jwt_encode_str(jwt.get());
    const QString token = QString::fromLatin1(text);
    std::free(text);
    return token;
}

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

/// Claims like issue() writes for user 7, session 9, valid at the ManualClock's default start.
QByteArray validClaimsWith(const QByteArray &replaced, const QByteArray &replacement)
{
    QByteArray json = R"({"iss":"boli","sub":"7","role":"trader","sid":9,"scope":"full",)"
                      R"("iat":1700000000,"exp":1700000900,"iat_ms":1700000000000,"exp_ms":1700000900000})";
    if (!replaced.isEmpty()) {
        Q_ASSERT(json.contains(replaced));
        json.replace(replaced, replacement);
    }
    return json;
}

} // namespace

/// @brief Issuing and verifying access tokens, and keeping their signing key on disk.
class TestAccessTokens : public QObject
{
    Q_OBJECT

private:
    static ErrorCode errorOf(const std::variant<AccessClaims, boli::Error> &result)
    {
        if (const auto *error = std::get_if<boli::Error>(&result)) {
            return error->code;
        }
        return ErrorCode::InternalError;
    }

private Q_SLOTS:
    void roundTrip()
    {
        const boli::ManualClock clock;
        const AccessTokens tokens(kKey, clock);
        const QString token = tokens.issue(42, Role::Farmer, 1001, AccessTokens::kScopeFull.toString());
        QCOMPARE(token.count(u'.'), 2);

        const auto result = tokens.verify(token);
        QVERIFY(std::holds_alternative<AccessClaims>(result));
        const AccessClaims claims = std::get<AccessClaims>(result);
        QCOMPARE(claims.userId, 42);
        QCOMPARE(claims.role, Role::Farmer);
        QCOMPARE(claims.sessionId, 1001);
        QCOMPARE(claims.scope, u"full"_s);
        QCOMPARE(claims.issuedAtMs, clock.nowMs());
        QCOMPARE(claims.expiresAtMs, clock.nowMs() + AccessTokens::kDefaultLifetimeMs);
    }

    void claimsAreStandardJwt()
    {
        const boli::ManualClock clock(1'700'000'000'750);
        const AccessTokens tokens(kKey, clock, 60'000);
        const QString token = tokens.issue(5, Role::Admin, 3, AccessTokens::kScopeTotpEnroll.toString());
        const QByteArray header =
            QByteArray::fromBase64(token.section(u'.', 0, 0).toLatin1(), QByteArray::Base64UrlEncoding);
        const QByteArray payload =
            QByteArray::fromBase64(token.section(u'.', 1, 1).toLatin1(), QByteArray::Base64UrlEncoding);
        QVERIFY(header.contains(R"("alg":"HS256")"));
        QVERIFY(payload.contains(R"("iss":"boli")"));
        QVERIFY(payload.contains(R"("sub":"5")"));
        QVERIFY(payload.contains(R"("role":"admin")"));
        QVERIFY(payload.contains(R"("scope":"totp_enroll")"));
        // iat/exp in whole seconds as RFC 7519 says; *_ms keep the precision.
        QVERIFY(payload.contains(R"("iat":1700000000)"));
        QVERIFY(payload.contains(R"("exp":1700000060)"));
        QVERIFY(payload.contains(R"("iat_ms":1700000000750)"));
        QVERIFY(payload.contains(R"("exp_ms":1700000060750)"));
    }

    void expiresExactlyAtTheBoundary()
    {
        boli::ManualClock clock;
        const AccessTokens tokens(kKey, clock, 1000);
        const QString token = tokens.issue(1, Role::Trader, 2, u"full"_s);
        clock.advanceMs(999);
        QVERIFY(std::holds_alternative<AccessClaims>(tokens.verify(token)));
        clock.advanceMs(1);
        QCOMPARE(errorOf(tokens.verify(token)), ErrorCode::TokenExpired);
        clock.advanceMs(1'000'000);
        QCOMPARE(errorOf(tokens.verify(token)), ErrorCode::TokenExpired);
    }

    void tamperedPayloadIsRejected()
    {
        const boli::ManualClock clock;
        const AccessTokens tokens(kKey, clock);
        const QString token = tokens.issue(7, Role::Trader, 9, u"full"_s);
        QStringList parts = token.split(u'.');
        QByteArray payload = QByteArray::fromBase64(parts[1].toLatin1(), QByteArray::Base64UrlEncoding);
        QVERIFY(payload.contains(R"("role":"trader")"));
        payload.replace(R"("role":"trader")", R"("role":"admin")");
        parts[1] = QString::fromLatin1(base64Url(payload));
        QCOMPARE(errorOf(tokens.verify(parts.join(u'.'))), ErrorCode::TokenInvalid);
    }

    void otherKeyIsRejected()
    {
        const boli::ManualClock clock;
        const AccessTokens ours(kKey, clock);
        const AccessTokens theirs(QByteArray(32, 'x'), clock);
        QCOMPARE(errorOf(ours.verify(theirs.issue(7, Role::Admin, 9, u"full"_s))), ErrorCode::TokenInvalid);
    }

    void algNoneIsRejected()
    {
        const boli::ManualClock clock;
        const AccessTokens tokens(kKey, clock);
        const QByteArray header = base64Url(R"({"alg":"none","typ":"JWT"})");
        const QByteArray payload = base64Url(validClaimsWith({}, {}));
        QCOMPARE(errorOf(tokens.verify(QString::fromLatin1(header + '.' + payload + '.'))),
            ErrorCode::TokenInvalid);
        QCOMPARE(
            errorOf(tokens.verify(QString::fromLatin1(header + '.' + payload))), ErrorCode::TokenInvalid);
        // The same claims properly signed pass, so the refusal above is about the algorithm.
        QVERIFY(std::holds_alternative<AccessClaims>(tokens.verify(signClaims(validClaimsWith({}, {})))));
    }

    void otherAlgorithmIsRejected()
    {
        const boli::ManualClock clock;
        const AccessTokens tokens(kKey, clock);
        jwt_t *raw = nullptr;
        QCOMPARE(jwt_new(&raw), 0);
        const std::unique_ptr<jwt_t, JwtDeleter> jwt(raw);
        QCOMPARE(jwt_add_grants_json(jwt.get(), validClaimsWith({}, {}).constData()), 0);
        QCOMPARE(jwt_set_alg(jwt.get(), JWT_ALG_HS512,
                     reinterpret_cast<const unsigned char *>(kKey.constData()), int(kKey.size())),
            0);
        char *text = jwt_encode_str(jwt.get());
        const QString token = QString::fromLatin1(text);
        std::free(text);
        QCOMPARE(errorOf(tokens.verify(token)), ErrorCode::TokenInvalid);
    }

    void badClaimsAreRejected_data()
    {
        QTest::addColumn<QByteArray>("replaced");
        QTest::addColumn<QByteArray>("replacement");
        QTest::newRow("sub as number") << QByteArray(R"("sub":"7")") << QByteArray(R"("sub":7)");
        QTest::newRow("sub not digits") << QByteArray(R"("sub":"7")") << QByteArray(R"("sub":"7a")");
        QTest::newRow("sub missing") << QByteArray(R"("sub":"7",)") << QByteArray();
        QTest::newRow("sid as string") << QByteArray(R"("sid":9)") << QByteArray(R"("sid":"9")");
        QTest::newRow("sid as float") << QByteArray(R"("sid":9)") << QByteArray(R"("sid":9.5)");
        QTest::newRow("exp_ms as string")
            << QByteArray(R"("exp_ms":1700000900000)") << QByteArray(R"("exp_ms":"1700000900000")");
        QTest::newRow("exp_ms missing") << QByteArray(R"(,"exp_ms":1700000900000)") << QByteArray();
        QTest::newRow("iat missing") << QByteArray(R"("iat":1700000000,)") << QByteArray();
        QTest::newRow("role as number") << QByteArray(R"("role":"trader")") << QByteArray(R"("role":2)");
        QTest::newRow("unknown role")
            << QByteArray(R"("role":"trader")") << QByteArray(R"("role":"emperor")");
        QTest::newRow("unknown scope") << QByteArray(R"("scope":"full")") << QByteArray(R"("scope":"all")");
        QTest::newRow("wrong issuer") << QByteArray(R"("iss":"boli")") << QByteArray(R"("iss":"mallory")");
        QTest::newRow("no issuer") << QByteArray(R"("iss":"boli",)") << QByteArray();
    }

    void badClaimsAreRejected()
    {
        QFETCH(QByteArray, replaced);
        QFETCH(QByteArray, replacement);
        const boli::ManualClock clock;
        const AccessTokens tokens(kKey, clock);
        const QString token = signClaims(validClaimsWith(replaced, replacement));
        QVERIFY(!token.isEmpty());
        QCOMPARE(errorOf(tokens.verify(token)), ErrorCode::TokenInvalid);
    }

    void malformedTextIsRejected_data()
    {
        QTest::addColumn<QString>("token");
        QTest::newRow("empty") << QString();
        QTest::newRow("words") << u"not a token"_s;
        QTest::newRow("two dots") << u".."_s;
        QTest::newRow("bad base64") << u"@@@.@@@.@@@"_s;
        QTest::newRow("huge") << QString(10'000, u'a');
    }

    void malformedTextIsRejected()
    {
        QFETCH(QString, token);
        const boli::ManualClock clock;
        const AccessTokens tokens(kKey, clock);
        QCOMPARE(errorOf(tokens.verify(token)), ErrorCode::TokenInvalid);
    }

    void refusesBadConstruction()
    {
        const boli::ManualClock clock;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, AccessTokens(QByteArray(31, 'k'), clock));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, AccessTokens(kKey, clock, 0));
        const AccessTokens tokens(kKey, clock);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, (void)tokens.issue(1, Role::Trader, 1, u"root"_s));
    }

    void tokenKeyIsCreatedPrivateAndReloaded()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString dataDir = dir.filePath(u"data"_s); // missing: loadOrCreate makes it
        const QByteArray first = TokenKey::loadOrCreate(dataDir);
        QCOMPARE(first.size(), 32);
        QVERIFY(first != QByteArray(32, '\0'));

        QFile file(dataDir + u"/token.key"_s);
        QVERIFY(file.exists());
        QCOMPARE(
            file.permissions() & ~(QFile::ReadUser | QFile::WriteUser), QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(QDir(dataDir).entryList(QDir::Files | QDir::Hidden), QStringList {u"token.key"_s});

        QCOMPARE(TokenKey::loadOrCreate(dataDir), first);
        QTemporaryDir other;
        QVERIFY(TokenKey::loadOrCreate(other.path()) != first);
    }

    void tokenKeyOfWrongLengthIsRefused_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("31 bytes") << QByteArray(31, 'a');
        QTest::newRow("33 bytes") << QByteArray(33, 'a');
    }

    void tokenKeyOfWrongLengthIsRefused()
    {
        QFETCH(QByteArray, contents);
        QTemporaryDir dir;
        QFile file(dir.filePath(u"token.key"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(contents);
        file.close();
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, (void)TokenKey::loadOrCreate(dir.path()));
        QCOMPARE(file.size(), contents.size()); // never overwritten
    }

    void unreadableTokenKeyIsRefused()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(u"token.key"_s)); // a directory where the file should be
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, (void)TokenKey::loadOrCreate(dir.path()));
    }
};

QTEST_GUILESS_MAIN(TestAccessTokens)
#include "tst_accesstokens.moc"
