// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoroTask>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QUrl>
#include <chrono>

namespace boli::server {

/// @brief Where and how to fetch the daily mandi price dataset.
struct FetchOptions
{
    /// The data.gov.in API; tests point it at a local server.
    QUrl baseUrl = QUrl(QStringLiteral("https://api.data.gov.in"));
    QString resourceId = QStringLiteral("9ef84268-d588-465a-a308-a864a43d0070");
    QString apiKey; ///< from config or BOLI_PRICES_API_KEY; never logged
    int pageSize = 1000;
    /// Per request: a page that stalls this long (no bytes moving) fails the whole run.
    std::chrono::milliseconds timeout {std::chrono::seconds(60)};
    /// The dataset holds a few tens of thousands of rows a day; more pages than this means the
    /// server is looping or the total is wrong.
    int maxPages = 200;

    /// The page URL; with `redacted` the key is replaced for logs and status.
    [[nodiscard]] QUrl pageUrl(qint64 offset, bool redacted = false) const;
};

/// @brief What one fetch run brought back: every record of every page, or why it failed.
struct FetchResult
{
    bool ok = false;
    QString error;
    int pages = 0;
    qint64 total = 0;
    QJsonArray records;
};

/// @brief Fetches every page of the dataset (docs/market-prices.md, "Fetching").
///
/// All or nothing: a timeout, an HTTP error, malformed JSON or a partial page (fewer records than its
/// `count`, a wrong `offset`, an empty page before `total`) fails the run and returns no records, so
/// the caller keeps what it had.
class PriceFetcher
{
public:
    QCoro::Task<FetchResult> fetchAll(FetchOptions options);

private:
    /// One page's body, or the error that ends the run.
    QCoro::Task<std::variant<QByteArray, QString>> get(
        QUrl url, QUrl shownUrl, std::chrono::milliseconds timeout);

    QNetworkAccessManager m_network;
};

} // namespace boli::server
