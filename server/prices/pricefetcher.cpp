// SPDX-License-Identifier: GPL-3.0-or-later
#include "prices/pricefetcher.h"

#include "prices/datasetfile.h"

#include <QCoroNetworkReply>
#include <QNetworkReply>
#include <QUrlQuery>
#include <memory>

namespace boli::server {
namespace {
using namespace Qt::StringLiterals;

struct ReplyDeleter
{
    void operator()(QNetworkReply *reply) const { reply->deleteLater(); }
};
} // namespace

QUrl FetchOptions::pageUrl(qint64 offset, bool redacted) const
{
    QUrl url = baseUrl;
    QString path = url.path();
    if (!path.endsWith(u'/')) {
        path += u'/';
    }
    url.setPath(path + u"resource/"_s + resourceId);
    QUrlQuery query;
    query.addQueryItem(u"api-key"_s, redacted ? u"REDACTED"_s : apiKey);
    query.addQueryItem(u"format"_s, u"json"_s);
    query.addQueryItem(u"offset"_s, QString::number(offset));
    query.addQueryItem(u"limit"_s, QString::number(pageSize));
    url.setQuery(query);
    return url;
}

QCoro::Task<std::variant<QByteArray, QString>> PriceFetcher::get(
    QUrl url, QUrl shownUrl, std::chrono::milliseconds timeout)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(int(timeout.count()));
    request.setRawHeader("Accept", "application/json");
    const std::unique_ptr<QNetworkReply, ReplyDeleter> reply(m_network.get(request));
    QNetworkReply *raw = reply.get();
    co_await raw;
    const QString where = shownUrl.toString();
    if (reply->error() == QNetworkReply::OperationCanceledError
        || reply->error() == QNetworkReply::TimeoutError) {
        // The transfer timeout aborts the reply; nothing else here cancels one.
        co_return u"timed out after %1 ms: %2"_s.arg(timeout.count()).arg(where);
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 0 && status != 200) {
        co_return u"HTTP %1 from %2"_s.arg(status).arg(where);
    }
    if (reply->error() != QNetworkReply::NoError) {
        // Qt's message may quote the whole URL, key and all.
        QString why = reply->errorString();
        const QString key = QUrlQuery(url).queryItemValue(u"api-key"_s);
        if (!key.isEmpty()) {
            why.replace(key, u"REDACTED"_s);
        }
        co_return u"network error (%1) from %2"_s.arg(why, where);
    }
    co_return reply->readAll();
}

QCoro::Task<FetchResult> PriceFetcher::fetchAll(FetchOptions options)
{
    FetchResult result;
    qint64 offset = 0;
    do {
        if (result.pages >= options.maxPages) {
            result.error = u"gave up after %1 pages (total %2): the dataset is larger than expected"_s
                               .arg(options.maxPages)
                               .arg(result.total);
            co_return FetchResult {false, result.error, result.pages, result.total, {}};
        }
        const QUrl url = options.pageUrl(offset);
        const QUrl shown = options.pageUrl(offset, true);
        auto request = get(url, shown, options.timeout);
        const auto body = co_await request;
        ++result.pages;
        QString failure;
        if (const auto *error = std::get_if<QString>(&body)) {
            failure = *error;
        } else {
            const auto parsed = parseDatasetPage(std::get<QByteArray>(body));
            if (const auto *error = std::get_if<QString>(&parsed)) {
                failure = u"page at offset %1: %2"_s.arg(offset).arg(*error);
            } else {
                const DatasetPage &page = std::get<DatasetPage>(parsed);
                if (page.offset != offset) {
                    failure = u"page at offset %1 says offset %2"_s.arg(offset).arg(page.offset);
                } else if (page.records.size() != page.count) {
                    failure = u"partial page at offset %1: count %2 but %3 records"_s.arg(offset)
                                  .arg(page.count)
                                  .arg(page.records.size());
                } else if (page.count == 0 && offset < page.total) {
                    failure =
                        u"partial data: empty page at offset %1 of total %2"_s.arg(offset).arg(page.total);
                } else {
                    result.total = page.total;
                    for (const QJsonValue &record : page.records) {
                        result.records.append(record);
                    }
                    offset += page.count;
                }
            }
        }
        if (!failure.isEmpty()) {
            co_return FetchResult {false, failure, result.pages, result.total, {}};
        }
    } while (offset < result.total);
    result.ok = true;
    co_return result;
}

} // namespace boli::server
