// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boli/protocol.h"
#include "net/caller.h"

#include <QCoroTask>
#include <QHash>
#include <QJsonObject>
#include <functional>
#include <variant>

namespace boli::server {

/// What an op answers: the reply's fields, or an error.
using OpResult = std::variant<QJsonObject, Error>;
using OpHandler = std::function<QCoro::Task<OpResult>(Caller, QJsonObject)>;

/// @brief One operation: its name, who may call it, and the coroutine that runs it.
struct OpSpec
{
    QString name;
    QList<Role> roles; ///< Role::Guest here means anyone, logged in or not
    OpHandler handler;
    bool allowedWhileEnrolling = false; ///< callable by a session limited to TOTP enrolment
};

/// Roles sets used across the op tables.
namespace roles {
inline const QList<Role> anyone {Role::Guest};
inline const QList<Role> loggedIn {
    Role::Farmer, Role::Trader, Role::BusinessSeller, Role::FieldAgent, Role::Admin};
inline const QList<Role> admin {Role::Admin};
} // namespace roles

/// @brief Routes a decoded request to its op after checking the caller may call it.
class OpDispatcher
{
public:
    void add(OpSpec spec);

    /// Binds a member coroutine `Task<OpResult> T::fn(Caller, QJsonObject)` of an object that
    /// outlives the dispatcher's use.
    template<typename T>
    void add(const QString &name, QList<Role> roles, T *object,
        QCoro::Task<OpResult> (T::*fn)(Caller, QJsonObject), bool allowedWhileEnrolling = false)
    {
        add(OpSpec {name, std::move(roles),
            [object, fn](Caller caller, QJsonObject fields) {
                return (object->*fn)(std::move(caller), std::move(fields));
            },
            allowedWhileEnrolling});
    }

    /// Checks the op exists and the caller's role and scope allow it, then runs it with the request's
    /// fields minus the envelope ("id", "op"). Storage errors
    /// become internal_error; nothing half-done is left because each op commits in one transaction.
    QCoro::Task<OpResult> dispatch(Caller caller, protocol::Request request) const;

    [[nodiscard]] QStringList opNames() const;

private:
    [[nodiscard]] std::optional<Error> refuse(const OpSpec &spec, const Caller &caller) const;

    QHash<QString, OpSpec> m_ops;
};

} // namespace boli::server
