// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "opcall.h"
#include "testclient.h"
#include "testserver.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <memory>

namespace boli::test {

/// The values of `field` in each object of the reply's `array`, as text.
QStringList listed(const protocol::Reply &reply, const QString &array, const QString &field);
/// "user:<id>", the audit target of an account.
QString userTarget(qint64 id);

/// @brief An admin ops test's fixture: a fresh server per test function with an admin logged in over a
/// WebSocket, and the check that a refused request left nothing behind.
///
/// A test class derives from it and inherits init() and cleanup().
class AdminSession : public QObject
{
    Q_OBJECT
public:
    static inline const QString kAdminLogin = QStringLiteral("asha@boli.example");
    static inline const QString kPassword = QStringLiteral("market-pass-1");

protected Q_SLOTS:
    /// A fresh server whose admin is logged in on m_admin.
    void init();
    void cleanup();

protected:
    /// The admin's request.
    protocol::Reply admin(const QString &op, const QJsonObject &fields = {});
    /// A fresh greeted connection, logged in when a login is given (short secrets are PINs).
    std::unique_ptr<TestClient> openClient(const QString &login = {}, const QString &secret = kPassword);
    /// A small market to search: a farmer, two traders (one with '%' and '_' in its name), a firm.
    void addPeople();
    /// Read from the store, so the tests of other ops do not lean on admin.audit.list.
    QJsonObject newestAudit(const QString &op, const QString &target);
    qint64 rows(const QString &table);
    /// Everything a refused request could have touched.
    QJsonObject snapshot();
    /// Runs a refusalColumns() row: with addPeople(), user_id "$trader", "$farmer" or "$self" stands for
    /// that account's id; the caller is "admin", "trader" or "guest"; nothing may change.
    void checkRefusal();

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<TestClient> m_admin;
    server::User m_adminUser;
    server::User m_farmer;
    server::User m_trader;
};

} // namespace boli::test
