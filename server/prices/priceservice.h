// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/auditlog.h"
#include "prices/datasetfile.h"
#include "prices/pricefetcher.h"
#include "prices/pricerepository.h"
#include "prices/pricerunlog.h"

#include <QObject>
#include <QTimer>

namespace boli {
class Clock;
}

namespace boli::server {

class CatalogRepository;

/// @brief Price settings from the server's configuration.
struct PriceOptions
{
    FetchOptions fetch;
    /// Minutes between scheduled fetches; 0: never on a schedule (imports and the sample only).
    int intervalMinutes = 360;
};

/// @brief Brings mandi prices in — fetched on a schedule, imported from a file, or the shipped
/// sample — and keeps the last good data whatever fails (docs/market-prices.md).
///
/// Every run is logged in price_runs and audited; a run that fails stores nothing. Real rows (api,
/// import) replace the sample as soon as the first of them is stored.
class PriceService : public QObject
{
    Q_OBJECT
public:
    static inline const QString kSampleResource = QStringLiteral(":/boli/prices/sample.json");

    PriceService(const Database &database, const CatalogRepository &catalog, AuditLog &auditLog,
        const Clock &clock, PriceOptions options);

    /// Starts the schedule when an API key is configured (first fetch at once); otherwise says the
    /// sample will answer.
    void start();
    void stop();
    void setOptions(PriceOptions options);
    [[nodiscard]] const PriceOptions &options() const { return m_options; }

    /// Fetches every page now and stores the lot in one transaction, or records why not.
    QCoro::Task<PriceRun> fetchNow();
    /// Imports a downloaded dataset file (CSV or JSON; `format` may be empty to guess). Unusable rows
    /// and unknown commodities are rejected with their row numbers; the rest are stored.
    PriceRun importFile(const QByteArray &content, const QString &format, const QString &fileName,
        const AuditActor &actor, const QString &auditOp);
    /// Loads the shipped sample when no prices are stored at all; a no-op otherwise.
    void ensureData();

    /// "api", "import", "mixed" (both), "sample" or "none": what the stored prices come from.
    [[nodiscard]] QString currentSource() const;
    [[nodiscard]] QJsonObject status() const;
    [[nodiscard]] PriceRepository &prices() { return m_prices; }

Q_SIGNALS:
    /// After every run, good or failed.
    void runFinished(const PriceRun &run);

private:
    /// Maps and stores the parsed rows (one transaction with the run record and audit), or records
    /// the failure alone.
    PriceRun finish(PriceRun run, const ParsedRows &parsed, const AuditActor &actor, const QString &auditOp,
        bool unknownIsRejection);
    void record(PriceRun &run, const AuditActor &actor, const QString &auditOp);

    const Database &m_database;
    const CatalogRepository &m_catalog;
    AuditLog &m_auditLog;
    const Clock &m_clock;
    PriceOptions m_options;
    PriceRepository m_prices;
    PriceRunLog m_runs;
    PriceFetcher m_fetcher;
    QTimer m_timer;
    bool m_fetching = false;
    bool m_sampleChecked = false;
};

} // namespace boli::server
