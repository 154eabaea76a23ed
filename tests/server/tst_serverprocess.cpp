// SPDX-License-Identifier: GPL-3.0-or-later
// The real boli-server binary run as a process on the engine under test: its command line, config
// precedence, serving and stopping on SIGTERM, and the maintenance commands.

#include "storage/database.h"
#include "testclient.h"
#include "testdatabase.h"
#include "waitfor.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace boli;
using namespace Qt::StringLiterals;
using boli::test::TestClient;
using boli::test::TestDatabase;

namespace {

const QString kBinary = QStringLiteral(BOLI_SERVER_BINARY);

/// What a finished command left behind.
struct Finished
{
    int code = -1;
    QString out;
    QString err;
    [[nodiscard]] QString all() const { return out + err; }
};

struct HttpAnswer
{
    int status = 0;
    QJsonObject body;
};

/// A port free a moment ago: the server is told it, since a process cannot report a port-0 choice.
quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

/// This process's environment without BOLI_* settings or log filters: only what a test sets counts.
QProcessEnvironment cleanEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &key : environment.keys()) {
        if (key.startsWith(u"BOLI_"_s) || key == u"QT_LOGGING_RULES"_s) {
            environment.remove(key);
        }
    }
    return environment;
}

HttpAnswer get(quint16 port, const QString &path)
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    std::unique_ptr<QNetworkReply> reply(
        network.get(QNetworkRequest(QUrl(u"http://127.0.0.1:%1%2"_s.arg(port).arg(path)))));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!finished.wait(5'000)) {
        return {};
    }
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
        QJsonDocument::fromJson(reply->readAll()).object()};
}

} // namespace

class TestServerProcess : public QObject
{
    Q_OBJECT

private:
    /// Data dir, database and a fast hash: what every command here is given.
    QStringList common() const
    {
        return {u"--data-dir"_s, m_dataDir->path(), u"--db"_s, m_database->urlText(), u"--hash-cost"_s,
            u"test"_s, u"--host"_s, u"127.0.0.1"_s};
    }

    Finished run(const QStringList &arguments, const QProcessEnvironment &environment = cleanEnvironment())
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(kBinary, arguments);
        if (!process.waitForFinished(30'000)) {
            process.kill();
            process.waitForFinished();
            return {-1, {}, u"did not finish in 30 s"_s};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
    }

    /// Starts `serve` and polls /health on `port` until it answers 200; the answer, or status 0.
    HttpAnswer serve(const QStringList &arguments, quint16 port,
        const QProcessEnvironment &environment = cleanEnvironment())
    {
        m_serve = std::make_unique<QProcess>();
        m_serve->setProcessEnvironment(environment);
        m_serve->start(kBinary, common() + arguments + QStringList {u"serve"_s});
        QSignalSpy output(m_serve.get(), &QProcess::readyReadStandardError);
        for (int attempt = 0; attempt < 100 && m_serve->state() != QProcess::NotRunning; ++attempt) {
            const HttpAnswer health = get(port, u"/health"_s);
            if (health.status == 200) {
                return health;
            }
            output.wait(200); // the next log line, or a short pause before polling again
        }
        return {};
    }

    /// The exit code once `serve` has stopped; -1 if it did not within 10 s or died of a signal.
    /// Its log is kept in m_serveLog, and shown when it did not stop well.
    int exitCode()
    {
        // waitForFinished() answers false when the process has already finished.
        const bool finished = m_serve->state() == QProcess::NotRunning || m_serve->waitForFinished(10'000);
        m_serveLog = QString::fromUtf8(m_serve->readAllStandardError());
        if (!finished || m_serve->exitStatus() != QProcess::NormalExit || m_serve->exitCode() != 0) {
            qWarning().noquote() << "serve did not stop cleanly:" << m_serve->exitStatus()
                                 << m_serve->exitCode() << m_serve->errorString() << "\n"
                                 << m_serveLog;
        }
        return finished && m_serve->exitStatus() == QProcess::NormalExit ? m_serve->exitCode() : -1;
    }

    int terminate()
    {
        m_serve->terminate();
        return exitCode();
    }

    protocol::Reply loginOn(quint16 port, const QString &login, const QString &secret, bool pin)
    {
        const protocol::Reply failed {{}, {}, Error::of(ErrorCode::InternalError, u"no connection"_s), 0};
        TestClient client;
        if (!test::waitFor(client.open(port)).value_or(false)) {
            return failed;
        }
        return test::waitFor(client.login(login, secret, pin)).value_or(failed);
    }

    /// Runs `sql` on the audit log behind the server's back, once the append-only trigger is gone.
    void tamper(const QString &sql, const QString &sqliteTrigger)
    {
        const auto database = server::Database::open(m_database->url());
        database->execute(database->dialect() == server::SqlDialect::Sqlite
                ? u"DROP TRIGGER "_s + sqliteTrigger
                : u"DROP TRIGGER audit_log_append_only ON audit_log"_s);
        database->execute(sql);
    }

private Q_SLOTS:
    void init()
    {
        m_database = std::make_unique<TestDatabase>();
        m_dataDir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dataDir->isValid());
    }

    void cleanup()
    {
        if (m_serve && m_serve->state() != QProcess::NotRunning) {
            m_serve->kill();
            m_serve->waitForFinished();
        }
        m_serve.reset();
        m_dataDir.reset();
        m_database.reset();
    }

    void versionAndHelp()
    {
        const Finished version = run({u"--version"_s});
        QCOMPARE(version.code, 0);
        QVERIFY2(QRegularExpression(u"^boli-server \\d+\\.\\d+\\.\\d+"_s).match(version.out).hasMatch(),
            qPrintable(version.out));

        const Finished help = run({u"--help"_s});
        QCOMPARE(help.code, 0);
        for (const QString &word : {u"serve"_s, u"verify-audit"_s, u"seed-demo"_s, u"--db"_s, u"--port"_s}) {
            QVERIFY2(help.out.contains(word), qPrintable(word));
        }
    }

    void badConfigurationExitsTwoNamingTheProblem_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("environment");
        QTest::addColumn<QString>("configFile");
        QTest::addColumn<QString>("named");
        QTest::newRow("port not a number")
            << QStringList {u"--port"_s, u"abc"_s} << QString() << QString() << u"abc"_s;
        QTest::newRow("unknown log level")
            << QStringList {u"--log-level"_s, u"loud"_s} << QString() << QString() << u"loud"_s;
        QTest::newRow("unsupported database")
            << QStringList {u"--db"_s, u"mysql://x"_s} << QString() << QString() << u"mysql://x"_s;
        QTest::newRow("unknown command")
            << QStringList {u"frobnicate"_s} << QString() << QString() << u"frobnicate"_s;
        QTest::newRow("unknown key in the config file")
            << QStringList() << QString() << u"port=8080\ncolour=blue\n"_s << u"colour"_s;
        QTest::newRow("port out of range in the environment")
            << QStringList() << u"BOLI_PORT=99999"_s << QString() << u"BOLI_PORT"_s;
    }

    void badConfigurationExitsTwoNamingTheProblem()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, environment);
        QFETCH(QString, configFile);
        QFETCH(QString, named);
        QProcessEnvironment env = cleanEnvironment();
        if (!environment.isEmpty()) {
            env.insert(environment.section(u'=', 0, 0), environment.section(u'=', 1));
        }
        QStringList all = common() + QStringList {u"--port"_s, QString::number(freePort())};
        if (!configFile.isEmpty()) {
            QFile file(m_dataDir->filePath(u"boli.ini"_s));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(configFile.toUtf8());
            file.close();
            all << u"--config"_s << file.fileName();
        }
        const Finished finished = run(all + arguments, env);
        QVERIFY2(finished.err.contains(named), qPrintable(finished.all()));
        QCOMPARE(finished.code, 2);
    }

    void portComesFromFlagThenEnvironmentThenFile_data()
    {
        QTest::addColumn<bool>("withEnvironment");
        QTest::addColumn<bool>("withFlag");
        QTest::newRow("file alone") << false << false;
        QTest::newRow("environment over file") << true << false;
        QTest::newRow("flag over environment") << true << true;
    }

    void portComesFromFlagThenEnvironmentThenFile()
    {
        QFETCH(bool, withEnvironment);
        QFETCH(bool, withFlag);
        const quint16 filePort = freePort(), envPort = freePort(), flagPort = freePort();
        QFile file(m_dataDir->filePath(u"boli.ini"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("port=" + QByteArray::number(filePort) + "\n");
        file.close();
        QProcessEnvironment environment = cleanEnvironment();
        if (withEnvironment) {
            environment.insert(u"BOLI_PORT"_s, QString::number(envPort));
        }
        QStringList arguments {u"--config"_s, file.fileName()};
        if (withFlag) {
            arguments << u"--port"_s << QString::number(flagPort);
        }
        const quint16 expected = withFlag ? flagPort : withEnvironment ? envPort : filePort;
        QCOMPARE(serve(arguments, expected, environment).status, 200);
        QCOMPARE(terminate(), 0);
    }

    void serveAnswersAndStopsCleanlyOnSigterm()
    {
        const quint16 port = freePort();
        const HttpAnswer health = serve({u"--port"_s, QString::number(port)}, port);
        QCOMPARE(health.status, 200);
        QCOMPARE(health.body.value(u"status"_s).toString(), u"ok"_s);
        QCOMPARE(health.body.value(u"database"_s).toString(), TestDatabase::engine());

        TestClient client;
        QVERIFY(*test::waitFor(client.open(port, false)));
        const auto hello =
            *test::waitFor(client.request(u"hello"_s, {{u"protocol"_s, 1}, {u"device_id"_s, u"proc"_s}}));
        QCOMPARE(hello.fields.value(u"protocol"_s).toInt(), 1);
        QVERIFY(qAbs(hello.serverTimeMs - QDateTime::currentMSecsSinceEpoch()) < 5'000);

        const HttpAnswer info = get(port, u"/api/v1/info"_s);
        QCOMPARE(info.status, 200);
        QCOMPARE(info.body.value(u"name"_s).toString(), u"boli-server"_s);
        QCOMPARE(get(port, u"/no/such/path"_s).status, 404);

        struct stat key = {};
        QCOMPARE(::stat(QFile::encodeName(m_dataDir->filePath(u"token.key"_s)).constData(), &key), 0);
        QCOMPARE(key.st_mode & 0777, 0600u);

        m_serve->terminate();
        QCOMPARE(test::waitFor(client.waitClosed()).value_or(std::nullopt), std::optional<int>(1001));
        QCOMPARE(exitCode(), 0);
        QVERIFY2(m_serveLog.contains(u"stopped cleanly"_s), qPrintable(m_serveLog));
    }

    void seedDemoIsIdempotentAndTheDemoFarmerLogsIn()
    {
        const Finished first = run(common() + QStringList {u"seed-demo"_s});
        QCOMPARE(first.code, 0);
        QVERIFY2(
            first.out.contains(u"9800000001"_s) && first.out.contains(u"(created)"_s), qPrintable(first.out));
        const Finished second = run(common() + QStringList {u"seed-demo"_s});
        QCOMPARE(second.code, 0);
        QVERIFY2(second.out.contains(u"(exists)"_s) && !second.out.contains(u"(created)"_s),
            qPrintable(second.out));

        const quint16 port = freePort();
        QCOMPARE(serve({u"--port"_s, QString::number(port)}, port).status, 200);
        const auto login = loginOn(port, u"9800000001"_s, u"1234"_s, true);
        QVERIFY2(login.ok(), qPrintable(login.error ? login.error->message : QString()));
        QCOMPARE(login.fields[u"user"_s][u"role"_s].toString(), u"farmer"_s);
        QCOMPARE(terminate(), 0);
    }

    void verifyAuditNamesTheBrokenRecord_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("sqliteTrigger");
        QTest::addColumn<QString>("named");
        QTest::newRow("altered record")
            << u"UPDATE audit_log SET after_json = '{\"forged\":true}' WHERE id = 3"_s
            << u"audit_log_no_update"_s << u"record 3:"_s;
        QTest::newRow("deleted record")
            << u"DELETE FROM audit_log WHERE id = 4"_s << u"audit_log_no_delete"_s << u"record 5:"_s;
    }

    void verifyAuditNamesTheBrokenRecord()
    {
        QFETCH(QString, sql);
        QFETCH(QString, sqliteTrigger);
        QFETCH(QString, named);
        QCOMPARE(run(common() + QStringList {u"seed-demo"_s}).code, 0);
        const Finished intact = run(common() + QStringList {u"verify-audit"_s});
        QCOMPARE(intact.code, 0);
        QVERIFY2(intact.out.contains(u"intact"_s), qPrintable(intact.all()));

        tamper(sql, sqliteTrigger);
        const Finished broken = run(common() + QStringList {u"verify-audit"_s});
        QCOMPARE(broken.code, 1);
        QVERIFY2(broken.all().contains(named), qPrintable(broken.all()));
    }

    void createAdminWithPasswordCanLogIn()
    {
        QProcessEnvironment environment = cleanEnvironment();
        environment.insert(u"BOLI_ADMIN_PASSWORD"_s, u"asha-admin-pass"_s);
        const Finished created =
            run(common() + QStringList {u"create-admin"_s, u"+919123456789"_s, u"Asha"_s}, environment);
        QVERIFY2(created.code == 0, qPrintable(created.all()));

        const quint16 port = freePort();
        QCOMPARE(serve({u"--port"_s, QString::number(port)}, port).status, 200);
        const auto login = loginOn(port, u"+919123456789"_s, u"asha-admin-pass"_s, false);
        QVERIFY2(login.ok(), qPrintable(login.error ? login.error->message : QString()));
        QCOMPARE(login.fields[u"user"_s][u"role"_s].toString(), u"admin"_s);
        QCOMPARE(login.fields[u"user"_s][u"display_name"_s].toString(), u"Asha"_s);
        QCOMPARE(terminate(), 0);
    }

    void createAdminWithoutPasswordFails()
    {
        const Finished refused =
            run(common() + QStringList {u"create-admin"_s, u"+919123456789"_s, u"Asha"_s});
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(u"password"_s, Qt::CaseInsensitive), qPrintable(refused.err));
        const Finished verified = run(common() + QStringList {u"verify-audit"_s});
        QVERIFY2(verified.out.contains(u": 0 records"_s), qPrintable(verified.all())); // nothing was created
    }

private:
    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<QProcess> m_serve;
    QString m_serveLog;
};

QTEST_GUILESS_MAIN(TestServerProcess)
#include "tst_serverprocess.moc"
