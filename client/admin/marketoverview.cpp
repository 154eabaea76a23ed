// SPDX-License-Identifier: GPL-3.0-or-later
#include "admin/marketoverview.h"

#include "net/serverconnection.h"

#include <QLocale>

namespace boli::client {
using namespace Qt::StringLiterals;

MarketOverview::MarketOverview(ServerConnection &connection, QObject *parent)
    : QObject(parent)
    , m_runner(connection)
{
    connect(&m_runner, &OpRunner::errorChanged, this, &MarketOverview::errorChanged);
    connect(&connection, &ServerConnection::eventReceived, this, &MarketOverview::onEvent);
    m_poll.setInterval(15'000);
    connect(&m_poll, &QTimer::timeout, this, &MarketOverview::refresh);
    m_settle.setInterval(2'000);
    m_settle.setSingleShot(true);
    connect(&m_settle, &QTimer::timeout, this, &MarketOverview::refresh);
}

void MarketOverview::start()
{
    m_poll.start();
    refresh();
}

void MarketOverview::stop()
{
    m_poll.stop();
    m_settle.stop();
    m_stats = {};
    m_updatedAt = 0;
    Q_EMIT changed();
}

void MarketOverview::refresh()
{
    load();
}

QCoro::Task<> MarketOverview::load()
{
    auto asking = m_runner.run(u"market.stats"_s);
    const protocol::Reply reply = co_await asking;
    if (reply.ok() && m_poll.isActive()) {
        m_stats = reply.fields.value(u"stats"_s).toObject();
        m_updatedAt = reply.serverTimeMs;
        Q_EMIT changed();
    }
}

void MarketOverview::onEvent(const protocol::Event &event)
{
    // Bids and closes move the figures; ask once the burst has settled rather than per event.
    if (m_poll.isActive() && !m_settle.isActive()
        && (event.name == u"feed.updated"_s || event.name == u"listing.closed"_s)) {
        m_settle.start();
    }
}

int MarketOverview::stat(const char *name) const
{
    return m_stats.value(QLatin1StringView(name)).toInt();
}

QString MarketOverview::successRateText() const
{
    const double rate = m_stats.value(u"success_rate"_s).toDouble();
    return QLocale().toString(rate * 100.0, 'f', 1) + u'%';
}

QString MarketOverview::averageBidsText() const
{
    return QLocale().toString(m_stats.value(u"average_bids_per_listing"_s).toDouble(), 'f', 1);
}

} // namespace boli::client

namespace boli::client {

void MarketOverview::followFeed(const QAbstractItemModel *feed, int bidCountRole)
{
    m_feed = feed;
    m_bidCountRole = bidCountRole;
    connect(feed, &QAbstractItemModel::modelReset, this, &MarketOverview::countFeed);
    connect(feed, &QAbstractItemModel::rowsInserted, this, &MarketOverview::countFeed);
    connect(feed, &QAbstractItemModel::rowsRemoved, this, &MarketOverview::countFeed);
    connect(feed, &QAbstractItemModel::dataChanged, this, &MarketOverview::countFeed);
    countFeed();
}

void MarketOverview::countFeed()
{
    int bids = 0;
    const int lots = m_feed->rowCount();
    for (int row = 0; row < lots; ++row) {
        bids += m_feed->index(row, 0).data(m_bidCountRole).toInt();
    }
    if (lots != m_feedLots || bids != m_feedBids) {
        m_feedLots = lots;
        m_feedBids = bids;
        Q_EMIT feedChanged();
    }
}

} // namespace boli::client
