// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/databaseurl.h"

#include <QTest>

using namespace Qt::StringLiterals;
using boli::server::DatabaseUrl;
using boli::server::SqlDialect;

/// @brief Reads the --database setting: SQLite paths and postgres:// URLs, with errors a person can act on.
class TestDatabaseUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void parseErrors_data();
    void parseErrors();
    void redacted_data();
    void redacted();
};

void TestDatabaseUrl::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<SqlDialect>("dialect");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("name");

    const QString defaultHost = u"127.0.0.1"_s;
    const auto sqlite = [&](const char *tag, const QString &text, const QString &path) {
        QTest::newRow(tag) << text << SqlDialect::Sqlite << path << defaultHost << 5432 << QString()
                           << QString() << QString();
    };
    sqlite("sqlite: absolute", u"sqlite:/tmp/x.db"_s, u"/tmp/x.db"_s);
    sqlite("sqlite:// absolute", u"sqlite:///tmp/x.db"_s, u"/tmp/x.db"_s);
    sqlite("sqlite: relative", u"sqlite:data/boli.db"_s, u"data/boli.db"_s);
    sqlite("bare absolute path", u"/var/boli.db"_s, u"/var/boli.db"_s);
    sqlite("bare relative path", u"boli.db"_s, u"boli.db"_s);

    QTest::newRow("postgres, every part") << u"postgres://u:p@h:6000/db"_s << SqlDialect::Postgres
                                          << QString() << u"h"_s << 6000 << u"u"_s << u"p"_s << u"db"_s;
    QTest::newRow("postgresql, default port") << u"postgresql://u@h/db"_s << SqlDialect::Postgres << QString()
                                              << u"h"_s << 5432 << u"u"_s << QString() << u"db"_s;
    QTest::newRow("percent-encoded password")
        << u"postgres://boli:p%40ss@db.example.com/market"_s << SqlDialect::Postgres << QString()
        << u"db.example.com"_s << 5432 << u"boli"_s << u"p@ss"_s << u"market"_s;
    QTest::newRow("IP host") << u"postgres://postgres@127.0.0.1:41234/boli_test"_s << SqlDialect::Postgres
                             << QString() << u"127.0.0.1"_s << 41234 << u"postgres"_s << QString()
                             << u"boli_test"_s;
}

void TestDatabaseUrl::parse()
{
    QFETCH(QString, text);

    const auto parsed = DatabaseUrl::parse(text);
    if (const auto *error = std::get_if<QString>(&parsed)) {
        QFAIL(qPrintable(u"rejected: "_s + *error));
    }
    const auto &url = std::get<DatabaseUrl>(parsed);
    QTEST(url.dialect, "dialect");
    QTEST(url.path, "path");
    QTEST(url.host, "host");
    QTEST(url.port, "port");
    QTEST(url.user, "user");
    QTEST(url.password, "password");
    QTEST(url.name, "name");
}

void TestDatabaseUrl::parseErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("secret"); ///< a password the message must not repeat, if any

    QTest::newRow("no user") << u"postgres://h/db"_s << QString();
    QTest::newRow("no database") << u"postgres://u@h/"_s << QString();
    QTest::newRow("no path at all") << u"postgres://u@h"_s << QString();
    QTest::newRow("nested path") << u"postgres://u@h/db/extra"_s << QString();
    QTest::newRow("no host") << u"postgres://u@/db"_s << QString();
    QTest::newRow("port not a number") << u"postgres://u@h:abc/db"_s << QString();
    QTest::newRow("other scheme") << u"mysql://x"_s << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("sqlite: without path") << u"sqlite:"_s << QString();
    QTest::newRow("sqlite:// without path") << u"sqlite://"_s << QString();
    // Error messages end up in logs and on the console: they must not carry the password.
    QTest::newRow("no database, password") << u"postgres://u:hunter2@h/"_s << u"hunter2"_s;
    QTest::newRow("no user, password") << u"postgres://:hunter2@h/db"_s << u"hunter2"_s;
    QTest::newRow("no host, password") << u"postgres://u:hunter2@/db"_s << u"hunter2"_s;
    QTest::newRow("bad character, password") << u"postgres://u:hunter2 x@h/db"_s << u"hunter2"_s;
}

void TestDatabaseUrl::parseErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, secret);

    const auto parsed = DatabaseUrl::parse(text);
    const auto *error = std::get_if<QString>(&parsed);
    QVERIFY2(error, qPrintable(u"'%1' was accepted"_s.arg(text)));
    QVERIFY(!error->trimmed().isEmpty());
    QVERIFY2(error->contains(u' '), qPrintable(*error)); // a sentence, not a bare token
    if (!secret.isEmpty()) {
        QVERIFY2(!error->contains(secret), qPrintable(*error));
    }
}

void TestDatabaseUrl::redacted_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("password hidden") << u"postgres://boli:hunter2@h:6000/market"_s
                                     << u"postgres://boli:***@h:6000/market"_s;
    QTest::newRow("encoded password hidden")
        << u"postgres://boli:p%40ss@h/market"_s << u"postgres://boli:***@h:5432/market"_s;
    QTest::newRow("no password") << u"postgresql://boli@h/market"_s << u"postgres://boli@h:5432/market"_s;
    QTest::newRow("sqlite") << u"sqlite:///tmp/x.db"_s << u"sqlite:/tmp/x.db"_s;
    QTest::newRow("bare path") << u"/var/boli.db"_s << u"sqlite:/var/boli.db"_s;
}

void TestDatabaseUrl::redacted()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);

    const auto parsed = DatabaseUrl::parse(text);
    QVERIFY(std::holds_alternative<DatabaseUrl>(parsed));
    const QString redacted = std::get<DatabaseUrl>(parsed).redacted();
    QCOMPARE(redacted, expected);
    QVERIFY(!redacted.contains(u"hunter2"_s));
    QVERIFY(!redacted.contains(u"p@ss"_s));
}

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "tst_databaseurl.moc"
