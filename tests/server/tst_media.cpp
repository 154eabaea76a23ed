// SPDX-License-Identifier: GPL-3.0-or-later
// Listing photos: MediaStore on its own (content addressing, type and size checks, hostile hashes),
// then POST /api/v1/media and GET /media/<hash> end to end against the real server over HTTP.

#include "media/mediastore.h"
#include "testclient.h"
#include "testserver.h"
#include "waitfor.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace boli;
using namespace Qt::StringLiterals;
using boli::server::MediaRefusal;
using boli::server::MediaStore;
using boli::server::StoredMedia;
using boli::test::TestClient;
using boli::test::TestServer;

namespace {

const QString kPassword = u"market-pass-1"_s;

QByteArray payload(qsizetype size, char seed)
{
    QByteArray bytes(size, seed);
    for (qsizetype i = 0; i < size; i += 97) {
        bytes[i] = char(i * 31 + seed);
    }
    return bytes;
}

QByteArray jpeg(qsizetype size = 2000, char seed = 'a')
{
    return QByteArray("\xFF\xD8\xFF\xE0", 4) + payload(size - 4, seed);
}

QByteArray png(char seed = 'b')
{
    return QByteArray("\x89PNG\r\n\x1A\n", 8) + payload(500, seed);
}

QByteArray webp(char seed = 'c')
{
    return QByteArray("RIFF\x00\x02\x00\x00WEBPVP8 ", 16) + payload(500, seed);
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

int filesIn(const QString &directory)
{
    return int(QDir(directory).entryList(QDir::Files | QDir::Hidden).size());
}

/// What came back over HTTP.
struct HttpResult
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QByteArray cacheControl;

    [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    [[nodiscard]] QString errorCode() const { return json()[u"error"_s][u"code"_s].toString(); }
};

} // namespace

class TestMedia : public QObject
{
    Q_OBJECT

private:
    HttpResult http(const QString &path, const QByteArray *body = nullptr, const QByteArray &contentType = {},
        const QString &token = {})
    {
        QNetworkRequest request(QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_server->port()).arg(path)));
        if (!contentType.isEmpty()) {
            request.setRawHeader("Content-Type", contentType);
        }
        if (!token.isEmpty()) {
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        }
        std::unique_ptr<QNetworkReply> reply(body ? m_network.post(request, *body) : m_network.get(request));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(20'000)) {
            return {};
        }
        return HttpResult {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            reply->readAll(), reply->rawHeader("Content-Type"), reply->rawHeader("Cache-Control")};
    }

    HttpResult upload(const QByteArray &body, const QByteArray &contentType, const QString &token)
    {
        return http(u"/api/v1/media"_s, &body, contentType, token);
    }

    /// Creates an account of that role and logs it in; its access token.
    QString tokenFor(Role role)
    {
        const bool pin = role == Role::Farmer;
        const QString login = u"98000000%1"_s.arg(int(role), 2, 10, QLatin1Char('0'));
        m_user = m_server->createUser(role, login, pin ? u"1234"_s : kPassword);
        TestClient client;
        if (!test::waitFor(client.open(m_server->port())).value_or(false)) {
            return {};
        }
        auto task = client.login(login, pin ? u"1234"_s : kPassword, pin);
        const auto reply = test::waitFor(std::move(task));
        return reply ? reply->fields.value(u"access_token"_s).toString() : QString();
    }

    QString mediaDir() const { return m_server->dataDir() + u"/media"_s; }

private Q_SLOTS:
    void cleanup() { m_server.reset(); }

    void storesAndReadsBack_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("extension");
        QTest::newRow("jpeg") << jpeg() << u"image/jpeg"_s << u"jpg"_s;
        QTest::newRow("png") << png() << u"image/png"_s << u"png"_s;
        QTest::newRow("webp") << webp() << u"image/webp"_s << u"webp"_s;
    }

    void storesAndReadsBack()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, type);
        QFETCH(QString, extension);
        QTemporaryDir dir;
        MediaStore store(dir.filePath(u"media"_s));
        const auto result = store.store(bytes, type.toUpper() + u"; charset=binary"_s);
        QVERIFY(std::holds_alternative<StoredMedia>(result));
        const StoredMedia stored = std::get<StoredMedia>(result);
        QCOMPARE(stored.hash, sha256(bytes));
        QCOMPARE(stored.contentType, type);
        QVERIFY(stored.created);
        QVERIFY(QFile::exists(dir.filePath(u"media/"_s + stored.hash + u'.' + extension)));
        QVERIFY(store.exists(stored.hash));
        const auto file = store.read(stored.hash);
        QVERIFY(file);
        QCOMPARE(file->bytes, bytes);
        QCOMPARE(file->contentType, type);
    }

    void sameBytesStoredOnce()
    {
        QTemporaryDir dir;
        MediaStore store(dir.path());
        const auto first = store.store(jpeg(), u"image/jpeg"_s);
        const auto second = store.store(jpeg(), u"image/jpeg"_s);
        QCOMPARE(std::get<StoredMedia>(second).hash, std::get<StoredMedia>(first).hash);
        QVERIFY(!std::get<StoredMedia>(second).created);
        QCOMPARE(filesIn(dir.path()), 1); // no temporary file left behind either
        QVERIFY(std::holds_alternative<StoredMedia>(store.store(jpeg(2000, 'z'), u"image/jpeg"_s)));
        QCOMPARE(filesIn(dir.path()), 2);
    }

    void refusesWrongTypes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("declared");
        QTest::addColumn<int>("reason");
        const int unsupported = int(MediaRefusal::Reason::UnsupportedType);
        const int mismatch = int(MediaRefusal::Reason::TypeMismatch);
        QTest::newRow("gif") << QByteArray("GIF89a0000") << u"image/gif"_s << unsupported;
        QTest::newRow("text") << QByteArray("hello") << u"text/plain"_s << unsupported;
        QTest::newRow("no type") << jpeg() << QString() << unsupported;
        QTest::newRow("jpeg called png") << jpeg() << u"image/png"_s << mismatch;
        QTest::newRow("png called jpeg") << png() << u"image/jpeg"_s << mismatch;
        QTest::newRow("wave called webp")
            << QByteArray("RIFF\x10\x00\x00\x00WAVEfmt ", 16) << u"image/webp"_s << mismatch;
        QTest::newRow("short riff") << QByteArray("RIFF") << u"image/webp"_s << mismatch;
        QTest::newRow("empty") << QByteArray() << u"image/jpeg"_s << mismatch;
        QTest::newRow("html called jpeg") << QByteArray("<html>") << u"image/jpeg"_s << mismatch;
    }

    void refusesWrongTypes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, declared);
        QTemporaryDir dir;
        MediaStore store(dir.path());
        const auto result = store.store(bytes, declared);
        QVERIFY(std::holds_alternative<MediaRefusal>(result));
        QTEST(int(std::get<MediaRefusal>(result).reason), "reason");
        QCOMPARE(filesIn(dir.path()), 0);
    }

    void sizeLimit()
    {
        QTemporaryDir dir;
        MediaStore store(dir.path());
        QCOMPARE(MediaStore::kMaxPhotoBytes, 5 * 1024 * 1024);
        const auto tooBig = store.store(jpeg(MediaStore::kMaxPhotoBytes + 1), u"image/jpeg"_s);
        QVERIFY(std::holds_alternative<MediaRefusal>(tooBig));
        QCOMPARE(std::get<MediaRefusal>(tooBig).reason, MediaRefusal::Reason::TooLarge);
        QCOMPARE(filesIn(dir.path()), 0);
        const QByteArray largest = jpeg(MediaStore::kMaxPhotoBytes);
        const auto stored = store.store(largest, u"image/jpeg"_s);
        QVERIFY(std::holds_alternative<StoredMedia>(stored));
        QCOMPARE(store.read(std::get<StoredMedia>(stored).hash)->bytes, largest);
    }

    void malformedHashes_data()
    {
        QTest::addColumn<QString>("hash");
        const QString valid = sha256(jpeg());
        QTest::newRow("empty") << QString();
        QTest::newRow("parent path") << u"../etc/passwd"_s;
        QTest::newRow("absolute path") << u"/etc/passwd"_s;
        QTest::newRow("upper case") << valid.toUpper();
        QTest::newRow("63 digits") << valid.left(63);
        QTest::newRow("65 digits") << valid + u'0';
        QTest::newRow("not hex") << QString(64, u'g');
        QTest::newRow("hash then path") << valid.left(60) + u"/../"_s;
        QTest::newRow("with extension") << valid + u".jpg"_s;
        QTest::newRow("unknown") << QString(64, u'0');
    }

    void malformedHashes()
    {
        QFETCH(QString, hash);
        QTemporaryDir dir;
        MediaStore store(dir.filePath(u"media"_s));
        QVERIFY(std::holds_alternative<StoredMedia>(store.store(jpeg(), u"image/jpeg"_s)));
        // Bait outside the store, where "../etc/passwd" + ".jpg" would lead.
        QVERIFY(QDir(dir.path()).mkpath(u"etc"_s));
        QFile bait(dir.filePath(u"etc/passwd.jpg"_s));
        QVERIFY(bait.open(QIODevice::WriteOnly) && bait.write(jpeg()) > 0);
        bait.close();
        QCOMPARE(MediaStore::isValidHash(hash), hash == QString(64, u'0'));
        QVERIFY(!store.exists(hash));
        QVERIFY(!store.read(hash));
    }

    void uploadAndFetch()
    {
        m_server = std::make_unique<TestServer>();
        const QString token = tokenFor(Role::Farmer);
        QVERIFY(!token.isEmpty());
        const QByteArray photo = jpeg(300'000);
        const HttpResult created = upload(photo, "image/jpeg", token);
        QCOMPARE(created.status, 201);
        const QString hash = sha256(photo);
        QCOMPARE(created.json(),
            (QJsonObject {
                {u"hash"_s, hash}, {u"url"_s, u"/media/"_s + hash}, {u"content_type"_s, u"image/jpeg"_s}}));

        const HttpResult fetched = http(u"/media/"_s + hash);
        QCOMPARE(fetched.status, 200);
        QCOMPARE(fetched.body, photo);
        QCOMPARE(fetched.contentType, "image/jpeg");
        QCOMPARE(fetched.cacheControl, "public, max-age=31536000, immutable");

        // Each upload is audited; the bytes are kept once.
        QCOMPARE(upload(photo, "image/jpeg", token).status, 201);
        QCOMPARE(filesIn(mediaDir()), 1);
        server::AuditFilter filter;
        filter.op = u"media.upload"_s;
        filter.target = u"media:"_s + hash;
        const auto records = m_server->parts().auditLog.list(filter);
        QCOMPARE(records.size(), 2);
        const QJsonObject record = records.last().toJson();
        QCOMPARE(record.value(u"actor_id"_s).toInteger(), m_user.id);
        QCOMPARE(record.value(u"actor_role"_s), u"farmer"_s);
        QCOMPARE(record.value(u"after"_s)[u"content_type"_s], u"image/jpeg"_s);
        QCOMPARE(record.value(u"after"_s)[u"bytes"_s].toInteger(), photo.size());
        QCOMPARE(record.value(u"after"_s)[u"new"_s], true);
        QCOMPARE(records.first().toJson().value(u"after"_s)[u"new"_s], false);
    }

    void uploadByRole_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("farmer") << int(Role::Farmer) << 201 << QString();
        QTest::newRow("field agent") << int(Role::FieldAgent) << 201 << QString();
        QTest::newRow("admin") << int(Role::Admin) << 201 << QString();
        QTest::newRow("trader") << int(Role::Trader) << 403 << u"forbidden"_s;
        QTest::newRow("business seller") << int(Role::BusinessSeller) << 201 << QString();
        QTest::newRow("guest") << int(Role::Guest) << 401 << u"unauthenticated"_s;
    }

    void uploadByRole()
    {
        QFETCH(int, role);
        m_server = std::make_unique<TestServer>();
        const QString token = Role(role) == Role::Guest ? QString() : tokenFor(Role(role));
        const qint64 audits = m_server->rowCount(u"audit_log"_s);
        const HttpResult result = upload(png(), "image/png", token);
        QTEST(result.status, "status");
        QTEST(result.errorCode(), "code");
        QCOMPARE(m_server->rowCount(u"audit_log"_s), audits + (result.status == 201 ? 1 : 0));
        QCOMPARE(filesIn(mediaDir()), result.status == 201 ? 1 : 0);
    }

    void uploadRefusals_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("type");
        QTest::addColumn<QString>("token");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QString good = u"$farmer"_s;
        QTest::newRow("gif") << QByteArray("GIF89a0000") << QByteArray("image/gif") << good << 415
                             << u"invalid_value"_s;
        QTest::newRow("octet stream")
            << jpeg() << QByteArray("application/octet-stream") << good << 415 << u"invalid_value"_s;
        QTest::newRow("jpeg called png")
            << jpeg() << QByteArray("image/png") << good << 415 << u"invalid_value"_s;
        QTest::newRow("text called webp")
            << QByteArray("not an image") << QByteArray("image/webp") << good << 415 << u"invalid_value"_s;
        QTest::newRow("over 5 MiB") << jpeg(MediaStore::kMaxPhotoBytes + 1) << QByteArray("image/jpeg")
                                    << good << 413 << u"invalid_value"_s;
        QTest::newRow("forged token")
            << jpeg() << QByteArray("image/jpeg") << u"eyJ.forged.token"_s << 401 << u"token_invalid"_s;
        QTest::newRow("banned farmer")
            << jpeg() << QByteArray("image/jpeg") << u"$banned"_s << 403 << u"account_banned"_s;
    }

    void uploadRefusals()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, type);
        QFETCH(QString, token);
        m_server = std::make_unique<TestServer>();
        if (token.startsWith(u'$')) {
            const QString farmerToken = tokenFor(Role::Farmer);
            if (token == u"$banned"_s) {
                m_server->parts().users.setBanned(m_user.id, true, u"test"_s);
            }
            token = farmerToken;
        }
        const qint64 audits = m_server->rowCount(u"audit_log"_s);
        const HttpResult result = upload(body, type, token);
        QTEST(result.status, "status");
        QTEST(result.errorCode(), "code");
        QVERIFY(!result.json()[u"error"_s][u"message"_s].toString().isEmpty());
        QCOMPARE(m_server->rowCount(u"audit_log"_s), audits);
        QCOMPARE(filesIn(mediaDir()), 0);
    }

    void fetchUnknownIs404_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("unknown hash") << u"/media/"_s + QString(64, u'0');
        QTest::newRow("upper-case hash") << u"/media/"_s + sha256(jpeg()).toUpper();
        QTest::newRow("short") << u"/media/abc"_s;
        QTest::newRow("with extension") << u"/media/"_s + sha256(jpeg()) + u".jpg"_s;
        QTest::newRow("encoded parent path") << u"/media/..%2F..%2Fetc%2Fpasswd"_s;
        QTest::newRow("no hash") << u"/media/"_s;
    }

    void fetchUnknownIs404()
    {
        QFETCH(QString, path);
        m_server = std::make_unique<TestServer>();
        MediaStore &store = m_server->parts().media;
        QVERIFY(std::holds_alternative<StoredMedia>(store.store(jpeg(), u"image/jpeg"_s)));
        QCOMPARE(http(path).status, 404);
        QCOMPARE(http(u"/media/"_s + sha256(jpeg())).status, 200);
    }

private:
    std::unique_ptr<TestServer> m_server;
    server::User m_user;
    QNetworkAccessManager m_network;
};

QTEST_GUILESS_MAIN(TestMedia)
#include "tst_media.moc"
