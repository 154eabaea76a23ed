// SPDX-License-Identifier: GPL-3.0-or-later
// The price settings of the server's configuration: read from flags, BOLI_PRICES_* variables and the
// INI file with the usual precedence, and bad values refused naming the key.

#include "app/config.h"

#include <QTemporaryDir>
#include <QTest>

using namespace boli::server;
using namespace Qt::StringLiterals;

namespace {
std::variant<Config, QString> load(const QStringList &flags, const QStringList &environment = {})
{
    QProcessEnvironment env;
    for (const QString &pair : environment) {
        env.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
    }
    return ConfigLoader::load(QStringList {u"boli-server"_s} + flags, env);
}
} // namespace

class TestPriceConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults()
    {
        const auto loaded = load({});
        QVERIFY(std::holds_alternative<Config>(loaded));
        const Config &config = std::get<Config>(loaded);
        QVERIFY(config.pricesApiKey.isEmpty());
        QCOMPARE(config.pricesUrl, u"https://api.data.gov.in"_s);
        QCOMPARE(config.pricesResource, u"9ef84268-d588-465a-a308-a864a43d0070"_s);
        QCOMPARE(config.pricesIntervalMinutes, 360);
        QCOMPARE(config.pricesTimeoutSeconds, 60);
    }

    void flagOverEnvironmentOverFile()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(u"boli.ini"_s);
        QFile file(ini);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("prices_api_key = from-file\nprices_interval_minutes = 30\nprices_timeout_seconds = 5\n");
        file.close();
        const auto loaded = load({u"--config"_s, ini, u"--prices-interval-minutes"_s, u"0"_s},
            {u"BOLI_PRICES_API_KEY=from-env"_s, u"BOLI_PRICES_URL=http://127.0.0.1:8099/mirror"_s});
        QVERIFY(std::holds_alternative<Config>(loaded));
        const Config &config = std::get<Config>(loaded);
        QCOMPARE(config.pricesApiKey, u"from-env"_s);
        QCOMPARE(config.pricesUrl, u"http://127.0.0.1:8099/mirror"_s);
        QCOMPARE(config.pricesIntervalMinutes, 0);
        QCOMPARE(config.pricesTimeoutSeconds, 5);
    }

    void badValuesAreRefused_data()
    {
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<QString>("message");
        QTest::newRow("not http") << QStringList {u"--prices-url"_s, u"ftp://mirror"_s}
                                  << u"--prices-url: 'ftp://mirror' for prices-url is not an http(s) URL"_s;
        QTest::newRow("interval too long")
            << QStringList {u"--prices-interval-minutes"_s, u"10081"_s}
            << u"--prices-interval-minutes: '10081' for prices-interval-minutes is "
               "not a whole number from 0 to 10080"_s;
        QTest::newRow("timeout zero")
            << QStringList {u"--prices-timeout-seconds"_s, u"0"_s}
            << u"--prices-timeout-seconds: '0' for prices-timeout-seconds is not a whole "
               "number from 1 to 600"_s;
        QTest::newRow("resource with a path")
            << QStringList {u"--prices-resource"_s, u"../admin"_s}
            << u"--prices-resource: '../admin' for prices-resource is not a "
               "resource id"_s;
    }

    void badValuesAreRefused()
    {
        QFETCH(QStringList, flags);
        QFETCH(QString, message);
        const auto loaded = load(flags);
        QVERIFY(std::holds_alternative<QString>(loaded));
        QCOMPARE(std::get<QString>(loaded), message);
    }
};

QTEST_GUILESS_MAIN(TestPriceConfig)
#include "tst_priceconfig.moc"
