// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace boli::server {

/// @brief An event serialised once and sent to many connections, each with its own seq and time.
///
/// The JSON of the fields is built once; a frame is then two string joins, where
/// protocol::encodeEvent per connection re-serialised the whole object for every watcher. The
/// frame is {"event":…,"seq":N,"server_time":T,…fields}: the same members as encodeEvent, in a
/// different order, which JSON readers do not see.
class EncodedEvent
{
public:
    /// fields must not hold "event", "seq" or "server_time".
    EncodedEvent(const QString &name, const QJsonObject &fields);

    [[nodiscard]] QString frame(qint64 seq, qint64 serverTimeMs) const;
    [[nodiscard]] const QString &name() const { return m_name; }

private:
    QString m_name;
    QString m_head; ///< {"event":"name","seq":
    QString m_tail; ///< the fields after server_time, with the closing brace
};

} // namespace boli::server
