// SPDX-License-Identifier: GPL-3.0-or-later
#include "ops/priceops.h"

#include "boli/clock.h"
#include "boli/fieldreader.h"
#include "catalog/catalogrepository.h"
#include "prices/analyticsqueries.h"
#include "prices/priceservice.h"
#include "prices/pricesuggestion.h"

#include <QJsonArray>

namespace boli::server {
namespace {
using namespace Qt::StringLiterals;

constexpr qint64 kDayMs = 24 * 60 * 60 * 1000LL;
constexpr qsizetype kMaxPlaceLength = 100;
constexpr qsizetype kMaxFileNameLength = 200;

QJsonValue referenceJson(const std::optional<ReferencePrice> &reference)
{
    return reference ? QJsonValue(reference->toJson()) : QJsonValue();
}
} // namespace

PriceOps::PriceOps(PriceService &prices, const AnalyticsQueries &queries, const CatalogRepository &catalog,
    const Clock &clock)
    : m_prices(prices)
    , m_queries(queries)
    , m_catalog(catalog)
    , m_clock(clock)
{ }

void PriceOps::registerOps(OpDispatcher &dispatcher)
{
    dispatcher.add(u"prices.reference"_s, roles::anyone, this, &PriceOps::reference);
    dispatcher.add(u"prices.history"_s, roles::anyone, this, &PriceOps::history);
    dispatcher.add(u"prices.suggest"_s, roles::anyone, this, &PriceOps::suggest);
    dispatcher.add(u"admin.prices.status"_s, roles::admin, this, &PriceOps::status);
    dispatcher.add(u"admin.prices.import"_s, roles::admin, this, &PriceOps::import);
    dispatcher.add(u"admin.prices.fetch"_s, roles::admin, this, &PriceOps::fetch);
}

std::variant<PricePlace, Error> PriceOps::readPlace(const QJsonObject &fields) const
{
    FieldReader reader(fields);
    PricePlace place;
    place.cropId = reader.integer(u"crop_id"_s);
    place.market = reader.optionalString(u"mandi"_s).value_or(QString()).trimmed();
    place.district = reader.optionalString(u"district"_s).value_or(QString()).trimmed();
    place.state = reader.optionalString(u"state"_s).value_or(QString()).trimmed();
    for (const auto &[key, value] : {std::pair {u"mandi"_s, place.market},
             std::pair {u"district"_s, place.district}, std::pair {u"state"_s, place.state}}) {
        if (reader.ok() && value.size() > kMaxPlaceLength) {
            reader.invalid(key, u"must be at most %1 characters"_s.arg(kMaxPlaceLength));
        }
    }
    if (!reader.ok()) {
        return *reader.error();
    }
    if (!m_catalog.cropById(place.cropId)) {
        return Error::of(ErrorCode::NotFound, u"there is no crop %1"_s.arg(place.cropId));
    }
    return place;
}

QCoro::Task<OpResult> PriceOps::reference(Caller, QJsonObject fields)
{
    const auto read = readPlace(fields);
    if (const auto *error = std::get_if<Error>(&read)) {
        co_return *error;
    }
    const PricePlace &place = std::get<PricePlace>(read);
    m_prices.ensureData();
    co_return QJsonObject {{u"crop_id"_s, place.cropId},
        {u"reference"_s, referenceJson(m_prices.prices().reference(place))},
        {u"source"_s, m_prices.currentSource()}};
}

QCoro::Task<OpResult> PriceOps::history(Caller, QJsonObject fields)
{
    FieldReader reader(fields);
    const qint64 days = reader.optionalInteger(u"days"_s).value_or(kDefaultHistoryDays);
    if (reader.ok() && (days < 1 || days > kMaxHistoryDays)) {
        reader.invalid(u"days"_s, u"must be between 1 and %1"_s.arg(kMaxHistoryDays));
    }
    if (!reader.ok()) {
        co_return *reader.error();
    }
    const auto read = readPlace(fields);
    if (const auto *error = std::get_if<Error>(&read)) {
        co_return *error;
    }
    const PricePlace &place = std::get<PricePlace>(read);
    m_prices.ensureData();
    // The series is taken where the reference was found, so the chart and the figure agree.
    const auto reference = m_prices.prices().reference(place);
    QJsonObject reply {{u"crop_id"_s, place.cropId}, {u"source"_s, m_prices.currentSource()},
        {u"level"_s, QJsonValue()}, {u"from"_s, QJsonValue()}, {u"to"_s, QJsonValue()},
        {u"days"_s, QJsonArray()}};
    if (!reference) {
        co_return reply;
    }
    const QDate to = reference->date;
    const QDate from = to.addDays(1 - days);
    QJsonArray series;
    for (const DailyPrice &day : m_prices.prices().history(place, reference->level, from, to)) {
        series.append(day.toJson());
    }
    reply.insert(u"level"_s, priceLevelName(reference->level));
    reply.insert(u"from"_s, from.toString(Qt::ISODate));
    reply.insert(u"to"_s, to.toString(Qt::ISODate));
    reply.insert(u"days"_s, series);
    co_return reply;
}

QCoro::Task<OpResult> PriceOps::suggest(Caller, QJsonObject fields)
{
    const auto read = readPlace(fields);
    if (const auto *error = std::get_if<Error>(&read)) {
        co_return *error;
    }
    const PricePlace &place = std::get<PricePlace>(read);
    m_prices.ensureData();
    const auto reference = m_prices.prices().reference(place);
    // Boli sales nearby: the district if it has any, else the state, else anywhere.
    const UtcMs since = m_clock.nowMs() - kSalesWindowDays * kDayMs;
    QList<Paise> sales;
    QString salesLevel = u"national"_s;
    if (!place.district.isEmpty() && !place.state.isEmpty()) {
        sales = m_queries.salePrices(place.cropId, place.district, place.state, since, kMaxSales);
        salesLevel = u"district"_s;
    }
    if (sales.isEmpty() && !place.state.isEmpty()) {
        sales = m_queries.salePrices(place.cropId, {}, place.state, since, kMaxSales);
        salesLevel = u"state"_s;
    }
    if (sales.isEmpty()) {
        sales = m_queries.salePrices(place.cropId, {}, {}, since, kMaxSales);
        salesLevel = u"national"_s;
    }
    const auto suggestion =
        PriceSuggestion::compute(reference ? std::optional(reference->modalPrice) : std::nullopt, sales);
    co_return QJsonObject {{u"crop_id"_s, place.cropId}, {u"reference"_s, referenceJson(reference)},
        {u"source"_s, m_prices.currentSource()},
        {u"sales_level"_s, sales.isEmpty() ? QJsonValue() : QJsonValue(salesLevel)},
        {u"suggestion"_s, suggestion ? QJsonValue(suggestion->toJson()) : QJsonValue()}};
}

QCoro::Task<OpResult> PriceOps::status(Caller, QJsonObject)
{
    m_prices.ensureData();
    co_return QJsonObject {{u"status"_s, m_prices.status()}};
}

QCoro::Task<OpResult> PriceOps::import(Caller caller, QJsonObject fields)
{
    FieldReader reader(fields);
    const QString content = reader.string(u"content"_s);
    const QString format = reader.optionalString(u"format"_s).value_or(QString());
    const QString fileName = reader.optionalString(u"file_name"_s).value_or(QString());
    if (reader.ok() && content.trimmed().isEmpty()) {
        reader.invalid(u"content"_s, u"must not be empty"_s);
    }
    if (reader.ok() && !format.isEmpty() && format != u"csv"_s && format != u"json"_s) {
        reader.invalid(u"format"_s, u"must be csv or json"_s);
    }
    if (reader.ok() && fileName.size() > kMaxFileNameLength) {
        reader.invalid(u"file_name"_s, u"must be at most %1 characters"_s.arg(kMaxFileNameLength));
    }
    if (!reader.ok()) {
        co_return *reader.error();
    }
    const PriceRun run =
        m_prices.importFile(content.toUtf8(), format, fileName, caller.actor(), u"admin.prices.import"_s);
    if (!run.ok && run.recordsSeen == 0 && run.rejected == 0) {
        co_return Error::of(ErrorCode::InvalidValue, run.error); // the file itself could not be read
    }
    co_return QJsonObject {{u"run"_s, run.toJson()}};
}

QCoro::Task<OpResult> PriceOps::fetch(Caller, QJsonObject)
{
    auto fetching = m_prices.fetchNow();
    const PriceRun run = co_await fetching;
    co_return QJsonObject {{u"run"_s, run.toJson()}};
}

} // namespace boli::server
