// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/databaseurl.h"

#include <QUrl>

namespace boli::server {
namespace {
using namespace Qt::StringLiterals;

/// The text with anything between "://" and "@" after a ':' hidden, for messages.
QString withoutPassword(const QString &text)
{
    const qsizetype scheme = text.indexOf(u"://"_s);
    const qsizetype at = text.lastIndexOf(u'@');
    const qsizetype colon = text.indexOf(u':', scheme + 3);
    if (scheme < 0 || at < 0 || colon < 0 || colon > at) {
        return text;
    }
    return text.left(colon + 1) + u"***"_s + text.mid(at);
}

std::variant<DatabaseUrl, QString> parsePostgres(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        return u"'%1' is not a valid postgres:// URL (expected postgres://user[:password]@host[:port]/database)"_s
            .arg(withoutPassword(text));
    }
    DatabaseUrl result;
    result.dialect = SqlDialect::Postgres;
    result.host = url.host();
    result.port = url.port(5432);
    result.user = url.userName();
    result.password = url.password();
    result.name = url.path().mid(1);
    if (result.name.isEmpty() || result.name.contains(u'/')) {
        return u"'%1' names no database (expected postgres://user@host/database)"_s.arg(
            url.toDisplayString(QUrl::RemovePassword));
    }
    if (result.user.isEmpty()) {
        return u"'%1' names no user (expected postgres://user@host/database)"_s.arg(withoutPassword(text));
    }
    return result;
}

} // namespace

std::variant<DatabaseUrl, QString> DatabaseUrl::parse(const QString &text)
{
    if (text.startsWith(u"postgres://"_s) || text.startsWith(u"postgresql://"_s)) {
        return parsePostgres(text);
    }
    QString path = text;
    if (path.startsWith(u"sqlite://"_s)) {
        path = path.mid(9);
    } else if (path.startsWith(u"sqlite:"_s)) {
        path = path.mid(7);
    } else if (path.contains(u"://"_s)) {
        return u"unsupported database URL '%1' (use sqlite:/path/file.db or postgres://user@host/db)"_s.arg(
            text);
    }
    if (path.isEmpty()) {
        return u"the SQLite database path is empty"_s;
    }
    DatabaseUrl result;
    result.dialect = SqlDialect::Sqlite;
    result.path = path;
    return result;
}

QString DatabaseUrl::redacted() const
{
    if (dialect == SqlDialect::Sqlite) {
        return u"sqlite:"_s + path;
    }
    const QString credentials = password.isEmpty() ? user : user + u":***"_s;
    return u"postgres://%1@%2:%3/%4"_s.arg(credentials, host, QString::number(port), name);
}

} // namespace boli::server
