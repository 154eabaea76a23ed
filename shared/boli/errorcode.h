// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace boli {

/// Every machine-readable error the server can answer with. Sent by name (see docs/protocol.md).
/// Only append; never rename or remove, clients map the names to translated messages.
enum class ErrorCode {
    // The frame itself
    BadJson,
    NotAnObject,
    MissingField,
    WrongType,
    InvalidValue,
    UnknownOp,
    FrameTooLarge,
    BinaryFrame,
    UnsupportedProtocol,
    HelloRequired,
    // Who is asking
    Unauthenticated,
    Forbidden,
    InvalidCredentials,
    AccountLocked,
    AccountBanned,
    TotpRequired,
    TotpInvalid,
    TotpEnrollmentRequired,
    TokenExpired,
    TokenInvalid,
    TokenReused,
    SessionRevoked,
    RateLimited,
    // What is asked for
    NotFound,
    AlreadyExists,
    InternalError,
    // Auctions (append only)
    ListingNotLive,
    AuctionEnded,
    BidTooLow,
    OwnListing,
    BuyNowUnavailable,
    ProxyDisabled,
    InvalidTransition,
    ListingHasBids,
    NotVerified,
    Conflict,
    // Raised by the client library itself, never sent by the server (append only)
    Offline,
    TimedOut,
};

/// The newest code: loops over every code run from ErrorCode::BadJson to this.
inline constexpr ErrorCode kLastErrorCode = ErrorCode::TimedOut;

[[nodiscard]] QString errorCodeName(ErrorCode code);
[[nodiscard]] std::optional<ErrorCode> errorCodeFromName(const QString &name);
/// A plain English sentence for logs and for clients that know no better.
[[nodiscard]] QString errorCodeDefaultMessage(ErrorCode code);

/// @brief An error to send back: a code for machines, a message for humans.
struct Error
{
    ErrorCode code = ErrorCode::InternalError;
    QString message;

    static Error of(ErrorCode code, QString message = {});
};

} // namespace boli
