// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/kioskarea.h"

#include "app/clientapp.h"

#include <QCoreApplication>

namespace boli::client {
using namespace Qt::StringLiterals;

namespace {
QString settingsFileIn(const QString &dataDir)
{
    return dataDir.isEmpty() ? QString() : dataDir + u"/kiosk.ini"_s;
}
} // namespace

KioskArea::KioskArea(ClientApp &app, QObject *parent)
    : QObject(parent)
    , m_app(app)
    , m_crops(app.connection(), *app.language())
    , m_myListings(app.connection())
    , m_sales(app.connection())
    , m_form(
          app.connection(), *app.outbox(), [&app] { return app.session().freshAccessToken(); },
          PhotoUploader::mediaUrlFor(app.serverUrl()), settingsFileIn(app.options().dataDir))
    , m_actions(app.connection())
    , m_priceHistory(app.connection(), *app.formatter(), *app.language())
    , m_analytics(app.connection(), *app.formatter())
{
    m_idle.setIdleSeconds(app.options().kioskIdleSeconds);
    connect(&m_idle, &IdleWatch::idle, this, &KioskArea::endSession);
    connect(&app.session(), &Session::changed, this, &KioskArea::onSessionChanged);
    if (app.mode() == u"kiosk"_s) {
        m_idle.watchApplication();
    }
}

void KioskArea::setIdleSeconds(int seconds)
{
    if (seconds > 0 && seconds != m_idle.idleSeconds()) {
        m_idle.setIdleSeconds(seconds);
        Q_EMIT idleSecondsChanged();
    }
}

bool KioskArea::fieldAgent() const
{
    return m_app.role() == u"field_agent"_s;
}

qint64 KioskArea::submitListing(qint64 cropId, qint64 quantityKg, qint64 startingPrice, int durationMinutes,
    const QString &mandi, const QString &district, const QString &state)
{
    if (fieldAgent() && m_farmerId <= 0) {
        m_form.setError(QCoreApplication::translate(
            "KioskArea", "Register the farmer first: a field agent lists for a farmer."));
        return 0;
    }
    ListingDraft draft;
    draft.farmerId = fieldAgent() ? m_farmerId : 0;
    draft.cropId = cropId;
    draft.quantityKg = quantityKg;
    draft.startingPrice = startingPrice;
    draft.durationMinutes = durationMinutes;
    draft.mandi = mandi;
    draft.district = district;
    draft.state = state;
    return m_form.submit(std::move(draft));
}

void KioskArea::acceptBid(qint64 listingId)
{
    listingCommand(u"listing.accept"_s, {{u"listing_id"_s, listingId}},
        QCoreApplication::translate("KioskArea", "Sold to the highest bidder."));
}

void KioskArea::confirmSale(qint64 listingId, bool accept)
{
    QJsonObject fields {{u"listing_id"_s, listingId}, {u"accept"_s, accept}};
    if (!accept) {
        fields.insert(
            u"reason"_s, QCoreApplication::translate("KioskArea", "Rejected by the farmer at the kiosk"));
    }
    listingCommand(u"listing.confirm"_s, std::move(fields),
        accept ? QCoreApplication::translate("KioskArea", "Sale confirmed.")
               : QCoreApplication::translate("KioskArea", "Bid rejected: the lot is not sold."));
}

void KioskArea::cancelListing(qint64 listingId)
{
    listingCommand(u"listing.cancel"_s, {{u"listing_id"_s, listingId}},
        QCoreApplication::translate("KioskArea", "Listing withdrawn."));
}

QCoro::Task<> KioskArea::listingCommand(QString op, QJsonObject fields, QString success)
{
    auto running = m_actions.run(std::move(op), std::move(fields));
    const protocol::Reply reply = co_await running;
    if (!reply.ok()) {
        m_myListings.refresh(); // the listing moved meanwhile: show what it is now
        Q_EMIT actionFinished(false, OpRunner::messageFor(reply));
        co_return;
    }
    m_myListings.replace(reply.fields.value(u"listing"_s).toObject());
    if (reply.fields.contains(u"transaction"_s)) {
        m_sales.refresh();
    }
    Q_EMIT actionFinished(true, success);
}

void KioskArea::updateSale(qint64 transactionId, const QString &status)
{
    updateSaleTask(transactionId, status);
}

QCoro::Task<> KioskArea::updateSaleTask(qint64 transactionId, QString status)
{
    QJsonObject fields {{u"transaction_id"_s, transactionId}, {u"status"_s, status}};
    auto running = m_actions.run(u"transaction.update"_s, std::move(fields));
    const protocol::Reply reply = co_await running;
    if (reply.ok()) {
        m_sales.replace(reply.fields.value(u"transaction"_s).toObject());
    }
    Q_EMIT actionFinished(reply.ok(),
        reply.ok() ? QCoreApplication::translate("KioskArea", "Sale updated.") : OpRunner::messageFor(reply));
}

void KioskArea::registerFarmer(const QString &name, const QString &phone, const QString &pin)
{
    registerFarmerTask({{u"display_name"_s, name.trimmed()}, {u"phone"_s, phone.trimmed()}, {u"pin"_s, pin}});
}

QCoro::Task<> KioskArea::registerFarmerTask(QJsonObject fields)
{
    auto running = m_actions.run(u"agent.register_farmer"_s, std::move(fields));
    const protocol::Reply reply = co_await running;
    if (!reply.ok()) {
        Q_EMIT farmerRegistered(false, OpRunner::messageFor(reply));
        co_return;
    }
    const QJsonObject user = reply.fields.value(u"user"_s).toObject();
    setFarmer(user.value(u"id"_s).toInteger(), user.value(u"display_name"_s).toString());
    Q_EMIT farmerRegistered(true,
        QCoreApplication::translate("KioskArea", "%1 is registered. You can now list for them.")
            .arg(m_farmerName));
}

void KioskArea::endSession()
{
    forgetEverything();
    if (m_app.loggedIn()) {
        m_app.logout();
    }
    Q_EMIT sessionReset();
}

void KioskArea::onSessionChanged()
{
    const bool loggedIn = m_app.loggedIn();
    if (m_wasLoggedIn && !loggedIn) {
        forgetEverything(); // ended by the server or the logout button alike
    }
    m_wasLoggedIn = loggedIn;
    m_idle.restart();
    Q_EMIT roleChanged();
}

void KioskArea::forgetEverything()
{
    m_crops.clear();
    m_myListings.forget();
    m_sales.clear();
    m_form.reset();
    m_priceHistory.clear();
    m_analytics.clear();
    m_actions.clearError();
    setFarmer(0, {});
}

void KioskArea::setFarmer(qint64 id, const QString &name)
{
    if (id != m_farmerId || name != m_farmerName) {
        m_farmerId = id;
        m_farmerName = name;
        Q_EMIT farmerChanged();
    }
}

qint64 KioskArea::parseKg(const QString &text) const
{
    return parseKilograms(text);
}

QString KioskArea::quintalHint(qint64 kg) const
{
    if (kg <= 0) {
        return {};
    }
    // 100 kg to the quintal; whole quintals, or one or two decimals without floating point.
    QString amount = QString::number(kg / 100);
    if (const qint64 rest = kg % 100; rest != 0) {
        amount += u'.' + QString::number(rest).rightJustified(2, u'0');
        while (amount.endsWith(u'0')) {
            amount.chop(1);
        }
    }
    return QCoreApplication::translate("KioskArea", "= %1 quintal").arg(amount);
}

QString KioskArea::durationText(int minutes) const
{
    constexpr int kDay = 24 * 60;
    if (minutes % kDay == 0) {
        return minutes == kDay ? QCoreApplication::translate("KioskArea", "1 day")
                               : QCoreApplication::translate("KioskArea", "%1 days").arg(minutes / kDay);
    }
    if (minutes % 60 == 0) {
        return minutes == 60 ? QCoreApplication::translate("KioskArea", "1 hour")
                             : QCoreApplication::translate("KioskArea", "%1 hours").arg(minutes / 60);
    }
    return QCoreApplication::translate("KioskArea", "%1 minutes").arg(minutes);
}

QString KioskArea::bidsText(qint64 count) const
{
    return count == 1 ? QCoreApplication::translate("KioskArea", "1 bid")
                      : QCoreApplication::translate("KioskArea", "%1 bids").arg(count);
}

QString KioskArea::statusText(const QString &status) const
{
    static const QHash<QString, const char *> kTexts {
        {u"pending_review"_s, QT_TRANSLATE_NOOP("KioskArea", "Waiting for approval")},
        {u"scheduled"_s, QT_TRANSLATE_NOOP("KioskArea", "Starts soon")},
        {u"live"_s, QT_TRANSLATE_NOOP("KioskArea", "Bidding open")},
        {u"awaiting_confirmation"_s, QT_TRANSLATE_NOOP("KioskArea", "Waiting for your decision")},
        {u"sold"_s, QT_TRANSLATE_NOOP("KioskArea", "Sold")},
        {u"unsold"_s, QT_TRANSLATE_NOOP("KioskArea", "Not sold")},
        {u"cancelled"_s, QT_TRANSLATE_NOOP("KioskArea", "Cancelled")},
        {u"pending"_s, QT_TRANSLATE_NOOP("KioskArea", "Sale pending")},
        {u"confirmed"_s, QT_TRANSLATE_NOOP("KioskArea", "Confirmed")},
        {u"paid"_s, QT_TRANSLATE_NOOP("KioskArea", "Paid")},
        {u"delivered"_s, QT_TRANSLATE_NOOP("KioskArea", "Delivered")},
        {u"completed"_s, QT_TRANSLATE_NOOP("KioskArea", "Completed")},
        {u"disputed"_s, QT_TRANSLATE_NOOP("KioskArea", "Disputed")},
    };
    const auto it = kTexts.constFind(status);
    return it != kTexts.cend() ? QCoreApplication::translate("KioskArea", *it) : status;
}

} // namespace boli::client
