// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boli/money.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <optional>

namespace boli::server {

/// @brief One attempt to bring prices in (a fetch, an import or the sample load) and how it went.
struct PriceRun
{
    qint64 id = 0;
    QString kind; ///< fetch, import, sample
    QString source; ///< api, import, sample: what the stored rows are marked
    bool ok = false;
    QString error; ///< why a failed run stored nothing
    UtcMs startedAt = 0;
    UtcMs finishedAt = 0;
    int pages = 0;
    int recordsSeen = 0;
    int recordsStored = 0;
    int rejected = 0;
    QJsonObject unknownCommodities; ///< dataset name → rows
    QJsonArray rejections; ///< the first rejected rows: {row, reason}

    /// The first this many rejections are kept with the run (all are counted).
    static constexpr int kKeptRejections = 100;
    void addRejection(int row, const QString &reason);
    void addUnknown(const QString &commodity);
    [[nodiscard]] QJsonObject toJson() const;
};

/// @brief The price_runs table: the status admins read.
class PriceRunLog
{
public:
    explicit PriceRunLog(const Database &database);

    qint64 append(const PriceRun &run);
    /// Newest first.
    [[nodiscard]] QList<PriceRun> recent(int limit, std::optional<bool> ok = std::nullopt) const;

private:
    const Database &m_database;
};

} // namespace boli::server
