// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "benchclient.h"
#include "marketsetup.h"
#include "resourcewindow.h"
#include "stats.h"

#include <QCoroTask>
#include <QObject>
#include <memory>
#include <vector>

namespace boli::bench {

/// @brief What one soak run measured, and its printout.
struct SoakReport
{
    QString error;
    int connections = 0;
    bool watching = false;
    qint64 serverRssBeforeKiB = 0; ///< before the first soak connection opened
    qint64 serverRssConnectedKiB = 0; ///< once all were open and authenticated
    double connectSeconds = 0;
    int answeredAtEnd = 0; ///< connections that answered a listing.get after the idle window
    Samples finalReplyUs; ///< that listing.get, sent to all at once
    ResourceFigures resources; ///< the idle window

    [[nodiscard]] bool smokePassed() const { return error.isEmpty() && answeredAtEnd == connections; }
    void print(QTextStream &out) const;
};

/// @brief The soak scenario: N authenticated connections that stay idle; memory and CPU per connection.
///
/// Connections reuse the traders' access tokens round robin (a trader may have several devices).
/// After the idle window every connection is asked for the listing once, to show it is still served.
class Soak : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QUrl url;
        int connections = 10'000;
        bool watch = false; ///< each connection also watches the setup's listing
        int seconds = 20;
        qint64 serverPid = 0;
    };

    Soak(Options options, MarketSetup::Result market, QObject *parent = nullptr);
    ~Soak() override;

    QCoro::Task<SoakReport> run();

private:
    QCoro::Task<QString> connectAll();
    QCoro::Task<> askEveryone();

    Options m_options;
    MarketSetup::Result m_market;
    std::vector<std::unique_ptr<BenchClient>> m_clients;
    ResourceWindow m_resources;
    SoakReport m_report;
};

} // namespace boli::bench
