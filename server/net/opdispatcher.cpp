// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/opdispatcher.h"

#include "auth/accesstokens.h"
#include "storage/database.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcOps, "boli.ops")

namespace boli::server {
namespace {
using namespace Qt::StringLiterals;
}

std::optional<qint64> Caller::userId() const
{
    return session ? std::optional<qint64>(session->userId) : std::nullopt;
}

AuditActor Caller::actor() const
{
    return AuditActor {userId(), roleName(role()), deviceId, ip};
}

void OpDispatcher::add(OpSpec spec)
{
    Q_ASSERT(!m_ops.contains(spec.name));
    const QString name = spec.name;
    m_ops.insert(name, std::move(spec));
}

QStringList OpDispatcher::opNames() const
{
    QStringList names = m_ops.keys();
    names.sort();
    return names;
}

std::optional<Error> OpDispatcher::refuse(const OpSpec &spec, const Caller &caller) const
{
    if (caller.session && caller.session->scope == AccessTokens::kScopeTotpEnroll
        && !spec.allowedWhileEnrolling) {
        return Error::of(ErrorCode::TotpEnrollmentRequired);
    }
    if (spec.roles.contains(Role::Guest) || spec.roles.contains(caller.role())) {
        return std::nullopt;
    }
    if (!caller.session) {
        return Error::of(ErrorCode::Unauthenticated, u"log in to use '%1'"_s.arg(spec.name));
    }
    return Error::of(
        ErrorCode::Forbidden, u"a %1 may not use '%2'"_s.arg(roleName(caller.role()), spec.name));
}

QCoro::Task<OpResult> OpDispatcher::dispatch(Caller caller, protocol::Request request) const
{
    const auto it = m_ops.constFind(request.op);
    if (it == m_ops.cend()) {
        co_return Error::of(ErrorCode::UnknownOp, u"unknown op '%1'"_s.arg(request.op));
    }
    if (auto refusal = refuse(*it, caller)) {
        co_return *refusal;
    }
    // Copy the handler: the coroutine must not hold a reference into the hash.
    const OpHandler handler = it->handler;
    // Handlers see only their own fields; "op" in particular is a filter name for some of them.
    request.fields.remove(u"id"_s);
    request.fields.remove(u"op"_s);
    try {
        // Named: GCC 12 frees temporaries inside a co_await expression too early.
        auto running = handler(std::move(caller), std::move(request.fields));
        OpResult result = co_await running;
        co_return result;
    } catch (const SqlError &error) {
        qCCritical(lcOps).noquote() << "op" << request.op << "failed in storage:" << error.what();
    } catch (const std::exception &error) {
        qCCritical(lcOps).noquote() << "op" << request.op << "failed:" << error.what();
    }
    co_return Error::of(ErrorCode::InternalError);
}

} // namespace boli::server
