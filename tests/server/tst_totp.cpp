// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/totp.h"

#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using boli::server::Totp;

namespace {
/// The SHA-1 seed of RFC 6238 Appendix B.
const QByteArray kRfcSecret = QByteArrayLiteral("12345678901234567890");
constexpr qint64 kSecondMs = 1000;
constexpr qint64 kStepMs = 30 * kSecondMs;
} // namespace

/// @brief TOTP codes against RFC 6238, the acceptance window, base32, the key URI and its QR code.
class TestTotp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfc6238Vectors_data()
    {
        QTest::addColumn<qint64>("unixSeconds");
        QTest::addColumn<QString>("code");
        QTest::newRow("59") << qint64(59) << u"94287082"_s;
        QTest::newRow("1111111109") << qint64(1111111109) << u"07081804"_s;
        QTest::newRow("1111111111") << qint64(1111111111) << u"14050471"_s;
        QTest::newRow("1234567890") << qint64(1234567890) << u"89005924"_s;
        QTest::newRow("2000000000") << qint64(2000000000) << u"69279037"_s;
        QTest::newRow("20000000000") << qint64(20000000000) << u"65353130"_s;
    }

    void rfc6238Vectors()
    {
        QFETCH(qint64, unixSeconds);
        QFETCH(QString, code);
        QCOMPARE(Totp::codeAt(kRfcSecret, unixSeconds * kSecondMs, 8), code);
        // Six digits are the last six of the same truncated value.
        QCOMPARE(Totp::codeAt(kRfcSecret, unixSeconds * kSecondMs), code.right(6));
        QVERIFY(Totp::verify(kRfcSecret, code.right(6), unixSeconds * kSecondMs));
    }

    void codeIsConstantWithinAStep()
    {
        const qint64 stepStart = 1'700'000'010 * kSecondMs; // a multiple of 30 s
        const QString code = Totp::codeAt(kRfcSecret, stepStart);
        QCOMPARE(Totp::codeAt(kRfcSecret, stepStart + kStepMs - 1), code);
        QVERIFY(Totp::codeAt(kRfcSecret, stepStart + kStepMs) != code);
    }

    void window_data()
    {
        QTest::addColumn<int>("stepsAway");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("-2") << -2 << false;
        QTest::newRow("-1") << -1 << true;
        QTest::newRow("0") << 0 << true;
        QTest::newRow("+1") << 1 << true;
        QTest::newRow("+2") << 2 << false;
    }

    void window()
    {
        QFETCH(int, stepsAway);
        QFETCH(bool, accepted);
        const QByteArray secret = Totp::generateSecret();
        const qint64 nowMs = 1'700'000'015'000;
        const QString code = Totp::codeAt(secret, nowMs + stepsAway * kStepMs);
        QCOMPARE(Totp::verify(secret, code, nowMs), accepted);
        QVERIFY(!Totp::verify(secret, code, nowMs, 0) || stepsAway == 0);
    }

    void matchingStepNamesTheStep()
    {
        const QByteArray secret = Totp::generateSecret();
        const qint64 nowMs = 1'700'000'015'000;
        const qint64 nowStep = nowMs / kStepMs;
        QCOMPARE(
            Totp::matchingStep(secret, Totp::codeAt(secret, nowMs), nowMs), std::optional<qint64>(nowStep));
        QCOMPARE(Totp::matchingStep(secret, Totp::codeAt(secret, nowMs - kStepMs), nowMs),
            std::optional<qint64>(nowStep - 1));
    }

    void malformedCodesAreRejected_data()
    {
        QTest::addColumn<QString>("code");
        const QString good = Totp::codeAt(kRfcSecret, 59 * kSecondMs);
        QTest::newRow("five digits") << good.left(5);
        QTest::newRow("seven digits") << good + u"0"_s;
        QTest::newRow("eight digit RFC code") << u"94287082"_s;
        QTest::newRow("with space") << good.left(3) + u" "_s + good.mid(3);
        QTest::newRow("letters") << u"abcdef"_s;
        QTest::newRow("empty") << QString();
        QTest::newRow("devanagari digits") << u"\u0967\u0968\u0969\u096a\u096b\u096c"_s;
    }

    void malformedCodesAreRejected()
    {
        QFETCH(QString, code);
        QVERIFY(!Totp::verify(kRfcSecret, code, 59 * kSecondMs));
    }

    void secretsAreRandom()
    {
        const QByteArray first = Totp::generateSecret();
        QCOMPARE(first.size(), 20);
        QVERIFY(first != Totp::generateSecret());
    }

    void base32RoundTrip_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        // RFC 4648 section 10 vectors, without the padding.
        QTest::newRow("f") << QByteArray("f") << u"MY"_s;
        QTest::newRow("foob") << QByteArray("foob") << u"MZXW6YQ"_s;
        QTest::newRow("foobar") << QByteArray("foobar") << u"MZXW6YTBOI"_s;
        QTest::newRow("rfc secret") << kRfcSecret << u"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"_s;
    }

    void base32RoundTrip()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QCOMPARE(Totp::toBase32(bytes), text);
        QCOMPARE(Totp::fromBase32(text), std::optional<QByteArray>(bytes));
        QCOMPARE(Totp::fromBase32(text.toLower()), std::optional<QByteArray>(bytes));
        const QByteArray secret = Totp::generateSecret();
        QCOMPARE(Totp::fromBase32(Totp::toBase32(secret)), std::optional<QByteArray>(secret));
    }

    void base32RejectsGarbage()
    {
        QVERIFY(!Totp::fromBase32(u"MZXW1!"_s));
        QVERIFY(!Totp::fromBase32(u"MZXW\u0939"_s));
        QVERIFY(!Totp::fromBase32(QString()));
    }

    void otpauthUri()
    {
        const QString uri = Totp::otpauthUri(u"Boli Mandi"_s, u"ravi@example.in"_s, kRfcSecret);
        QCOMPARE(uri,
            u"otpauth://totp/Boli%20Mandi:ravi%40example.in?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
            "&issuer=Boli%20Mandi&algorithm=SHA1&digits=6&period=30"_s);
        const QUrl url(uri);
        QVERIFY(url.isValid());
        QCOMPARE(url.scheme(), u"otpauth"_s);
        QCOMPARE(url.host(), u"totp"_s);
        QCOMPARE(QUrlQuery(url).queryItemValue(u"issuer"_s, QUrl::FullyDecoded), u"Boli Mandi"_s);
    }

    void qrSvg()
    {
        const QString uri = Totp::otpauthUri(u"Boli"_s, u"admin"_s, Totp::generateSecret());
        const QString svg = Totp::qrSvg(uri);
        QVERIFY(svg.startsWith(u"<svg"));
        QVERIFY(svg.endsWith(u"</svg>"));
        QVERIFY(!svg.contains(u"href"));
        // A URI this long needs at least a version 4 symbol (33 modules) plus two quiet zones of 4.
        const qsizetype viewBox = svg.indexOf(u"viewBox=\"0 0 ");
        QVERIFY(viewBox > 0);
        const int size = svg.mid(viewBox + 13).section(u' ', 0, 0).toInt();
        QVERIFY2(size >= 33 + 8 && (size - 8 - 17) % 4 == 0, qPrintable(QString::number(size)));
        // Every QR code has three 7x7 finder patterns: its top rows start with a 7-module dark run.
        QVERIFY(svg.contains(u"M4 4h7v1h-7z"));
        QVERIFY(svg.count(u'z') > 100);
        QVERIFY(Totp::qrSvg(u"other text"_s) != svg);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, (void)Totp::qrSvg(QString(8000, u'x')));
    }
};

QTEST_GUILESS_MAIN(TestTotp)
#include "tst_totp.moc"
