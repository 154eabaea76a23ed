// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/errormessages.h"

#include <QCoreApplication>

namespace boli::client {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ErrorMessages", text);
}
} // namespace

QString errorMessage(ErrorCode code)
{
    switch (code) {
    case ErrorCode::BadJson:
    case ErrorCode::NotAnObject:
    case ErrorCode::UnknownOp:
    case ErrorCode::FrameTooLarge:
    case ErrorCode::BinaryFrame:
    case ErrorCode::UnsupportedProtocol:
    case ErrorCode::HelloRequired:
        return tr("This app and the server do not understand each other. Please update the app.");
    case ErrorCode::MissingField:
        return tr("Please fill in every required field.");
    case ErrorCode::WrongType:
    case ErrorCode::InvalidValue:
        return tr("One of the values is not valid. Please check and try again.");
    case ErrorCode::Unauthenticated:
        return tr("Please log in first.");
    case ErrorCode::Forbidden:
        return tr("You are not allowed to do this.");
    case ErrorCode::InvalidCredentials:
        return tr("Wrong phone, email, PIN or password.");
    case ErrorCode::AccountLocked:
        return tr("Too many wrong attempts. The account is locked for a while.");
    case ErrorCode::AccountBanned:
        return tr("This account has been blocked. Please contact the mandi office.");
    case ErrorCode::TotpRequired:
        return tr("Enter the 6-digit code from your authenticator app.");
    case ErrorCode::TotpInvalid:
        return tr("The 6-digit code is wrong or has expired.");
    case ErrorCode::TotpEnrollmentRequired:
        return tr("Admins must set up two-factor authentication first.");
    case ErrorCode::TokenExpired:
    case ErrorCode::TokenInvalid:
    case ErrorCode::TokenReused:
    case ErrorCode::SessionRevoked:
        return tr("Your session has ended. Please log in again.");
    case ErrorCode::RateLimited:
        return tr("Too many attempts. Please wait a minute and try again.");
    case ErrorCode::NotFound:
        return tr("Not found. It may have been removed.");
    case ErrorCode::AlreadyExists:
        return tr("This already exists.");
    case ErrorCode::InternalError:
        return tr("The server had a problem. Nothing was changed; please try again.");
    case ErrorCode::ListingNotLive:
        return tr("This auction is not open for bids.");
    case ErrorCode::AuctionEnded:
        return tr("This auction has ended.");
    case ErrorCode::BidTooLow:
        return tr("Your bid is below the minimum. Someone may have bid before you.");
    case ErrorCode::OwnListing:
        return tr("You cannot bid on your own listing.");
    case ErrorCode::BuyNowUnavailable:
        return tr("Buy Now is no longer available for this listing.");
    case ErrorCode::ProxyDisabled:
        return tr("Automatic (proxy) bidding is switched off.");
    case ErrorCode::InvalidTransition:
        return tr("This cannot be done in the listing's current state.");
    case ErrorCode::ListingHasBids:
        return tr("This listing already has bids and cannot be changed.");
    case ErrorCode::NotVerified:
        return tr("Your account must be verified by the mandi office first.");
    case ErrorCode::Conflict:
        return tr("Someone else changed this at the same moment. Please try again.");
    case ErrorCode::Offline:
        return tr("No connection to the server. Please try again when online.");
    case ErrorCode::TimedOut:
        return tr("The server did not answer in time. Please try again.");
    }
    return tr("Something went wrong.");
}

QString errorMessage(const QString &codeName, const QString &serverText)
{
    if (const auto code = errorCodeFromName(codeName)) {
        return errorMessage(*code);
    }
    const QString general = tr("Something went wrong.");
    return serverText.isEmpty() ? general : general + u' ' + serverText;
}

} // namespace boli::client
