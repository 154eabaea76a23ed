// SPDX-License-Identifier: GPL-3.0-or-later
// Only admins may call admin ops: traders are refused, guests are asked to log in, nothing changes.

#include "adminsession.h"

#include <QTest>

using namespace boli;
using namespace boli::test;
using namespace Qt::StringLiterals;

namespace {

const QStringList kAdminOps {u"admin.users.list"_s, u"admin.users.create"_s, u"admin.users.ban"_s,
    u"admin.users.unban"_s, u"admin.users.set_role"_s, u"admin.audit.list"_s, u"admin.settings.set"_s};

} // namespace

/// @brief Every admin op refuses traders and guests.
class TestAdminAccess : public AdminSession
{
    Q_OBJECT

private Q_SLOTS:
    void adminOpsRefuseTradersAndGuests_data()
    {
        refusalColumns();
        const QJsonObject fields {{u"user_id"_s, u"$self"_s}, {u"reason"_s, u"x"_s}, {u"role"_s, u"trader"_s},
            {u"key"_s, u"kyc"_s}, {u"value"_s, true}};
        for (const QString &op : kAdminOps) {
            refusal(qPrintable(op + u" by trader"_s), op, fields, "forbidden", "trader");
            refusal(qPrintable(op + u" by guest"_s), op, fields, "unauthenticated", "guest");
        }
    }

    void adminOpsRefuseTradersAndGuests() { checkRefusal(); }
};

QTEST_GUILESS_MAIN(TestAdminAccess)
#include "tst_adminaccess.moc"
