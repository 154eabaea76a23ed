// SPDX-License-Identifier: GPL-3.0-or-later
#include "prices/priceservice.h"

#include "boli/clock.h"
#include "prices/commoditymap.h"

#include <QFile>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPrices, "boli.prices")

namespace boli::server {
namespace {
using namespace Qt::StringLiterals;

QJsonObject auditSummary(const PriceRun &run)
{
    QJsonObject summary = run.toJson();
    summary.remove(u"rejections"_s); // counted; the rows themselves stay in price_runs
    return summary;
}
} // namespace

PriceService::PriceService(const Database &database, const CatalogRepository &catalog, AuditLog &auditLog,
    const Clock &clock, PriceOptions options)
    : m_database(database)
    , m_catalog(catalog)
    , m_auditLog(auditLog)
    , m_clock(clock)
    , m_options(std::move(options))
    , m_prices(database)
    , m_runs(database)
{
    m_timer.callOnTimeout(this, [this] { fetchNow(); });
}

void PriceService::start()
{
    if (m_options.fetch.apiKey.isEmpty()) {
        qCInfo(lcPrices) << "no data.gov.in API key configured: reference prices come from imports or the "
                            "shipped sample";
        return;
    }
    if (m_options.intervalMinutes > 0) {
        m_timer.start(std::chrono::minutes(m_options.intervalMinutes));
        QTimer::singleShot(0, this, [this] { fetchNow(); });
    }
}

void PriceService::stop()
{
    m_timer.stop();
}

void PriceService::setOptions(PriceOptions options)
{
    m_options = std::move(options);
}

QCoro::Task<PriceRun> PriceService::fetchNow()
{
    PriceRun run;
    run.kind = u"fetch"_s;
    run.source = u"api"_s;
    run.startedAt = m_clock.nowMs();
    if (m_fetching) {
        run.error = u"a fetch is already running"_s;
        run.finishedAt = run.startedAt;
        co_return run; // not recorded: the running fetch will be
    }
    if (m_options.fetch.apiKey.isEmpty()) {
        run.error = u"no data.gov.in API key is configured (prices-api-key or BOLI_PRICES_API_KEY)"_s;
        record(run, AuditActor::system(), u"prices.fetch"_s);
        co_return run;
    }
    m_fetching = true;
    const FetchOptions options = m_options.fetch;
    auto fetching = m_fetcher.fetchAll(options);
    const FetchResult fetched = co_await fetching;
    m_fetching = false;
    run.pages = fetched.pages;
    if (!fetched.ok) {
        run.error = fetched.error;
        record(run, AuditActor::system(), u"prices.fetch"_s);
        co_return run;
    }
    run = finish(run, parseRecords(fetched.records), AuditActor::system(), u"prices.fetch"_s, false);
    co_return run;
}

PriceRun PriceService::importFile(const QByteArray &content, const QString &format, const QString &fileName,
    const AuditActor &actor, const QString &auditOp)
{
    PriceRun run;
    run.kind = u"import"_s;
    run.source = u"import"_s;
    run.startedAt = m_clock.nowMs();
    const auto parsed = parseDatasetFile(content, format);
    if (const auto *error = std::get_if<QString>(&parsed)) {
        run.error = fileName.isEmpty() ? *error : u"%1: %2"_s.arg(fileName, *error);
        record(run, actor, auditOp);
        return run;
    }
    return finish(run, std::get<ParsedRows>(parsed), actor, auditOp, true);
}

void PriceService::ensureData()
{
    if (m_sampleChecked) {
        return;
    }
    m_sampleChecked = true;
    if (m_prices.count() > 0) {
        return;
    }
    QFile file(kSampleResource);
    PriceRun run;
    run.kind = u"sample"_s;
    run.source = u"sample"_s;
    run.startedAt = m_clock.nowMs();
    if (!file.open(QIODevice::ReadOnly)) {
        run.error = u"the shipped sample %1 is missing from this build"_s.arg(kSampleResource);
        record(run, AuditActor::system(), u"prices.sample"_s);
        return;
    }
    const auto parsed = parseDatasetFile(file.readAll(), u"json"_s);
    if (const auto *error = std::get_if<QString>(&parsed)) {
        run.error = *error;
        record(run, AuditActor::system(), u"prices.sample"_s);
        return;
    }
    run = finish(run, std::get<ParsedRows>(parsed), AuditActor::system(), u"prices.sample"_s, true);
    qCInfo(lcPrices) << "no stored prices: loaded the shipped sample," << run.recordsStored << "rows";
}

PriceRun PriceService::finish(PriceRun run, const ParsedRows &parsed, const AuditActor &actor,
    const QString &auditOp, bool unknownIsRejection)
{
    run.recordsSeen = parsed.seen;
    for (const RowRejection &rejection : parsed.rejected) {
        run.addRejection(rejection.row, rejection.reason);
    }
    const CommodityMap map = CommodityMap::fromCatalog(m_catalog);
    QList<std::pair<qint64, PriceRow>> rows;
    for (const auto &[rowNumber, row] : parsed.rows) {
        if (const auto cropId = map.cropIdFor(row.commodity)) {
            rows.append({*cropId, row});
            continue;
        }
        run.addUnknown(row.commodity);
        if (unknownIsRejection) {
            run.addRejection(rowNumber, u"unknown commodity '%1'"_s.arg(row.commodity));
        }
    }
    run.recordsStored = int(rows.size());
    if (rows.isEmpty()) {
        run.error = parsed.seen == 0 ? u"no records"_s : u"no usable records"_s;
        record(run, actor, auditOp);
        return run;
    }
    Transaction transaction(m_database);
    if (run.source != u"sample"_s) {
        m_prices.removeSource(u"sample"_s); // real prices supersede the made-up ones at once
    }
    m_prices.store(rows, run.source, m_clock.nowMs());
    run.ok = true;
    run.finishedAt = m_clock.nowMs();
    run.id = m_runs.append(run);
    m_auditLog.append(actor, auditOp, u"prices:%1"_s.arg(run.id), {}, auditSummary(run));
    transaction.commit();
    if (!run.unknownCommodities.isEmpty()) {
        qCInfo(lcPrices).noquote() << run.kind << "skipped unknown commodities:"
                                   << QStringList(run.unknownCommodities.keys()).join(u", "_s);
    }
    Q_EMIT runFinished(run);
    return run;
}

void PriceService::record(PriceRun &run, const AuditActor &actor, const QString &auditOp)
{
    run.ok = false;
    run.finishedAt = m_clock.nowMs();
    Transaction transaction(m_database);
    run.id = m_runs.append(run);
    m_auditLog.append(actor, auditOp, u"prices:%1"_s.arg(run.id), {}, auditSummary(run));
    transaction.commit();
    qCWarning(lcPrices).noquote() << run.kind << "failed, the stored prices are kept:" << run.error;
    Q_EMIT runFinished(run);
}

QString PriceService::currentSource() const
{
    const QJsonObject sources = m_prices.summary();
    const bool api = sources.contains(u"api"_s);
    const bool imported = sources.contains(u"import"_s);
    if (api && imported) {
        return u"mixed"_s;
    }
    if (api || imported) {
        return api ? u"api"_s : u"import"_s;
    }
    return sources.contains(u"sample"_s) ? u"sample"_s : u"none"_s;
}

QJsonObject PriceService::status() const
{
    const auto last = m_runs.recent(1);
    const auto lastGood = m_runs.recent(1, true);
    QJsonArray recent;
    for (const PriceRun &run : m_runs.recent(10)) {
        QJsonObject json = run.toJson();
        json.remove(u"rejections"_s);
        recent.append(json);
    }
    const bool scheduled = m_timer.isActive();
    return {{u"source"_s, currentSource()}, {u"api_key_configured"_s, !m_options.fetch.apiKey.isEmpty()},
        {u"base_url"_s, m_options.fetch.baseUrl.toString()}, {u"resource_id"_s, m_options.fetch.resourceId},
        {u"interval_minutes"_s, m_options.intervalMinutes}, {u"fetching"_s, m_fetching},
        {u"next_fetch_at"_s,
            scheduled ? QJsonValue(m_clock.nowMs() + m_timer.remainingTime()) : QJsonValue()},
        {u"stored"_s, m_prices.summary()},
        {u"last_run"_s, last.isEmpty() ? QJsonValue() : QJsonValue(last.first().toJson())},
        {u"last_success"_s, lastGood.isEmpty() ? QJsonValue() : QJsonValue(lastGood.first().toJson())},
        {u"recent_runs"_s, recent}};
}

} // namespace boli::server
