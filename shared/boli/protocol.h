// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boli/errorcode.h"

#include <QByteArray>
#include <QJsonObject>
#include <optional>
#include <variant>

/// The wire format of docs/protocol.md: JSON text frames over one WebSocket.
namespace boli::protocol {

/// Bumped only when an old client can no longer be served; new ops and fields do not bump it.
inline constexpr int kVersion = 1;
/// Frames larger than this are answered with frame_too_large and otherwise ignored.
inline constexpr qsizetype kMaxFrameBytes = 1024 * 1024;
/// Frames larger than this are abuse: the transport closes the socket (close code 1009).
inline constexpr qsizetype kAbuseFrameBytes = 4 * 1024 * 1024;

/// WebSocket close codes the server uses (docs/protocol.md, "Close codes").
enum CloseCode : quint16 {
    CloseGoingAway = 1001, ///< server shutting down
    ClosePolicyViolation = 1008, ///< too many bad frames in a row
    CloseTooBig = 1009, ///< frame beyond kAbuseFrameBytes
    CloseSessionEnded = 4001, ///< logged out elsewhere, banned, or the session was revoked
};

/// @brief A client's request: {"id":N,"op":"name",...fields}.
struct Request
{
    qint64 id = 0;
    QString op;
    QJsonObject fields; ///< the whole object, "id" and "op" included
};

/// @brief A server's answer to one request: {"re":N,"ok":...}.
struct Reply
{
    std::optional<qint64> re; ///< empty when the request's id could not be read
    QJsonObject fields;
    std::optional<Error> error;
    qint64 serverTimeMs = 0;

    [[nodiscard]] bool ok() const { return !error.has_value(); }
};

/// @brief Something the server pushes unasked: {"event":"name","seq":N,...}.
struct Event
{
    QString name;
    qint64 seq = 0;
    QJsonObject fields;
    qint64 serverTimeMs = 0;
};

/// @brief Why a frame could not be decoded, with the request id when one was readable.
struct DecodeFailure
{
    Error error;
    std::optional<qint64> requestId;
};

// Server side
[[nodiscard]] std::variant<Request, DecodeFailure> decodeRequest(const QByteArray &frame);
[[nodiscard]] QByteArray encodeSuccess(qint64 re, QJsonObject fields, qint64 serverTimeMs);
[[nodiscard]] QByteArray encodeFailure(std::optional<qint64> re, const Error &error, qint64 serverTimeMs);
[[nodiscard]] QByteArray encodeEvent(
    const QString &name, qint64 seq, QJsonObject fields, qint64 serverTimeMs);

// Client side
[[nodiscard]] QByteArray encodeRequest(qint64 id, const QString &op, QJsonObject fields = {});
[[nodiscard]] std::variant<Reply, Event, DecodeFailure> decodeServerMessage(const QByteArray &frame);

} // namespace boli::protocol
