// SPDX-License-Identifier: GPL-3.0-or-later
#include "prices/pricerepository.h"

#include <QMap>
#include <QSet>
#include <algorithm>

namespace boli::server {
namespace {
using namespace Qt::StringLiterals;

using Bindings = QList<std::pair<QString, QVariant>>;

/// Rows of one crop at one level, dated `from` to `to` (ISO text compares as dates).
struct Selection
{
    QString where;
    Bindings bindings;
};

Selection select(const PricePlace &place, PriceLevel level, const QDate &from, const QDate &to)
{
    Selection s {u"crop_id = :crop"_s, {{u":crop"_s, place.cropId}}};
    if (from.isValid()) {
        s.where += u" AND arrival_date >= :from"_s;
        s.bindings.append({u":from"_s, from.toString(Qt::ISODate)});
    }
    if (to.isValid()) {
        s.where += u" AND arrival_date <= :to"_s;
        s.bindings.append({u":to"_s, to.toString(Qt::ISODate)});
    }
    const auto add = [&s](const QString &column, const QString &value) {
        s.where += u" AND LOWER(%1) = LOWER(:%1)"_s.arg(column);
        s.bindings.append({u':' + column, value.trimmed()});
    };
    // Mandi names repeat across states far less than district names, so the market level asks for
    // the district (when known) rather than the state, whose spelling varies most ("NCT of Delhi").
    if (level == PriceLevel::Market) {
        add(u"market"_s, place.market);
        if (!place.district.trimmed().isEmpty()) {
            add(u"district"_s, place.district);
        }
    } else if (level == PriceLevel::District) {
        add(u"district"_s, place.district);
        add(u"state"_s, place.state);
    } else if (level == PriceLevel::State) {
        add(u"state"_s, place.state);
    }
    return s;
}

SqlQuery prepared(const Database &database, const QString &sql, const Selection &s)
{
    SqlQuery query(database, sql.arg(s.where));
    for (const auto &[name, value] : s.bindings) {
        query.bind(name, value);
    }
    return query;
}

/// The lower middle value: a real quoted price, never an average of two.
Paise median(QList<Paise> values)
{
    std::sort(values.begin(), values.end());
    return values.at((values.size() - 1) / 2);
}

struct DayRows
{
    QList<Paise> mins, maxes, modals;
    QSet<QString> markets;
    QSet<QString> sources;
};

QMap<QDate, DayRows> readDays(const Database &database, const Selection &s)
{
    auto query = prepared(database,
        u"SELECT arrival_date, min_price, max_price, modal_price, market, source FROM price_records WHERE %1"_s,
        s);
    query.exec();
    QMap<QDate, DayRows> days;
    while (query.next()) {
        DayRows &day = days[QDate::fromString(query.value(0).toString(), Qt::ISODate)];
        day.mins.append(query.value(1).toLongLong());
        day.maxes.append(query.value(2).toLongLong());
        day.modals.append(query.value(3).toLongLong());
        day.markets.insert(query.value(4).toString().toLower());
        day.sources.insert(query.value(5).toString());
    }
    return days;
}

DailyPrice aggregate(const QDate &date, const DayRows &rows)
{
    return {date, *std::min_element(rows.mins.cbegin(), rows.mins.cend()),
        *std::max_element(rows.maxes.cbegin(), rows.maxes.cend()), median(rows.modals),
        int(rows.modals.size())};
}
} // namespace

QString priceLevelName(PriceLevel level)
{
    switch (level) {
    case PriceLevel::Market:
        return u"market"_s;
    case PriceLevel::District:
        return u"district"_s;
    case PriceLevel::State:
        return u"state"_s;
    case PriceLevel::National:
        break;
    }
    return u"national"_s;
}

QJsonObject ReferencePrice::toJson() const
{
    return {{u"level"_s, priceLevelName(level)}, {u"date"_s, date.toString(Qt::ISODate)},
        {u"min_price"_s, minPrice}, {u"max_price"_s, maxPrice}, {u"modal_price"_s, modalPrice},
        {u"records"_s, records}, {u"markets"_s, markets}, {u"source"_s, source}};
}

QJsonObject DailyPrice::toJson() const
{
    return {{u"date"_s, date.toString(Qt::ISODate)}, {u"min_price"_s, minPrice}, {u"max_price"_s, maxPrice},
        {u"modal_price"_s, modalPrice}, {u"records"_s, records}};
}

PriceRepository::PriceRepository(const Database &database)
    : m_database(database)
{ }

void PriceRepository::store(
    const QList<std::pair<qint64, PriceRow>> &rows, const QString &source, UtcMs nowMs)
{
    SqlQuery upsert(m_database,
        u"INSERT INTO price_records (crop_id, commodity, state, district, market, variety, grade, "
        u"arrival_date, "
        "min_price, max_price, modal_price, source, stored_at) VALUES (:crop, :commodity, :state, :district, "
        ":market, :variety, :grade, :date, :min, :max, :modal, :source, :at) "
        "ON CONFLICT (crop_id, state, district, market, variety, grade, arrival_date) DO UPDATE SET "
        "commodity = excluded.commodity, min_price = excluded.min_price, max_price = excluded.max_price, "
        "modal_price = excluded.modal_price, source = excluded.source, stored_at = excluded.stored_at"_s);
    for (const auto &[cropId, row] : rows) {
        upsert.bind(u":crop"_s, cropId)
            .bind(u":commodity"_s, row.commodity)
            .bind(u":state"_s, row.state)
            .bind(u":district"_s, row.district)
            .bind(u":market"_s, row.market)
            .bind(u":variety"_s, row.variety)
            .bind(u":grade"_s, row.grade)
            .bind(u":date"_s, row.arrivalDate.toString(Qt::ISODate))
            .bind(u":min"_s, row.minPrice)
            .bind(u":max"_s, row.maxPrice)
            .bind(u":modal"_s, row.modalPrice)
            .bind(u":source"_s, source)
            .bind(u":at"_s, nowMs)
            .exec();
    }
}

int PriceRepository::removeSource(const QString &source)
{
    SqlQuery query(m_database, u"DELETE FROM price_records WHERE source = :source"_s);
    query.bind(u":source"_s, source).exec();
    return query.rowsAffected();
}

qint64 PriceRepository::count(const QString &source) const
{
    if (source.isEmpty()) {
        return SqlQuery(m_database, u"SELECT COUNT(*) FROM price_records"_s).scalar().toLongLong();
    }
    return SqlQuery(m_database, u"SELECT COUNT(*) FROM price_records WHERE source = :s"_s)
        .bind(u":s"_s, source)
        .scalar()
        .toLongLong();
}

QJsonObject PriceRepository::summary() const
{
    SqlQuery query(m_database,
        u"SELECT source, COUNT(*), MAX(arrival_date), COUNT(DISTINCT crop_id) FROM price_records GROUP BY source"_s);
    query.exec();
    QJsonObject sources;
    while (query.next()) {
        sources.insert(query.value(0).toString(),
            QJsonObject {{u"records"_s, query.value(1).toLongLong()},
                {u"newest_date"_s, query.value(2).toString()}, {u"crops"_s, query.value(3).toLongLong()}});
    }
    return sources;
}

bool PriceRepository::canUse(const PricePlace &place, PriceLevel level) const
{
    switch (level) {
    case PriceLevel::Market:
        return !place.market.trimmed().isEmpty();
    case PriceLevel::District:
        return !place.district.trimmed().isEmpty() && !place.state.trimmed().isEmpty();
    case PriceLevel::State:
        return !place.state.trimmed().isEmpty();
    case PriceLevel::National:
        break;
    }
    return true;
}

QDate PriceRepository::newestDate(const PricePlace &place, PriceLevel level) const
{
    const Selection s = select(place, level, {}, place.asOf);
    auto query = prepared(m_database, u"SELECT MAX(arrival_date) FROM price_records WHERE %1"_s, s);
    const QVariant value = query.scalar();
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

std::optional<ReferencePrice> PriceRepository::reference(const PricePlace &place) const
{
    const QDate newestAnywhere = newestDate(place, PriceLevel::National);
    if (!newestAnywhere.isValid()) {
        return std::nullopt;
    }
    for (const PriceLevel level :
        {PriceLevel::Market, PriceLevel::District, PriceLevel::State, PriceLevel::National}) {
        if (!canUse(place, level)) {
            continue;
        }
        const QDate date = newestDate(place, level);
        if (!date.isValid() || date.daysTo(newestAnywhere) > kFreshDays) {
            continue;
        }
        const QMap<QDate, DayRows> days = readDays(m_database, select(place, level, date, date));
        const DayRows &rows = days.first();
        const DailyPrice day = aggregate(date, rows);
        ReferencePrice reference;
        reference.level = level;
        reference.date = date;
        reference.minPrice = day.minPrice;
        reference.maxPrice = day.maxPrice;
        reference.modalPrice = day.modalPrice;
        reference.records = day.records;
        reference.markets = int(rows.markets.size());
        reference.source = rows.sources.size() == 1 ? *rows.sources.cbegin() : u"mixed"_s;
        return reference;
    }
    return std::nullopt;
}

QList<DailyPrice> PriceRepository::history(
    const PricePlace &place, PriceLevel level, const QDate &from, const QDate &to) const
{
    QList<DailyPrice> series;
    const QMap<QDate, DayRows> days = readDays(m_database, select(place, level, from, to));
    for (auto it = days.cbegin(); it != days.cend(); ++it) {
        series.append(aggregate(it.key(), it.value()));
    }
    return series;
}

} // namespace boli::server
