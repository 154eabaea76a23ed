// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/demodata.h"

#include "app/serverparts.h"

namespace boli::server {
namespace {
using namespace Qt::StringLiterals;

struct DemoAccount
{
    Role role;
    const char16_t *login;
    const char16_t *name;
    const char16_t *secret;
};

constexpr DemoAccount kAccounts[] {
    {Role::Admin, u"admin@boli.example", u"Boli Admin", u"admin-demo-pass"},
    {Role::FieldAgent, u"9000000001", u"Kavita Sharma (field agent)", u"agent-demo-pass"},
    {Role::Farmer, u"9800000001", u"Ramesh Patel", u"1234"},
    {Role::Farmer, u"9800000002", u"Sunita Devi", u"1234"},
    {Role::Farmer, u"9800000003", u"Gurpreet Singh", u"1234"},
    {Role::Trader, u"9700000001", u"Agarwal Traders", u"trader-demo-pass"},
    {Role::Trader, u"9700000002", u"Mehta & Sons", u"trader-demo-pass"},
    {Role::Trader, u"9700000003", u"Kisan Agro Pvt Ltd", u"trader-demo-pass"},
};
} // namespace

DemoData::DemoData(ServerParts &parts)
    : m_parts(parts)
{ }

QString DemoData::seed()
{
    QStringList lines {u"Demo accounts (login / secret):"_s};
    for (const DemoAccount &demo : kAccounts) {
        NewAccount account;
        const QString login = QString::fromUtf16(demo.login);
        (login.contains(u'@') ? account.email : account.phone) = login;
        account.displayName = QString::fromUtf16(demo.name);
        account.role = demo.role;
        account.secret = QString::fromUtf16(demo.secret);
        const auto result =
            QCoro::waitFor(m_parts.accounts.create(account, AuditActor::system(), u"demo.seed"_s));
        const auto *error = std::get_if<Error>(&result);
        const QString state = !error                  ? u"created"_s
            : error->code == ErrorCode::AlreadyExists ? u"exists"_s
                                                      : u"FAILED: "_s + error->message;
        lines << u"  %1 %2 / %3 — %4 (%5)"_s.arg(
            roleName(demo.role), login, account.secret, account.displayName, state);
    }
    return lines.join(u'\n');
}

} // namespace boli::server
