// SPDX-License-Identifier: GPL-3.0-or-later
#include "offline/localdatabase.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QUuid>

Q_LOGGING_CATEGORY(lcLocal, "boli.client.local")

namespace boli::client {
using namespace Qt::StringLiterals;

LocalDatabase::LocalDatabase(const QString &filePath, const QString &purpose)
    : m_connectionName(u"boli-local-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_purpose(purpose)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    if (!filePath.isEmpty()) {
        QDir().mkpath(QFileInfo(filePath).absolutePath());
        db.setDatabaseName(filePath);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        m_persistent = db.open();
        if (!m_persistent) {
            qCWarning(lcLocal).noquote() << "cannot open the" << m_purpose << "file" << filePath << "-"
                                         << db.lastError().text() << "- keeping it in memory only";
        }
    }
    if (!m_persistent) {
        db.setDatabaseName(u":memory:"_s);
        if (!db.open()) {
            qCWarning(lcLocal).noquote() << "cannot open an in-memory" << m_purpose << db.lastError().text();
        }
    }
}

LocalDatabase::~LocalDatabase()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase LocalDatabase::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QSqlQuery LocalDatabase::prepare(const QString &sql) const
{
    QSqlQuery query(connection());
    if (!query.prepare(sql)) {
        warn(query);
    }
    return query;
}

bool LocalDatabase::execute(const QString &sql) const
{
    QSqlQuery query(connection());
    if (!query.exec(sql)) {
        warn(query);
        return false;
    }
    return true;
}

void LocalDatabase::warn(const QSqlQuery &query) const
{
    qCWarning(lcLocal).noquote() << m_purpose << "statement failed:" << query.lastError().text() << "in"
                                 << query.lastQuery().simplified().left(120);
}

} // namespace boli::client
