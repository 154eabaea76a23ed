// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/oprunner.h"
#include "common/pricehistory.h"
#include "kiosk/cropsmodel.h"
#include "kiosk/idlewatch.h"
#include "kiosk/listingform.h"
#include "kiosk/mylistingsmodel.h"
#include "kiosk/salesmodel.h"
#include "kiosk/selleranalytics.h"

#include <QObject>

namespace boli::client {

class ClientApp;

/// @brief Kiosk mode: farmers list produce, follow their lots and accept bids; idle sessions end.
/// Exposed to QML as `App.kiosk`; owns this mode's models and typed actions.
///
/// Nothing of a farmer outlives their session: when it ends (the logout button, the idle timer,
/// the server) every model here is emptied and `sessionReset` sends the shell back to welcome.
class KioskArea : public QObject
{
    Q_OBJECT
    Q_PROPERTY(boli::client::CropsModel *crops READ crops CONSTANT)
    Q_PROPERTY(boli::client::MyListingsModel *myListings READ myListings CONSTANT)
    Q_PROPERTY(boli::client::SalesModel *sales READ sales CONSTANT)
    Q_PROPERTY(boli::client::ListingForm *form READ form CONSTANT)
    Q_PROPERTY(boli::client::OpRunner *actions READ actions CONSTANT)
    /// The chosen crop's mandi prices beside the listing form.
    Q_PROPERTY(boli::client::PriceHistory *priceHistory READ priceHistory CONSTANT)
    /// "My results": the farmer's figures and the uplift over time.
    Q_PROPERTY(boli::client::SellerAnalytics *analytics READ analytics CONSTANT)
    Q_PROPERTY(int idleSeconds READ idleSeconds WRITE setIdleSeconds NOTIFY idleSecondsChanged)
    Q_PROPERTY(bool fieldAgent READ fieldAgent NOTIFY roleChanged)
    Q_PROPERTY(qint64 farmerId READ farmerId NOTIFY farmerChanged)
    Q_PROPERTY(QString farmerName READ farmerName NOTIFY farmerChanged)

public:
    explicit KioskArea(ClientApp &app, QObject *parent = nullptr);

    [[nodiscard]] CropsModel *crops() { return &m_crops; }
    [[nodiscard]] MyListingsModel *myListings() { return &m_myListings; }
    [[nodiscard]] SalesModel *sales() { return &m_sales; }
    [[nodiscard]] ListingForm *form() { return &m_form; }
    [[nodiscard]] OpRunner *actions() { return &m_actions; }
    [[nodiscard]] PriceHistory *priceHistory() { return &m_priceHistory; }
    [[nodiscard]] SellerAnalytics *analytics() { return &m_analytics; }
    [[nodiscard]] int idleSeconds() const { return m_idle.idleSeconds(); }
    void setIdleSeconds(int seconds);
    [[nodiscard]] int idleRemainingMs() const { return m_idle.remainingMs(); }
    [[nodiscard]] bool fieldAgent() const;
    /// The farmer a field agent lists for (registered in this session); 0 for none.
    [[nodiscard]] qint64 farmerId() const { return m_farmerId; }
    [[nodiscard]] QString farmerName() const { return m_farmerName; }

    /// Builds the `listing.create` fields and queues them in the outbox; the draft id, or 0 with
    /// `form.error` set. `startingPrice` is paise per quintal. A field agent lists for `farmerId`.
    Q_INVOKABLE qint64 submitListing(qint64 cropId, qint64 quantityKg, qint64 startingPrice,
        int durationMinutes, const QString &mandi, const QString &district, const QString &state);
    /// Sells a live open auction now to the highest bidder (`listing.accept`).
    Q_INVOKABLE void acceptBid(qint64 listingId);
    /// Answers a sale waiting for the farmer (`listing.confirm`).
    Q_INVOKABLE void confirmSale(qint64 listingId, bool accept);
    /// Withdraws a listing nobody has bid on (`listing.cancel`).
    Q_INVOKABLE void cancelListing(qint64 listingId);
    /// Moves a sale one step (`transaction.update`), e.g. to its `nextStatus` or "disputed".
    Q_INVOKABLE void updateSale(qint64 transactionId, const QString &status);
    /// Field agent: creates a farmer account and lists for that farmer from now on.
    Q_INVOKABLE void registerFarmer(const QString &name, const QString &phone, const QString &pin);
    /// Ends the session and forgets everything of this farmer (the logout button, the idle timer).
    Q_INVOKABLE void endSession();

    /// Kilograms typed by the farmer; -1 when the text is not a whole number.
    Q_INVOKABLE [[nodiscard]] qint64 parseKg(const QString &text) const;
    /// "= 25.5 quintal" beside a quantity in kg; empty for none.
    Q_INVOKABLE [[nodiscard]] QString quintalHint(qint64 kg) const;
    /// "30 minutes", "2 hours", "1 day" for an auction duration.
    Q_INVOKABLE [[nodiscard]] QString durationText(int minutes) const;
    /// A bid count in words: "1 bid", "3 bids".
    Q_INVOKABLE [[nodiscard]] QString bidsText(qint64 count) const;
    /// A listing or sale status as the farmer reads it.
    Q_INVOKABLE [[nodiscard]] QString statusText(const QString &status) const;

Q_SIGNALS:
    void idleSecondsChanged();
    void roleChanged();
    void farmerChanged();
    /// An action (accept, confirm, cancel, sale update) finished; `message` is translated.
    void actionFinished(bool ok, const QString &message);
    void farmerRegistered(bool ok, const QString &message);
    /// The session ended and every model is empty: show the welcome screen.
    void sessionReset();

private:
    QCoro::Task<> listingCommand(QString op, QJsonObject fields, QString success);
    QCoro::Task<> updateSaleTask(qint64 transactionId, QString status);
    QCoro::Task<> registerFarmerTask(QJsonObject fields);
    void onSessionChanged();
    void forgetEverything();
    void setFarmer(qint64 id, const QString &name);

    ClientApp &m_app;
    CropsModel m_crops;
    MyListingsModel m_myListings;
    SalesModel m_sales;
    ListingForm m_form;
    OpRunner m_actions;
    PriceHistory m_priceHistory;
    SellerAnalytics m_analytics;
    IdleWatch m_idle;
    qint64 m_farmerId = 0;
    QString m_farmerName;
    bool m_wasLoggedIn = false;
};

} // namespace boli::client
