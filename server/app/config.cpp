// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/config.h"

#include "storage/databaseurl.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QUrl>

namespace boli::server {
namespace {
using namespace Qt::StringLiterals;

/// One setting and the names it goes by in each source.
struct Key
{
    QString option; ///< --option and the INI key (with '-' for '_')
    QString environment;
    QString valueName;
    QString help;
};

const QList<Key> &keys()
{
    static const QList<Key> all {
        {u"host"_s, u"BOLI_HOST"_s, u"address"_s, u"Address to listen on (default: all)."_s},
        {u"port"_s, u"BOLI_PORT"_s, u"port"_s,
            u"Port for HTTP and the WebSocket /ws (default 8080; 0 picks one)."_s},
        {u"db"_s, u"BOLI_DB"_s, u"url"_s,
            u"sqlite:/path/file.db or postgres://user[:pw]@host[:port]/db (default sqlite in the data dir)."_s},
        {u"data-dir"_s, u"BOLI_DATA_DIR"_s, u"dir"_s,
            u"Folder for the SQLite file, media and the token key (default ./var)."_s},
        {u"log-level"_s, u"BOLI_LOG_LEVEL"_s, u"level"_s, u"debug, info, warning or error (default info)."_s},
        {u"log-format"_s, u"BOLI_LOG_FORMAT"_s, u"format"_s, u"text or json (default text)."_s},
        {u"hash-cost"_s, u"BOLI_HASH_COST"_s, u"cost"_s,
            u"Argon2id cost: interactive, moderate or test (default interactive)."_s},
        {u"prices-api-key"_s, u"BOLI_PRICES_API_KEY"_s, u"key"_s,
            u"data.gov.in API key for the daily mandi prices (none: imports and the shipped sample)."_s},
        {u"prices-url"_s, u"BOLI_PRICES_URL"_s, u"url"_s,
            u"Base URL of the price API (default https://api.data.gov.in)."_s},
        {u"prices-resource"_s, u"BOLI_PRICES_RESOURCE"_s, u"id"_s,
            u"data.gov.in resource id of the daily mandi price dataset."_s},
        {u"prices-interval-minutes"_s, u"BOLI_PRICES_INTERVAL_MINUTES"_s, u"minutes"_s,
            u"Minutes between price fetches, 0-10080; 0 = never (default 360)."_s},
        {u"prices-timeout-seconds"_s, u"BOLI_PRICES_TIMEOUT_SECONDS"_s, u"seconds"_s,
            u"A price page that stalls this long fails the fetch, 1-600 (default 60)."_s},
    };
    return all;
}

std::optional<QString> applyPrices(
    Config &config, const QString &key, const QString &value, const QString &source)
{
    // Any API key is accepted as given, so no error below ever quotes one.
    auto bad = [&](const QString &why) {
        return u"%1: '%2' for %3 %4"_s.arg(source, value, key, why);
    };
    const auto number = [&](int low, int high, int &target) -> std::optional<QString> {
        bool ok = false;
        const int parsed = value.toInt(&ok);
        if (!ok || parsed < low || parsed > high) {
            return bad(u"is not a whole number from %1 to %2"_s.arg(low).arg(high));
        }
        target = parsed;
        return std::nullopt;
    };
    if (key == u"prices-api-key"_s) {
        config.pricesApiKey = value.trimmed();
    } else if (key == u"prices-url"_s) {
        const QUrl url(value, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s)
            || url.host().isEmpty()) {
            return bad(u"is not an http(s) URL"_s);
        }
        config.pricesUrl = value;
    } else if (key == u"prices-resource"_s) {
        if (value.trimmed().isEmpty() || value.contains(u'/') || value.contains(u'?')) {
            return bad(u"is not a resource id"_s);
        }
        config.pricesResource = value.trimmed();
    } else if (key == u"prices-interval-minutes"_s) {
        return number(0, 10'080, config.pricesIntervalMinutes);
    } else if (key == u"prices-timeout-seconds"_s) {
        return number(1, 600, config.pricesTimeoutSeconds);
    }
    return std::nullopt;
}

std::optional<QString> apply(Config &config, const QString &key, const QString &value, const QString &source)
{
    auto bad = [&](const QString &why) {
        return u"%1: '%2' for %3 %4"_s.arg(source, value, key, why);
    };
    if (key == u"host"_s) {
        QHostAddress address;
        if (!address.setAddress(value)) {
            return bad(u"is not an IP address"_s);
        }
        config.host = address;
    } else if (key == u"port"_s) {
        bool ok = false;
        const uint port = value.toUInt(&ok);
        if (!ok || port > 65535) {
            return bad(u"is not a port number (0-65535)"_s);
        }
        config.port = static_cast<quint16>(port);
    } else if (key == u"db"_s) {
        const auto url = DatabaseUrl::parse(value);
        if (const auto *error = std::get_if<QString>(&url)) {
            return u"%1: %2"_s.arg(source, *error);
        }
        config.databaseUrl = value;
    } else if (key == u"data-dir"_s) {
        if (value.isEmpty()) {
            return bad(u"must not be empty"_s);
        }
        config.dataDir = value;
    } else if (key == u"log-level"_s) {
        if (!QStringList {u"debug"_s, u"info"_s, u"warning"_s, u"error"_s}.contains(value)) {
            return bad(u"is not one of debug, info, warning, error"_s);
        }
        config.logLevel = value;
    } else if (key == u"log-format"_s) {
        if (value != u"text"_s && value != u"json"_s) {
            return bad(u"is not text or json"_s);
        }
        config.logFormat = value;
    } else if (key == u"hash-cost"_s) {
        if (value == u"interactive"_s) {
            config.hashCost = PasswordHasher::Cost::Interactive;
        } else if (value == u"moderate"_s) {
            config.hashCost = PasswordHasher::Cost::Moderate;
        } else if (value == u"test"_s) {
            config.hashCost = PasswordHasher::Cost::TestMinimum;
        } else {
            return bad(u"is not interactive, moderate or test"_s);
        }
    }
    return applyPrices(config, key, value, source);
}

std::optional<QString> applyFile(Config &config, const QString &path)
{
    if (!QFileInfo(path).isReadable()) {
        return u"config file '%1' cannot be read"_s.arg(path);
    }
    QSettings file(path, QSettings::IniFormat);
    if (file.status() != QSettings::NoError) {
        return u"config file '%1' is not a valid INI file"_s.arg(path);
    }
    const QStringList fileKeys = file.allKeys();
    for (const QString &fileKey : fileKeys) {
        const QString key = QString(fileKey).replace(u'_', u'-');
        const bool known =
            std::any_of(keys().cbegin(), keys().cend(), [&](const Key &k) { return k.option == key; });
        if (!known) {
            return u"config file '%1': unknown key '%2'"_s.arg(path, fileKey);
        }
        if (auto error =
                apply(config, key, file.value(fileKey).toString(), u"config file '%1'"_s.arg(path))) {
            return error;
        }
    }
    return std::nullopt;
}

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(u"Boli auction server. Commands:\n"
                                     "  serve          run the server (default)\n"
                                     "  migrate        apply database migrations and exit\n"
                                     "  verify-audit   check the audit log's hash chain; exit 1 if broken\n"
                                     "  seed-demo      add demo accounts for a trial run (idempotent)\n"
                                     "  create-admin   create an admin: create-admin PHONE_OR_EMAIL NAME "
                                     "(password from BOLI_ADMIN_PASSWORD)\n"
                                     "  import-prices  import a mandi price file: import-prices FILE"_s);
    parser.addPositionalArgument(
        u"command"_s, u"serve, migrate, verify-audit, seed-demo, create-admin or import-prices."_s);
    parser.addOption({u"config"_s, u"INI file with the settings below (env BOLI_CONFIG)."_s, u"file"_s});
    for (const Key &key : keys()) {
        parser.addOption({key.option, key.help + u" Env: "_s + key.environment + u'.', key.valueName});
    }
    parser.addHelpOption();
    parser.addVersionOption();
}

} // namespace

QString Config::effectiveDatabaseUrl() const
{
    return databaseUrl.isEmpty() ? u"sqlite:"_s + QDir(dataDir).filePath(u"boli.db"_s) : databaseUrl;
}

std::variant<Config, QString> ConfigLoader::load(
    const QStringList &arguments, const QProcessEnvironment &environment)
{
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(arguments)) {
        return parser.errorText();
    }
    Config config;
    config.showHelp = parser.isSet(u"help"_s);
    config.showVersion = parser.isSet(u"version"_s);
    const QString file =
        parser.isSet(u"config"_s) ? parser.value(u"config"_s) : environment.value(u"BOLI_CONFIG"_s);
    if (!file.isEmpty()) {
        if (auto error = applyFile(config, file)) {
            return *error;
        }
    }
    for (const Key &key : keys()) {
        if (environment.contains(key.environment)) {
            if (auto error = apply(config, key.option, environment.value(key.environment), key.environment)) {
                return *error;
            }
        }
        if (parser.isSet(key.option)) {
            if (auto error = apply(config, key.option, parser.value(key.option), u"--"_s + key.option)) {
                return *error;
            }
        }
    }
    QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        config.command = positional.takeFirst();
        config.commandArguments = positional;
    }
    static const QStringList commands {
        u"serve"_s, u"migrate"_s, u"verify-audit"_s, u"seed-demo"_s, u"create-admin"_s, u"import-prices"_s};
    if (!commands.contains(config.command)) {
        return u"unknown command '%1' (expected one of: %2)"_s.arg(config.command, commands.join(u", "_s));
    }
    return config;
}

QString ConfigLoader::helpText()
{
    QCommandLineParser parser;
    addOptions(parser);
    return parser.helpText();
}

} // namespace boli::server
