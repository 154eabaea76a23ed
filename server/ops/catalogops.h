// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/opdispatcher.h"

namespace boli::server {

class AuditLog;
class CatalogRepository;
class Database;

/// @brief The crop catalog over the wire: anyone reads it, admins add and change categories and crops.
class CatalogOps
{
public:
    static constexpr qsizetype kMaxNameLength = 60;

    CatalogOps(const Database &database, CatalogRepository &catalog, AuditLog &auditLog);
    void registerOps(OpDispatcher &dispatcher);

    QCoro::Task<OpResult> list(Caller caller, QJsonObject fields);
    QCoro::Task<OpResult> saveCategory(Caller caller, QJsonObject fields);
    QCoro::Task<OpResult> saveCrop(Caller caller, QJsonObject fields);

private:
    const Database &m_database;
    CatalogRepository &m_catalog;
    AuditLog &m_auditLog;
};

} // namespace boli::server
