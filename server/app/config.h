// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/passwordhasher.h"

#include <QHostAddress>
#include <QProcessEnvironment>
#include <QStringList>
#include <variant>

namespace boli::server {

/// @brief Everything the server is told at start: from flags, then BOLI_* variables, then a file.
struct Config
{
    QString command = QStringLiteral("serve");
    QStringList commandArguments;
    QHostAddress host = QHostAddress::Any;
    quint16 port = 8080;
    QString dataDir = QStringLiteral("var");
    QString databaseUrl; ///< empty: sqlite:<dataDir>/boli.db
    QString logLevel = QStringLiteral("info");
    QString logFormat = QStringLiteral("text");
    PasswordHasher::Cost hashCost = PasswordHasher::Cost::Interactive;
    /// Mandi prices (docs/market-prices.md): the data.gov.in key is a secret, never in the repo.
    QString pricesApiKey;
    QString pricesUrl = QStringLiteral("https://api.data.gov.in");
    QString pricesResource = QStringLiteral("9ef84268-d588-465a-a308-a864a43d0070");
    int pricesIntervalMinutes = 360; ///< 0: no scheduled fetch
    int pricesTimeoutSeconds = 60;
    bool showHelp = false;
    bool showVersion = false;

    [[nodiscard]] QString effectiveDatabaseUrl() const;
};

/// @brief Reads a Config from the command line, the environment and an optional INI file.
///
/// Precedence: flag > environment > file > default. Anything unknown or malformed is an error
/// naming the source and the key, and the server does not start.
class ConfigLoader
{
public:
    [[nodiscard]] static std::variant<Config, QString> load(
        const QStringList &arguments, const QProcessEnvironment &environment);
    [[nodiscard]] static QString helpText();
};

} // namespace boli::server
