// SPDX-License-Identifier: GPL-3.0-or-later
#include "trader/traderarea.h"

#include "app/clientapp.h"

namespace boli::client {
using namespace Qt::StringLiterals;

TraderArea::TraderArea(ClientApp &app, QObject *parent)
    : QObject(parent)
    , m_app(app)
    , m_runner(app.connection())
    , m_catalog(app.connection(), *app.language())
    , m_detail(app.connection(), *app.formatter())
    , m_watchlist(app.connection())
    , m_myBids(app.connection())
    , m_won(app.connection(), u"won"_s)
    , m_transactions(app.connection())
    , m_notifications(app.connection(), *app.formatter())
    , m_priceHistory(app.connection(), *app.formatter(), *app.language())
{
    connect(&app.connection(), &ServerConnection::eventReceived, this, &TraderArea::onEvent);
    connect(&app.session(), &Session::changed, this, &TraderArea::onSessionChanged);
    connect(&app, &ClientApp::nowChanged, &m_detail, &ListingDetail::tick);
    connect(&m_watchlist, &QueryModel::refreshed, this, &TraderArea::updateSaved);
    connect(&m_detail, &ListingDetail::listingChanged, this, &TraderArea::updateSaved);
    connect(&m_detail, &ListingDetail::listingChanged, this, &TraderArea::followDetailPlace);
    // A bid or a purchase changes what "my bids" and "won" show.
    connect(&m_detail, &ListingDetail::actionFinished, this, [this](bool ok) {
        if (ok) {
            m_myBids.refresh();
            m_won.refresh();
            m_transactions.refresh();
        }
    });
}

void TraderArea::onSessionChanged()
{
    const bool loggedIn = m_app.session().loggedIn();
    if (loggedIn) {
        refreshAll(); // a login, or the session proven again after a reconnect: catch up
    } else if (!loggedIn && m_wasLoggedIn) {
        m_detail.close();
        m_watchlist.clear();
        m_myBids.clear();
        m_won.clear();
        m_transactions.clear();
        m_notifications.reset();
    }
    m_wasLoggedIn = loggedIn;
}

void TraderArea::refreshAll()
{
    // Kiosk and admin sessions have their own screens: no trader lists to ask for there.
    if (!m_app.session().loggedIn() || m_app.mode() != u"desktop"_s) {
        return;
    }
    m_watchlist.refresh();
    m_myBids.refresh();
    m_won.refresh();
    m_transactions.refresh();
    m_notifications.refresh();
}

void TraderArea::openListing(qint64 id)
{
    m_detail.open(id);
    updateSaved();
    Q_EMIT listingOpened(id);
}

void TraderArea::closeListing()
{
    m_detail.close();
    Q_EMIT listingClosed();
}

void TraderArea::updateSaved()
{
    m_detail.setSaved(m_detail.listingId() > 0 && m_watchlist.rowOfId(m_detail.listingId()) >= 0);
}

void TraderArea::onEvent(const protocol::Event &event)
{
    if (event.name != u"you.outbid"_s) {
        return;
    }
    const qint64 listingId = event.fields.value(u"listing_id"_s).toInteger();
    const QString price = m_app.formatter()->perQuintal(event.fields.value(u"price"_s).toInteger());
    qint64 cropId = m_detail.listingId() == listingId ? m_detail.cropId() : 0;
    if (const int row = m_app.listings()->rowOf(listingId); cropId == 0 && row >= 0) {
        cropId = m_app.listings()->data(m_app.listings()->index(row), ListingsModel::CropIdRole).toLongLong();
    }
    const QString crop = m_catalog.cropName(cropId);
    const QString lot =
        crop.isEmpty() ? tr("lot %1").arg(listingId) : tr("%1 (lot %2)").arg(crop).arg(listingId);
    Q_EMIT outbid(listingId, tr("You were outbid on %1: the price is now %2.").arg(lot, price));
    m_myBids.refresh();
}

void TraderArea::addToWatchlist(qint64 listingId)
{
    watchlistTask(listingId, true);
}

void TraderArea::removeFromWatchlist(qint64 listingId)
{
    watchlistTask(listingId, false);
}

QCoro::Task<> TraderArea::watchlistTask(qint64 listingId, bool add)
{
    auto saving = m_runner.run(
        add ? u"watchlist.add"_s : u"watchlist.remove"_s, QJsonObject {{u"listing_id"_s, listingId}});
    const protocol::Reply reply = co_await saving;
    if (!reply.ok()) {
        Q_EMIT actionFinished(false, OpRunner::messageFor(reply));
        co_return;
    }
    m_watchlist.refresh();
    Q_EMIT actionFinished(true, add ? tr("Saved to your watchlist.") : tr("Removed from your watchlist."));
}

void TraderArea::advanceTransaction(qint64 transactionId, const QString &status)
{
    transactionTask(transactionId, status);
}

void TraderArea::disputeTransaction(qint64 transactionId)
{
    transactionTask(transactionId, u"disputed"_s);
}

QCoro::Task<> TraderArea::transactionTask(qint64 transactionId, QString status)
{
    auto updating = m_runner.run(
        u"transaction.update"_s, QJsonObject {{u"transaction_id"_s, transactionId}, {u"status"_s, status}});
    const protocol::Reply reply = co_await updating;
    if (!reply.ok()) {
        Q_EMIT actionFinished(false, OpRunner::messageFor(reply));
        co_return;
    }
    m_transactions.adopt(reply.fields.value(u"transaction"_s).toObject());
    Q_EMIT actionFinished(true, tr("Purchase updated."));
}

QString TraderArea::labelFor(const QHash<QString, const char *> &texts, const QString &key) const
{
    // An unknown name (a newer server) is shown as it came rather than hidden.
    const char *text = texts.value(key);
    return text ? tr(text) : key;
}

QString TraderArea::statusText(const QString &status) const
{
    static const QHash<QString, const char *> texts {
        {u"pending_review"_s, QT_TR_NOOP("Waiting for review")},
        {u"scheduled"_s, QT_TR_NOOP("Starts soon")},
        {u"live"_s, QT_TR_NOOP("Live")},
        {u"awaiting_confirmation"_s, QT_TR_NOOP("Waiting for the farmer")},
        {u"sold"_s, QT_TR_NOOP("Sold")},
        {u"unsold"_s, QT_TR_NOOP("Not sold")},
        {u"cancelled"_s, QT_TR_NOOP("Cancelled")},
    };
    return labelFor(texts, status);
}

QString TraderArea::bidStateText(const QString &state) const
{
    static const QHash<QString, const char *> texts {
        {u"winning"_s, QT_TR_NOOP("You lead")},
        {u"outbid"_s, QT_TR_NOOP("Outbid")},
        {u"sealed"_s, QT_TR_NOOP("Sealed bid placed")},
        {u"won"_s, QT_TR_NOOP("Won")},
        {u"lost"_s, QT_TR_NOOP("Lost")},
    };
    return labelFor(texts, state);
}

QString TraderArea::transactionStatusText(const QString &status) const
{
    static const QHash<QString, const char *> texts {
        {u"pending"_s, QT_TR_NOOP("Pending")},
        {u"confirmed"_s, QT_TR_NOOP("Confirmed")},
        {u"paid"_s, QT_TR_NOOP("Paid")},
        {u"delivered"_s, QT_TR_NOOP("Delivered")},
        {u"completed"_s, QT_TR_NOOP("Completed")},
        {u"disputed"_s, QT_TR_NOOP("Disputed")},
    };
    return labelFor(texts, status);
}

void TraderArea::followDetailPlace()
{
    // listingChanged fires on every bid: ask again only when the crop or the place changes.
    const QVariantMap listing = m_detail.listing();
    const QStringList place {listing.value(u"mandi"_s).toString(), listing.value(u"district"_s).toString(),
        listing.value(u"state"_s).toString()};
    const QString key =
        m_detail.loaded() ? QString::number(m_detail.cropId()) + u'|' + place.join(u'|') : QString();
    if (key == m_historyKey) {
        return;
    }
    m_historyKey = key;
    if (key.isEmpty()) {
        m_priceHistory.clear();
        return;
    }
    m_priceHistory.load(m_detail.cropId(), place.at(0), place.at(1), place.at(2));
}

} // namespace boli::client
