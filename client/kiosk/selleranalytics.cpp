// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/selleranalytics.h"

#include "app/formatter.h"

#include <QJsonArray>

namespace boli::client {
using namespace Qt::StringLiterals;

namespace {
const QStringList kListingFields {u"listing_id"_s, u"crop_id"_s, u"mandi"_s, u"status"_s, u"bids"_s,
    u"unique_bidders"_s, u"watchers"_s, u"quantity_kg"_s, u"final_price"_s, u"revenue"_s, u"sold_at"_s,
    u"reference_modal"_s, u"uplift_percent"_s, u"uplift_text"_s, u"views"_s};
} // namespace

SellerAnalytics::SellerAnalytics(ServerConnection &connection, const Formatter &formatter, QObject *parent)
    : QObject(parent)
    , m_runner(connection)
    , m_totals(formatter)
    , m_listings(kListingFields, [&formatter](QJsonObject &row) {
        row.insert(
            u"reference_modal"_s, row.value(u"reference"_s).toObject().value(u"modal_price"_s).toInteger());
        const QJsonValue uplift = row.value(u"uplift_percent"_s);
        row.insert(u"uplift_text"_s, uplift.isDouble() ? formatter.signedPercent(uplift.toDouble()) : u"—"_s);
    })
{ }

void SellerAnalytics::refresh()
{
    load(++m_generation);
}

QCoro::Task<> SellerAnalytics::load(int generation)
{
    auto asking = m_runner.run(u"analytics.seller"_s);
    const protocol::Reply reply = co_await asking;
    if (generation != m_generation) {
        co_return; // cleared (session over) or asked again meanwhile
    }
    if (reply.ok()) {
        adopt(reply.fields.value(u"analytics"_s).toObject());
    }
    Q_EMIT refreshed();
}

void SellerAnalytics::adopt(const QJsonObject &analytics)
{
    m_totals.set(analytics.value(u"totals"_s).toObject());
    const QJsonArray listings = analytics.value(u"listings"_s).toArray();
    m_listings.setRows(listings);
    QList<ChartSeries::Point> points;
    for (const QJsonValue &value : listings) {
        const QJsonObject listing = value.toObject();
        const QJsonValue uplift = listing.value(u"uplift_percent"_s);
        if (uplift.isDouble() && listing.value(u"sold_at"_s).isDouble()) {
            points.append(ChartSeries::Point {listing.value(u"sold_at"_s).toInteger(), {uplift.toDouble()}});
        }
    }
    m_uplift.setPoints(std::move(points));
}

void SellerAnalytics::clear()
{
    ++m_generation;
    m_runner.clearError();
    m_totals.clear();
    m_listings.clear();
    m_uplift.clear();
}

} // namespace boli::client
