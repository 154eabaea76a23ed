// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/auditverifier.h"

#include "audit/auditlog.h"

namespace boli::server {
namespace {
using namespace Qt::StringLiterals;
}

QString AuditVerification::summary() const
{
    if (intact()) {
        return u"audit log intact: %1 records verified"_s.arg(checked);
    }
    return u"audit log BROKEN at record %1: %2 (%3 records before it verified)"_s.arg(
        QString::number(*brokenId), reason, QString::number(checked));
}

AuditVerifier::AuditVerifier(const Database &database)
    : m_database(database)
{ }

AuditVerification AuditVerifier::verify() const
{
    SqlQuery query(m_database, u"SELECT "_s + AuditRecord::kColumns + u" FROM audit_log ORDER BY id"_s);
    query.exec();
    AuditVerification result;
    qint64 expectedId = 1;
    QString expectedPrev = AuditLog::kGenesisHash;
    while (query.next()) {
        const AuditRecord record = AuditRecord::fromRow(query);
        if (record.id != expectedId) {
            result.brokenId = record.id;
            result.reason = u"record %1 is missing before it"_s.arg(expectedId);
        } else if (record.prevHash != expectedPrev) {
            result.brokenId = record.id;
            result.reason = u"its link to the previous record does not match (a record before it changed)"_s;
        } else if (record.computeHash() != record.hash) {
            result.brokenId = record.id;
            result.reason = u"its contents do not match its hash (the record was altered)"_s;
        }
        if (result.brokenId) {
            return result;
        }
        ++result.checked;
        ++expectedId;
        expectedPrev = record.hash;
    }
    return result;
}

} // namespace boli::server
