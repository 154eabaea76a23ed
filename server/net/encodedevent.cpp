// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/encodedevent.h"

#include <QJsonDocument>
#include <QStringBuilder>

namespace boli::server {
namespace {
using namespace Qt::StringLiterals;

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
} // namespace

EncodedEvent::EncodedEvent(const QString &name, const QJsonObject &fields)
    : m_name(name)
{
    Q_ASSERT(
        !fields.contains(u"event"_s) && !fields.contains(u"seq"_s) && !fields.contains(u"server_time"_s));
    // The codec escapes the name; its closing brace makes room for the members that follow.
    m_head = compact({{u"event"_s, name}}).chopped(1) % u",\"seq\":"_s;
    // "{}" for no fields; otherwise "{…}", whose brace is replaced by the comma after server_time.
    m_tail = fields.isEmpty() ? u"}"_s : u","_s % QStringView(compact(fields)).mid(1);
}

QString EncodedEvent::frame(qint64 seq, qint64 serverTimeMs) const
{
    return m_head % QString::number(seq) % u",\"server_time\":"_s % QString::number(serverTimeMs) % m_tail;
}

} // namespace boli::server
