// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/pricehistory.h"

#include "app/formatter.h"
#include "app/language.h"

#include <QDate>
#include <QJsonArray>

namespace boli::client {
using namespace Qt::StringLiterals;

namespace {
/// Paise per quintal → rupees per quintal for the axis: the only place a price becomes a real.
double axisRupees(const QJsonValue &paise)
{
    return double(paise.toInteger()) / 100.0;
}
} // namespace

PriceHistory::PriceHistory(
    ServerConnection &connection, const Formatter &formatter, const Language &language, QObject *parent)
    : QObject(parent)
    , m_formatter(formatter)
    , m_runner(connection)
{
    connect(&language, &Language::changed, this, &PriceHistory::textChanged);
}

QString PriceHistory::title() const
{
    if (!hasData()) {
        return tr("Mandi prices");
    }
    return tr("Mandi prices, %1 – %2").arg(m_formatter.isoDate(m_from), m_formatter.isoDate(m_to));
}

QString PriceHistory::levelText() const
{
    if (m_level == u"market"_s) {
        return tr("At this mandi");
    }
    if (m_level == u"district"_s) {
        return tr("Mandis in this district");
    }
    if (m_level == u"state"_s) {
        return tr("Mandis in this state");
    }
    return m_level == u"national"_s ? tr("Mandis across India") : QString();
}

QString PriceHistory::sourceText() const
{
    if (m_source == u"sample"_s) {
        return tr("Sample figures shipped with Boli, not real prices");
    }
    if (m_source == u"api"_s) {
        return tr("Source: Agmarknet (data.gov.in)");
    }
    if (m_source == u"import"_s) {
        return tr("Source: Agmarknet file imported by the admin");
    }
    return m_source == u"mixed"_s ? tr("Source: Agmarknet (data.gov.in and imported files)") : QString();
}

QString PriceHistory::emptyText() const
{
    if (!m_runner.error().isEmpty()) {
        return m_runner.error();
    }
    return m_loaded && !hasData() ? tr("No mandi prices are known for this crop yet.") : QString();
}

void PriceHistory::load(
    qint64 cropId, const QString &mandi, const QString &district, const QString &state, int days)
{
    clear();
    if (cropId <= 0) {
        return;
    }
    QJsonObject fields {{u"crop_id"_s, cropId}, {u"days"_s, days}};
    // Only the parts of the place that are known: an empty one would match nothing.
    const QStringList keys {u"mandi"_s, u"district"_s, u"state"_s};
    const QStringList values {mandi.trimmed(), district.trimmed(), state.trimmed()};
    for (int i = 0; i < keys.size(); ++i) {
        if (!values.at(i).isEmpty()) {
            fields.insert(keys.at(i), values.at(i));
        }
    }
    loadTask(std::move(fields), m_generation);
}

QCoro::Task<> PriceHistory::loadTask(QJsonObject fields, int generation)
{
    auto asking = m_runner.run(u"prices.history"_s, std::move(fields));
    const protocol::Reply reply = co_await asking;
    if (generation != m_generation) {
        co_return; // a newer question was asked meanwhile
    }
    m_loaded = true;
    if (reply.ok()) {
        adopt(reply.fields);
    }
    Q_EMIT changed();
    Q_EMIT textChanged();
}

void PriceHistory::adopt(const QJsonObject &reply)
{
    m_level = reply.value(u"level"_s).toString();
    m_from = reply.value(u"from"_s).toString();
    m_to = reply.value(u"to"_s).toString();
    const QJsonArray days = reply.value(u"days"_s).toArray();
    m_source = days.isEmpty() ? QString() : reply.value(u"source"_s).toString();
    QList<ChartSeries::Point> points;
    for (const QJsonValue &value : days) {
        const QJsonObject day = value.toObject();
        const QDate date = QDate::fromString(day.value(u"date"_s).toString(), Qt::ISODate);
        if (!date.isValid()) {
            continue;
        }
        const QDateTime noon(date, QTime(12, 0), Qt::UTC);
        points.append(ChartSeries::Point {noon.toMSecsSinceEpoch(),
            {axisRupees(day.value(u"modal_price"_s)), axisRupees(day.value(u"min_price"_s)),
                axisRupees(day.value(u"max_price"_s))}});
        m_latestModal = day.value(u"modal_price"_s).toInteger(); // oldest first: the last one stays
    }
    m_series.setPoints(std::move(points));
}

void PriceHistory::clear()
{
    ++m_generation;
    m_loaded = false;
    m_level.clear();
    m_source.clear();
    m_from.clear();
    m_to.clear();
    m_latestModal = 0;
    m_runner.clearError();
    m_series.clear();
    Q_EMIT changed();
    Q_EMIT textChanged();
}

} // namespace boli::client
