// SPDX-License-Identifier: GPL-3.0-or-later
#include "boli/errorcode.h"

#include <array>

namespace boli {
namespace {

struct ErrorInfo
{
    ErrorCode code;
    const char16_t *name;
    const char16_t *message;
};

constexpr std::array<ErrorInfo, 38> kErrors {{
    {ErrorCode::BadJson, u"bad_json", u"The frame is not valid JSON."},
    {ErrorCode::NotAnObject, u"not_an_object", u"The frame must be a JSON object."},
    {ErrorCode::MissingField, u"missing_field", u"A required field is missing."},
    {ErrorCode::WrongType, u"wrong_type", u"A field has the wrong type."},
    {ErrorCode::InvalidValue, u"invalid_value", u"A field has a value that is not allowed."},
    {ErrorCode::UnknownOp, u"unknown_op", u"The server does not know this operation."},
    {ErrorCode::FrameTooLarge, u"frame_too_large", u"The frame is larger than the server accepts."},
    {ErrorCode::BinaryFrame, u"binary_frame", u"Binary frames are not accepted; send JSON text."},
    {ErrorCode::UnsupportedProtocol, u"unsupported_protocol",
        u"The server does not speak this protocol version."},
    {ErrorCode::HelloRequired, u"hello_required", u"Send hello before any other operation."},
    {ErrorCode::Unauthenticated, u"unauthenticated", u"Log in first."},
    {ErrorCode::Forbidden, u"forbidden", u"You are not allowed to do this."},
    {ErrorCode::InvalidCredentials, u"invalid_credentials", u"Wrong login or secret."},
    {ErrorCode::AccountLocked, u"account_locked", u"Too many failed logins; try again later."},
    {ErrorCode::AccountBanned, u"account_banned", u"This account is banned."},
    {ErrorCode::TotpRequired, u"totp_required", u"Enter the code from your authenticator app."},
    {ErrorCode::TotpInvalid, u"totp_invalid", u"The authenticator code is wrong."},
    {ErrorCode::TotpEnrollmentRequired, u"totp_enrollment_required",
        u"Set up two-factor authentication before doing anything else."},
    {ErrorCode::TokenExpired, u"token_expired", u"The token has expired."},
    {ErrorCode::TokenInvalid, u"token_invalid", u"The token is not valid."},
    {ErrorCode::TokenReused, u"token_reused",
        u"This refresh token was already used; the session is revoked."},
    {ErrorCode::SessionRevoked, u"session_revoked", u"This session has ended."},
    {ErrorCode::RateLimited, u"rate_limited", u"Too many requests; slow down."},
    {ErrorCode::NotFound, u"not_found", u"Not found."},
    {ErrorCode::AlreadyExists, u"already_exists", u"It already exists."},
    {ErrorCode::InternalError, u"internal_error", u"The server failed; the change was not made."},
    {ErrorCode::ListingNotLive, u"listing_not_live", u"This listing is not open for bids."},
    {ErrorCode::AuctionEnded, u"auction_ended", u"The auction has ended."},
    {ErrorCode::BidTooLow, u"bid_too_low", u"The bid is below the lowest allowed amount."},
    {ErrorCode::OwnListing, u"own_listing", u"You cannot bid on your own listing."},
    {ErrorCode::BuyNowUnavailable, u"buy_now_unavailable", u"Buy Now is no longer offered for this listing."},
    {ErrorCode::ProxyDisabled, u"proxy_disabled", u"Proxy bids are not accepted here."},
    {ErrorCode::InvalidTransition, u"invalid_transition",
        u"The listing cannot move to that status from here."},
    {ErrorCode::ListingHasBids, u"listing_has_bids", u"The listing already has bids."},
    {ErrorCode::NotVerified, u"not_verified", u"Your account must be verified first."},
    {ErrorCode::Conflict, u"conflict", u"Someone else changed this at the same moment; try again."},
    {ErrorCode::Offline, u"offline", u"There is no connection to the server right now."},
    {ErrorCode::TimedOut, u"timed_out",
        u"The server did not answer in time; the request may or may not have been done."},
}};

const ErrorInfo &infoFor(ErrorCode code)
{
    for (const auto &info : kErrors) {
        if (info.code == code) {
            return info;
        }
    }
    return kErrors.at(std::size_t(ErrorCode::InternalError));
}

} // namespace

QString errorCodeName(ErrorCode code)
{
    return QString::fromUtf16(infoFor(code).name);
}

std::optional<ErrorCode> errorCodeFromName(const QString &name)
{
    for (const auto &info : kErrors) {
        if (name == QStringView(info.name)) {
            return info.code;
        }
    }
    return std::nullopt;
}

QString errorCodeDefaultMessage(ErrorCode code)
{
    return QString::fromUtf16(infoFor(code).message);
}

Error Error::of(ErrorCode code, QString message)
{
    if (message.isEmpty()) {
        message = errorCodeDefaultMessage(code);
    }
    return Error {code, std::move(message)};
}

} // namespace boli
