// SPDX-License-Identifier: GPL-3.0-or-later
#include "admin/adminarea.h"

#include "app/clientapp.h"
#include "boli/role.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace boli::client {
using namespace Qt::StringLiterals;

AdminArea::AdminArea(ClientApp &app, QObject *parent)
    : QObject(parent)
    , m_app(app)
    , m_actions(app.connection())
    , m_pending(app.connection())
    , m_users(app.connection())
    , m_audit(app.connection())
    , m_settings(app.connection(), *app.language())
    , m_overview(app.connection())
    , m_analytics(app.connection(), *app.formatter(), *app.language())
{
    m_overview.followFeed(app.listings(), ListingsModel::BidCountRole);
    m_poll.setInterval(10'000);
    connect(&m_poll, &QTimer::timeout, this, &AdminArea::pollPending);
    connect(app.language(), &Language::changed, this, &AdminArea::cropNamesChanged);
    connect(&app.session(), &Session::changed, this, &AdminArea::onSessionChanged);
    // After a reconnect the lists may have missed changes: ask again.
    connect(&app.connection(), &ServerConnection::online, this, [this] {
        if (m_active) {
            refreshAll();
        }
    });
}

void AdminArea::onSessionChanged()
{
    const bool admin = m_app.session().loggedIn() && m_app.session().role() == u"admin"_s;
    if (admin == m_active) {
        return;
    }
    m_active = admin;
    if (admin) {
        loadCrops();
        refreshAll();
        m_overview.start();
        m_poll.start();
        return;
    }
    // Logged out: nothing of the last admin's view stays on screen.
    m_poll.stop();
    m_overview.stop();
    m_pending.clear();
    m_users.clear();
    m_audit.clear();
    m_settings.clear();
    m_analytics.clear();
}

void AdminArea::refreshAll()
{
    m_pending.refresh();
    m_users.refresh();
    m_audit.refresh();
    m_settings.refresh();
    m_overview.refresh();
    m_analytics.refresh();
}

QStringList AdminArea::roles() const
{
    return {u"farmer"_s, u"trader"_s, u"business_seller"_s, u"field_agent"_s, u"admin"_s};
}

QString AdminArea::roleLabel(const QString &role) const
{
    if (role == u"farmer"_s) {
        return QCoreApplication::translate("AdminArea", "Farmer");
    }
    if (role == u"trader"_s) {
        return QCoreApplication::translate("AdminArea", "Trader");
    }
    if (role == u"business_seller"_s) {
        return QCoreApplication::translate("AdminArea", "Business seller");
    }
    if (role == u"field_agent"_s) {
        return QCoreApplication::translate("AdminArea", "Field agent");
    }
    if (role == u"admin"_s) {
        return QCoreApplication::translate("AdminArea", "Admin");
    }
    return role;
}

QVariantMap AdminArea::cropNames() const
{
    const bool hindi = m_app.language()->code() == u"hi"_s;
    QVariantMap names;
    for (auto it = m_crops.cbegin(); it != m_crops.cend(); ++it) {
        names.insert(QString::number(it.key()), hindi && !it->second.isEmpty() ? it->second : it->first);
    }
    return names;
}

QString AdminArea::checkReason(const QString &reason) const
{
    const QString trimmed = reason.trimmed();
    if (trimmed.isEmpty()) {
        return QCoreApplication::translate("AdminArea", "Give a reason: the person concerned will read it.");
    }
    if (trimmed.size() > kMaxReasonLength) {
        return QCoreApplication::translate("AdminArea", "Keep the reason under %1 characters.")
            .arg(kMaxReasonLength);
    }
    return {};
}

void AdminArea::refuse(const QString &action, const QString &message)
{
    Q_EMIT actionFinished(action, false, message);
}

void AdminArea::approveListing(qint64 listingId)
{
    review(listingId, true, {});
}

void AdminArea::rejectListing(qint64 listingId, const QString &reason)
{
    const QString why = checkReason(reason);
    if (!why.isEmpty()) {
        refuse(u"rejectListing"_s, why);
        return;
    }
    review(listingId, false, reason.trimmed());
}

QCoro::Task<> AdminArea::review(qint64 listingId, bool approve, QString reason)
{
    QJsonObject fields {{u"listing_id"_s, listingId}, {u"approve"_s, approve}};
    if (!approve) {
        fields.insert(u"reason"_s, reason);
    }
    auto reviewing = m_actions.run(u"admin.listings.review"_s, std::move(fields));
    const protocol::Reply reply = co_await reviewing;
    const QString action = approve ? u"approveListing"_s : u"rejectListing"_s;
    // Ask again either way: on success it left the queue, on failure someone else may have acted.
    m_pending.refresh();
    if (!reply.ok()) {
        refuse(action, OpRunner::messageFor(reply));
        co_return;
    }
    m_overview.refresh();
    Q_EMIT actionFinished(action, true,
        approve ? QCoreApplication::translate("AdminArea", "Listing %1 approved.").arg(listingId)
                : QCoreApplication::translate("AdminArea", "Listing %1 rejected.").arg(listingId));
}

void AdminArea::banUser(qint64 userId, const QString &reason)
{
    const QString why = checkReason(reason);
    if (!why.isEmpty()) {
        refuse(u"banUser"_s, why);
        return;
    }
    userOp(u"banUser"_s, u"admin.users.ban"_s, {{u"user_id"_s, userId}, {u"reason"_s, reason.trimmed()}},
        QCoreApplication::translate("AdminArea", "The account is banned and its sessions have ended."));
}

void AdminArea::unbanUser(qint64 userId)
{
    userOp(u"unbanUser"_s, u"admin.users.unban"_s, {{u"user_id"_s, userId}},
        QCoreApplication::translate("AdminArea", "The account is unbanned."));
}

void AdminArea::setUserRole(qint64 userId, const QString &role)
{
    if (!roles().contains(role)) {
        refuse(u"setUserRole"_s, QCoreApplication::translate("AdminArea", "Choose a role from the list."));
        return;
    }
    userOp(u"setUserRole"_s, u"admin.users.set_role"_s, {{u"user_id"_s, userId}, {u"role"_s, role}},
        QCoreApplication::translate("AdminArea", "The role is now %1.").arg(roleLabel(role)));
}

void AdminArea::setUserVerified(qint64 userId, bool verified)
{
    userOp(u"setUserVerified"_s, u"admin.users.verify"_s, {{u"user_id"_s, userId}, {u"verified"_s, verified}},
        verified ? QCoreApplication::translate("AdminArea", "The account is verified.")
                 : QCoreApplication::translate("AdminArea", "The account is no longer verified."));
}

void AdminArea::createUser(const QString &role, const QString &displayName, const QString &phone,
    const QString &email, const QString &secret)
{
    const auto parsed = roleFromName(role);
    if (!parsed || !roles().contains(role)) {
        refuse(u"createUser"_s, QCoreApplication::translate("AdminArea", "Choose a role from the list."));
        return;
    }
    QJsonObject fields {{u"role"_s, role}, {u"display_name"_s, displayName.trimmed()}};
    if (!phone.trimmed().isEmpty()) {
        fields.insert(u"phone"_s, phone.trimmed());
    }
    if (!email.trimmed().isEmpty()) {
        fields.insert(u"email"_s, email.trimmed());
    }
    fields.insert(roleUsesPin(*parsed) ? u"pin"_s : u"password"_s, secret);
    userOp(u"createUser"_s, u"admin.users.create"_s, std::move(fields),
        QCoreApplication::translate("AdminArea", "The account is created."));
}

QCoro::Task<> AdminArea::userOp(QString action, QString op, QJsonObject fields, QString done)
{
    auto running = m_actions.run(std::move(op), std::move(fields));
    const protocol::Reply reply = co_await running;
    if (!reply.ok()) {
        refuse(action, OpRunner::messageFor(reply));
        co_return;
    }
    if (action == u"createUser"_s) {
        m_users.refresh();
    } else {
        m_users.apply(reply.fields.value(u"user"_s).toObject());
    }
    Q_EMIT actionFinished(action, true, done);
}

QCoro::Task<> AdminArea::loadCrops()
{
    auto asking = m_app.connection().request(u"catalog.list"_s);
    const protocol::Reply reply = co_await asking;
    if (!reply.ok()) {
        co_return; // names fall back to "Crop <id>"; the next login asks again
    }
    for (const QJsonValue &category : reply.fields.value(u"categories"_s).toArray()) {
        for (const QJsonValue &crop : category[u"crops"_s].toArray()) {
            m_crops.insert(
                crop[u"id"_s].toInteger(), {crop[u"name_en"_s].toString(), crop[u"name_hi"_s].toString()});
        }
    }
    Q_EMIT cropNamesChanged();
}

QCoro::Task<> AdminArea::pollPending()
{
    const QJsonObject page {{u"limit"_s, 200}};
    auto asking = m_app.connection().request(u"admin.listings.pending"_s, page);
    const protocol::Reply reply = co_await asking;
    if (!reply.ok() || !m_active) {
        co_return;
    }
    QList<qint64> waiting;
    for (const QJsonValue &listing : reply.fields.value(u"listings"_s).toArray()) {
        waiting << listing[u"id"_s].toInteger();
    }
    QList<qint64> shown;
    for (const QJsonObject &listing : m_pending.rows()) {
        shown << listing.value(u"id"_s).toInteger();
    }
    if (waiting != shown) {
        m_pending.refresh();
    }
}

} // namespace boli::client
