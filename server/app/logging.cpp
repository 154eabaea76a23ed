// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/logging.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <cstdio>

namespace boli::server {
namespace {
using namespace Qt::StringLiterals;

bool g_json = false;

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "error";
    case QtFatalMsg:
        return "fatal";
    }
    return "info";
}

void writeLine(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString time = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QString category = QString::fromLatin1(context.category ? context.category : "default");
    QByteArray line;
    if (g_json) {
        line = QJsonDocument(QJsonObject {{u"ts"_s, time}, {u"level"_s, QString::fromLatin1(levelName(type))},
                                 {u"category"_s, category}, {u"msg"_s, message}})
                   .toJson(QJsonDocument::Compact);
    } else {
        line = u"%1 %2 %3 %4"_s.arg(time, QString::fromLatin1(levelName(type)).toUpper(), category, message)
                   .toUtf8();
    }
    line += '\n';
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stderr);
    std::fflush(stderr);
}

} // namespace

void installLogging(const QString &level, const QString &format)
{
    g_json = format == u"json"_s;
    QStringList rules {u"qt.*.debug=false"_s};
    if (level != u"debug"_s) {
        rules << u"*.debug=false"_s;
    }
    if (level == u"warning"_s || level == u"error"_s) {
        rules << u"*.info=false"_s;
    }
    if (level == u"error"_s) {
        rules << u"*.warning=false"_s;
    }
    QLoggingCategory::setFilterRules(rules.join(u'\n'));
    qInstallMessageHandler(writeLine);
}

} // namespace boli::server
