// SPDX-License-Identifier: GPL-3.0-or-later
#include "prices/pricerunlog.h"

#include <QJsonDocument>

namespace boli::server {
namespace {
using namespace Qt::StringLiterals;

const QString kColumns = u"id, kind, source, ok, error, started_at, finished_at, pages, records_seen, "
                         "records_stored, rejected, unknown_commodities, detail"_s;
} // namespace

void PriceRun::addRejection(int row, const QString &reason)
{
    ++rejected;
    if (rejections.size() < kKeptRejections) {
        rejections.append(QJsonObject {{u"row"_s, row}, {u"reason"_s, reason}});
    }
}

void PriceRun::addUnknown(const QString &commodity)
{
    unknownCommodities.insert(commodity, unknownCommodities.value(commodity).toInt() + 1);
}

QJsonObject PriceRun::toJson() const
{
    return {{u"id"_s, id}, {u"kind"_s, kind}, {u"source"_s, source}, {u"ok"_s, ok}, {u"error"_s, error},
        {u"started_at"_s, startedAt}, {u"finished_at"_s, finishedAt}, {u"pages"_s, pages},
        {u"records_seen"_s, recordsSeen}, {u"records_stored"_s, recordsStored}, {u"rejected"_s, rejected},
        {u"unknown_commodities"_s, unknownCommodities}, {u"rejections"_s, rejections}};
}

PriceRunLog::PriceRunLog(const Database &database)
    : m_database(database)
{ }

qint64 PriceRunLog::append(const PriceRun &run)
{
    return SqlQuery(m_database,
        u"INSERT INTO price_runs (kind, source, ok, error, started_at, finished_at, pages, records_seen, "
        "records_stored, rejected, unknown_commodities, detail) VALUES (:kind, :source, :ok, :error, "
        ":started, "
        ":finished, :pages, :seen, :stored, :rejected, :unknown, :detail) RETURNING id"_s)
        .bind(u":kind"_s, run.kind)
        .bind(u":source"_s, run.source)
        .bind(u":ok"_s, run.ok)
        .bind(u":error"_s, run.error)
        .bind(u":started"_s, run.startedAt)
        .bind(u":finished"_s, run.finishedAt)
        .bind(u":pages"_s, run.pages)
        .bind(u":seen"_s, run.recordsSeen)
        .bind(u":stored"_s, run.recordsStored)
        .bind(u":rejected"_s, run.rejected)
        .bind(u":unknown"_s,
            QString::fromUtf8(QJsonDocument(run.unknownCommodities).toJson(QJsonDocument::Compact)))
        .bind(u":detail"_s, QString::fromUtf8(QJsonDocument(run.rejections).toJson(QJsonDocument::Compact)))
        .scalar()
        .toLongLong();
}

QList<PriceRun> PriceRunLog::recent(int limit, std::optional<bool> ok) const
{
    SqlQuery query(m_database,
        u"SELECT %1 FROM price_runs %2 ORDER BY id DESC LIMIT :limit"_s.arg(
            kColumns, ok ? u"WHERE ok = :ok"_s : QString()));
    if (ok) {
        query.bind(u":ok"_s, *ok);
    }
    query.bind(u":limit"_s, limit).exec();
    QList<PriceRun> runs;
    while (query.next()) {
        PriceRun run;
        run.id = query.value(0).toLongLong();
        run.kind = query.value(1).toString();
        run.source = query.value(2).toString();
        run.ok = query.value(3).toBool();
        run.error = query.value(4).toString();
        run.startedAt = query.value(5).toLongLong();
        run.finishedAt = query.value(6).toLongLong();
        run.pages = query.value(7).toInt();
        run.recordsSeen = query.value(8).toInt();
        run.recordsStored = query.value(9).toInt();
        run.rejected = query.value(10).toInt();
        run.unknownCommodities = QJsonDocument::fromJson(query.value(11).toString().toUtf8()).object();
        run.rejections = QJsonDocument::fromJson(query.value(12).toString().toUtf8()).array();
        runs.append(run);
    }
    return runs;
}

} // namespace boli::server
