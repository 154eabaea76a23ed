// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/clientapp.h"
#include "testclient.h"
#include "testserver.h"

#include <QSignalSpy>
#include <memory>

namespace boli::test {

/// @brief The admin-mode client against a real server: a fresh server per test function with an
/// admin, a farmer and a trader, and the real ClientApp (mode "admin") logged in as the admin.
class AdminClient : public QObject
{
    Q_OBJECT
public:
    static inline const QString kAdminLogin = QStringLiteral("asha@boli.example");
    static inline const QString kPassword = QStringLiteral("market-pass-1");
    static inline const QString kFarmerPhone = QStringLiteral("9811111111");
    static inline const QString kFarmerPin = QStringLiteral("4321");
    static inline const QString kTraderPhone = QStringLiteral("9711111111");

protected Q_SLOTS:
    void init();
    void cleanup();

protected:
    [[nodiscard]] client::AdminArea &area() { return *m_app->admin(); }
    /// A fresh greeted connection, logged in (short secrets are PINs).
    std::unique_ptr<TestClient> openClient(const QString &login, const QString &secret);
    /// The farmer lists a lot through `listing.create`; its id, or 0 on failure.
    qint64 createListing(TestClient &farmer);
    /// A listing's status as the farmer sees it.
    QJsonObject listingOf(TestClient &farmer, qint64 listingId);
    /// Waits for the model's next `refreshed` after asking again; false on timeout.
    static bool refreshed(client::QueryModel &model);
    /// Runs `act` and waits for the area's actionFinished: {ok, message}.
    template<typename Act>
    std::pair<bool, QString> finish(Act act)
    {
        QSignalSpy finished(&area(), &client::AdminArea::actionFinished);
        act();
        if (finished.isEmpty() && !finished.wait(10'000)) {
            return {false, QStringLiteral("<no answer>")};
        }
        return {finished.first().at(1).toBool(), finished.first().at(2).toString()};
    }

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<client::ClientApp> m_app;
    server::User m_admin;
    server::User m_farmer;
    server::User m_trader;
};

} // namespace boli::test
