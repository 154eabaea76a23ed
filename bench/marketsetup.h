// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boli/protocol.h"
#include "completion.h"

#include <QCoroTask>
#include <QStringList>
#include <QUrl>

namespace boli::bench {

class BenchClient;

/// @brief Brings a server to where a scenario starts: listing review off, a farmer, traders with
/// access tokens, and one live listing. Everything goes through the protocol, as a client would.
///
/// Accounts have fixed phone numbers, so running again against the same server reuses them
/// (`already_exists` is fine) and only creates a new listing.
class MarketSetup
{
public:
    struct Options
    {
        QUrl url;
        QString adminLogin;
        QString adminPassword;
        int traders = 0;
        int listings = 1; ///< live listings to create (all alike)
        qint64 startingPrice = 200'000; ///< paise per quintal (₹2,000)
    };

    struct Result
    {
        QString error; ///< empty on success
        qint64 listingId = 0; ///< the first of listingIds
        QList<qint64> listingIds; ///< every listing created, all live
        qint64 minimumBid = 0; ///< the listings' first minimum bid
        QStringList traderTokens; ///< one access token per trader
    };

    explicit MarketSetup(Options options);

    QCoro::Task<Result> run();

    /// A valid Indian mobile number for the n-th bench account of a kind (10 digits, first 9).
    [[nodiscard]] static QString phoneFor(int kind, int n);

private:
    QCoro::Task<QString> adminSettings();
    QCoro::Task<QString> registerAccounts();
    QCoro::Task<QString> logInTraders(QStringList &tokens);
    QCoro::Task<std::variant<QString, protocol::Reply>> logIn(QJsonObject loginFields);
    QCoro::Task<QString> createListings(Result &result);
    QCoro::Task<QString> waitLive(BenchClient &client, Result &result);

    Options m_options;
    int m_logins = 0; ///< login attempts so far, to spread them over loopback addresses
};

/// "what: code: message" for setup errors.
[[nodiscard]] QString describeFailure(const QString &what, const protocol::Reply &reply);
/// Opens `client` on `url`, says hello and, with a token, authenticates; an error or empty.
QCoro::Task<QString> greet(BenchClient &client, QUrl url, QString accessToken = {});

} // namespace boli::bench
