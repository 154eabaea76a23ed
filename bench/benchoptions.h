// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hotlisting.h"
#include "marketsetup.h"
#include "soak.h"
#include "widemarket.h"

#include <QCoreApplication>
#include <variant>

namespace boli::bench {

enum class Scenario { HotListing, WideMarket, Soak };

/// @brief The command line: which scenario, its sizes, and which server.
struct BenchOptions
{
    Scenario scenario = Scenario::HotListing;
    HotListing::Options hot;
    WideMarket::Options wide;
    Soak::Options soak;
    int traders = 0; ///< trader accounts the setup makes and logs in
    int listings = 1; ///< live listings the setup makes
    bool smoke = false;
    QUrl url;
    qint64 serverPid = 0;
    QString serverBinary;
    QString dataParent;
    QString databaseUrl;
    QString adminLogin;
    QString adminPassword;

    /// The options, or what is wrong with the command line. Handles --help itself.
    [[nodiscard]] static std::variant<BenchOptions, QString> parse(const QCoreApplication &app);
    /// Points every scenario at the server (a started one has its url and pid only now).
    void setServer(const QUrl &serverUrl, qint64 pid);
    [[nodiscard]] MarketSetup::Options setupOptions() const;
    /// When a run that has not ended is given up: setup, warm-up, window and a margin.
    [[nodiscard]] int deadlineSeconds() const;
};

} // namespace boli::bench
