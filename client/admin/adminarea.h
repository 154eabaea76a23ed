// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "admin/auditmodel.h"
#include "admin/marketanalytics.h"
#include "admin/marketoverview.h"
#include "admin/pendinglistingsmodel.h"
#include "admin/settingsmodel.h"
#include "admin/usersmodel.h"
#include "common/oprunner.h"

#include <QHash>
#include <QObject>
#include <QTimer>

namespace boli::client {

class ClientApp;

/// @brief Admin mode: moderation, users, settings and flags, the audit log, the market overview.
/// Exposed to QML as `App.admin`; owns this mode's models and typed actions.
///
/// Actions report through `actionFinished` with a translated sentence; the lists they touch are
/// brought up to date from the reply. The moderation queue and the overview are asked again every
/// ten seconds while an admin is logged in (the server announces no new pending listings).
class AdminArea : public QObject
{
    Q_OBJECT
    Q_PROPERTY(boli::client::OpRunner *actions READ actions CONSTANT)
    Q_PROPERTY(boli::client::PendingListingsModel *pending READ pending CONSTANT)
    Q_PROPERTY(boli::client::UsersModel *users READ users CONSTANT)
    Q_PROPERTY(boli::client::AuditModel *audit READ audit CONSTANT)
    Q_PROPERTY(boli::client::SettingsModel *settings READ settings CONSTANT)
    Q_PROPERTY(boli::client::MarketOverview *overview READ overview CONSTANT)
    Q_PROPERTY(boli::client::MarketAnalytics *analytics READ analytics CONSTANT)
    Q_PROPERTY(QStringList roles READ roles CONSTANT)
    /// Crop id (as text) → the crop's name in the current language, for the moderation cards.
    Q_PROPERTY(QVariantMap cropNames READ cropNames NOTIFY cropNamesChanged)

public:
    static constexpr int kMaxReasonLength = 500;

    explicit AdminArea(ClientApp &app, QObject *parent = nullptr);

    [[nodiscard]] OpRunner *actions() { return &m_actions; }
    [[nodiscard]] PendingListingsModel *pending() { return &m_pending; }
    [[nodiscard]] UsersModel *users() { return &m_users; }
    [[nodiscard]] AuditModel *audit() { return &m_audit; }
    [[nodiscard]] SettingsModel *settings() { return &m_settings; }
    [[nodiscard]] MarketOverview *overview() { return &m_overview; }
    [[nodiscard]] MarketAnalytics *analytics() { return &m_analytics; }
    /// Role names an admin may give (every role but guest).
    [[nodiscard]] QStringList roles() const;

    /// "" when `reason` will do for a rejection or a ban, else why not (translated).
    Q_INVOKABLE [[nodiscard]] QString checkReason(const QString &reason) const;
    /// A role name in the current language.
    Q_INVOKABLE [[nodiscard]] QString roleLabel(const QString &role) const;
    [[nodiscard]] QVariantMap cropNames() const;

    Q_INVOKABLE void approveListing(qint64 listingId);
    /// Rejects with a reason the seller will read; an empty reason is refused here.
    Q_INVOKABLE void rejectListing(qint64 listingId, const QString &reason);
    Q_INVOKABLE void banUser(qint64 userId, const QString &reason);
    Q_INVOKABLE void unbanUser(qint64 userId);
    Q_INVOKABLE void setUserRole(qint64 userId, const QString &role);
    Q_INVOKABLE void setUserVerified(qint64 userId, bool verified);
    /// A new account: farmers get a PIN, every other role a password, as `secret`.
    Q_INVOKABLE void createUser(const QString &role, const QString &displayName, const QString &phone,
        const QString &email, const QString &secret);
    /// Asks every list of the mode again.
    Q_INVOKABLE void refreshAll();

Q_SIGNALS:
    /// `action` is the invokable's name ("approveListing", …); `message` is translated.
    void actionFinished(const QString &action, bool ok, const QString &message);
    void cropNamesChanged();

private:
    void onSessionChanged();
    QCoro::Task<> review(qint64 listingId, bool approve, QString reason);
    QCoro::Task<> userOp(QString action, QString op, QJsonObject fields, QString done);
    QCoro::Task<> loadCrops();
    /// Asks the queue again only when its listings differ from those shown, so a reviewer's
    /// screen does not jump every few seconds.
    QCoro::Task<> pollPending();
    void refuse(const QString &action, const QString &message);

    ClientApp &m_app;
    OpRunner m_actions;
    PendingListingsModel m_pending;
    UsersModel m_users;
    AuditModel m_audit;
    SettingsModel m_settings;
    MarketOverview m_overview;
    MarketAnalytics m_analytics;
    QTimer m_poll;
    bool m_active = false;
    QHash<qint64, QPair<QString, QString>> m_crops; ///< id → English, Hindi name
};

} // namespace boli::client
