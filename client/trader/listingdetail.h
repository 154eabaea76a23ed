// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/oprunner.h"
#include "trader/bidhistorymodel.h"

#include <QCoroTask>
#include <QJsonObject>
#include <QObject>
#include <QVariantMap>

namespace boli::client {

class Formatter;
class ServerConnection;

/// @brief One listing kept live for the detail screen: `watch`es it, follows its events, re-watches
/// after a reconnect, and places bids, proxy maxima and Buy Now on it.
///
/// Whether "I" lead is known from my own bid replies and `bids.mine`: the protocol names bidders
/// only by alias, and my alias is the leader's alias whenever the server says I lead.
class ListingDetail : public QObject
{
    Q_OBJECT
    Q_PROPERTY(qint64 listingId READ listingId NOTIFY listingChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY listingChanged)
    /// The whole public listing object (variety, mandi, quantity_kg, …) for plain display.
    Q_PROPERTY(QVariantMap listing READ listing NOTIFY listingChanged)
    Q_PROPERTY(qint64 cropId READ cropId NOTIFY listingChanged)
    Q_PROPERTY(qint64 price READ price NOTIFY listingChanged)
    /// The price shown: the current price, or the starting price before the first bid.
    Q_PROPERTY(qint64 shownPrice READ shownPrice NOTIFY listingChanged)
    Q_PROPERTY(qint64 quantityKg READ quantityKg NOTIFY listingChanged)
    Q_PROPERTY(qint64 minimumBid READ minimumBid NOTIFY minimumBidChanged)
    /// The minimum bid in rupees as a user would type it ("4,650"), to prefill the bid field.
    Q_PROPERTY(QString minimumBidInput READ minimumBidInput NOTIFY minimumBidChanged)
    Q_PROPERTY(QString status READ status NOTIFY listingChanged)
    Q_PROPERTY(bool live READ live NOTIFY listingChanged)
    Q_PROPERTY(bool sealed READ sealed NOTIFY listingChanged)
    Q_PROPERTY(bool final READ isFinal NOTIFY listingChanged)
    Q_PROPERTY(qint64 endsAt READ endsAt NOTIFY listingChanged)
    Q_PROPERTY(qint64 msLeft READ msLeft NOTIFY tick)
    Q_PROPERTY(QString countdown READ countdown NOTIFY tick)
    Q_PROPERTY(bool hasReserve READ hasReserve NOTIFY listingChanged)
    Q_PROPERTY(bool reserveMet READ reserveMet NOTIFY listingChanged)
    Q_PROPERTY(qint64 buyNowPrice READ buyNowPrice NOTIFY listingChanged)
    Q_PROPERTY(bool buyNowAvailable READ buyNowAvailable NOTIFY listingChanged)
    Q_PROPERTY(QString leaderAlias READ leaderAlias NOTIFY listingChanged)
    Q_PROPERTY(bool leading READ leading NOTIFY listingChanged)
    /// When final: "You won this lot at …", "Sold to another bidder at …", "Not sold"; else empty.
    Q_PROPERTY(QString outcome READ outcome NOTIFY listingChanged)
    Q_PROPERTY(bool saved READ saved NOTIFY savedChanged)
    Q_PROPERTY(boli::client::BidHistoryModel *bids READ bids CONSTANT)
    Q_PROPERTY(boli::client::OpRunner *runner READ runner CONSTANT)
    Q_PROPERTY(QString resultMessage READ resultMessage NOTIFY resultChanged)
    Q_PROPERTY(bool resultOk READ resultOk NOTIFY resultChanged)

public:
    ListingDetail(ServerConnection &connection, const Formatter &formatter, QObject *parent = nullptr);

    [[nodiscard]] qint64 listingId() const { return m_id; }
    [[nodiscard]] bool loaded() const { return !m_listing.isEmpty(); }
    [[nodiscard]] QVariantMap listing() const { return m_listing.toVariantMap(); }
    [[nodiscard]] qint64 cropId() const { return integer(u"crop_id"); }
    [[nodiscard]] qint64 price() const { return integer(u"price"); }
    [[nodiscard]] qint64 shownPrice() const;
    [[nodiscard]] qint64 quantityKg() const { return integer(u"quantity_kg"); }
    [[nodiscard]] qint64 minimumBid() const { return integer(u"minimum_bid"); }
    [[nodiscard]] QString minimumBidInput() const;
    [[nodiscard]] QString status() const;
    [[nodiscard]] bool live() const;
    [[nodiscard]] bool sealed() const;
    [[nodiscard]] bool isFinal() const;
    [[nodiscard]] qint64 endsAt() const { return integer(u"ends_at"); }
    [[nodiscard]] qint64 msLeft() const;
    [[nodiscard]] QString countdown() const;
    [[nodiscard]] bool hasReserve() const;
    [[nodiscard]] bool reserveMet() const;
    [[nodiscard]] qint64 buyNowPrice() const { return integer(u"buy_now_price"); }
    [[nodiscard]] bool buyNowAvailable() const;
    [[nodiscard]] QString leaderAlias() const { return m_leaderAlias; }
    [[nodiscard]] bool leading() const { return !m_myAlias.isEmpty() && m_myAlias == m_leaderAlias; }
    [[nodiscard]] QString outcome() const;
    [[nodiscard]] bool saved() const { return m_saved; }
    [[nodiscard]] BidHistoryModel *bids() { return &m_bids; }
    [[nodiscard]] OpRunner *runner() { return &m_runner; }
    [[nodiscard]] QString resultMessage() const { return m_resultMessage; }
    [[nodiscard]] bool resultOk() const { return m_resultOk; }

    void setSaved(bool saved);

    /// Shows listing `id`: watches it (and stops watching the one shown before).
    Q_INVOKABLE void open(qint64 id);
    /// Stops watching and forgets the listing.
    Q_INVOKABLE void close();
    /// A plain bid of `rupees` (as typed) per quintal.
    Q_INVOKABLE void placeBid(const QString &rupees);
    /// A proxy maximum of `rupees`: the server bids for me up to it.
    Q_INVOKABLE void setProxy(const QString &rupees);
    /// Buys the whole lot at the Buy Now price (the screen asks for confirmation first).
    Q_INVOKABLE void buyNow();

Q_SIGNALS:
    void listingChanged();
    void minimumBidChanged();
    void tick();
    void savedChanged();
    void resultChanged();
    /// A bid, proxy or Buy Now finished; `message` is translated.
    void actionFinished(bool ok, const QString &message);

private:
    QCoro::Task<> watchTask(qint64 id, qint64 sinceSeq);
    QCoro::Task<> unwatchTask(qint64 id);
    QCoro::Task<> standingTask(qint64 id);
    QCoro::Task<> reloadBidsTask(qint64 id);
    QCoro::Task<> bidTask(qint64 id, qint64 paise, bool proxy);
    QCoro::Task<> buyNowTask(qint64 id);
    void onEvent(const protocol::Event &event);
    void adopt(const QJsonObject &listing);
    void learnMyAlias(const QJsonObject &reply);
    void finishIfFinal();
    void setResult(bool ok, const QString &message);
    [[nodiscard]] qint64 integer(QStringView field) const;

    ServerConnection &m_connection;
    const Formatter &m_formatter;
    OpRunner m_runner;
    BidHistoryModel m_bids;
    qint64 m_id = 0;
    QJsonObject m_listing;
    QString m_leaderAlias;
    QString m_myAlias;
    QString m_standing; ///< my `bids.mine` state for this listing, empty when I never bid
    bool m_watching = false;
    bool m_saved = false;
    QString m_resultMessage;
    bool m_resultOk = false;
};

} // namespace boli::client
