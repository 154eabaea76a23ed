// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/errormessages.h"

#include <QCoreApplication>

namespace boli::client {
// QCoreApplication::translate is spelled out at each call: lupdate files a sentence under the context
// it sees written there, and the lookup at run time must use the same one.

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
        return QCoreApplication::translate(
            "ErrorMessages", "This app and the server do not understand each other. Please update the app.");
    case ErrorCode::MissingField:
        return QCoreApplication::translate("ErrorMessages", "Please fill in every required field.");
    case ErrorCode::WrongType:
    case ErrorCode::InvalidValue:
        return QCoreApplication::translate(
            "ErrorMessages", "One of the values is not valid. Please check and try again.");
    case ErrorCode::Unauthenticated:
        return QCoreApplication::translate("ErrorMessages", "Please log in first.");
    case ErrorCode::Forbidden:
        return QCoreApplication::translate("ErrorMessages", "You are not allowed to do this.");
    case ErrorCode::InvalidCredentials:
        return QCoreApplication::translate("ErrorMessages", "Wrong phone, email, PIN or password.");
    case ErrorCode::AccountLocked:
        return QCoreApplication::translate(
            "ErrorMessages", "Too many wrong attempts. The account is locked for a while.");
    case ErrorCode::AccountBanned:
        return QCoreApplication::translate(
            "ErrorMessages", "This account has been blocked. Please contact the mandi office.");
    case ErrorCode::TotpRequired:
        return QCoreApplication::translate(
            "ErrorMessages", "Enter the 6-digit code from your authenticator app.");
    case ErrorCode::TotpInvalid:
        return QCoreApplication::translate("ErrorMessages", "The 6-digit code is wrong or has expired.");
    case ErrorCode::TotpEnrollmentRequired:
        return QCoreApplication::translate(
            "ErrorMessages", "Admins must set up two-factor authentication first.");
    case ErrorCode::TokenExpired:
    case ErrorCode::TokenInvalid:
    case ErrorCode::TokenReused:
    case ErrorCode::SessionRevoked:
        return QCoreApplication::translate("ErrorMessages", "Your session has ended. Please log in again.");
    case ErrorCode::RateLimited:
        return QCoreApplication::translate(
            "ErrorMessages", "Too many attempts. Please wait a minute and try again.");
    case ErrorCode::NotFound:
        return QCoreApplication::translate("ErrorMessages", "Not found. It may have been removed.");
    case ErrorCode::AlreadyExists:
        return QCoreApplication::translate("ErrorMessages", "This already exists.");
    case ErrorCode::InternalError:
        return QCoreApplication::translate(
            "ErrorMessages", "The server had a problem. Nothing was changed; please try again.");
    case ErrorCode::ListingNotLive:
        return QCoreApplication::translate("ErrorMessages", "This auction is not open for bids.");
    case ErrorCode::AuctionEnded:
        return QCoreApplication::translate("ErrorMessages", "This auction has ended.");
    case ErrorCode::BidTooLow:
        return QCoreApplication::translate(
            "ErrorMessages", "Your bid is below the minimum. Someone may have bid before you.");
    case ErrorCode::OwnListing:
        return QCoreApplication::translate("ErrorMessages", "You cannot bid on your own listing.");
    case ErrorCode::BuyNowUnavailable:
        return QCoreApplication::translate(
            "ErrorMessages", "Buy Now is no longer available for this listing.");
    case ErrorCode::ProxyDisabled:
        return QCoreApplication::translate("ErrorMessages", "Automatic (proxy) bidding is switched off.");
    case ErrorCode::InvalidTransition:
        return QCoreApplication::translate(
            "ErrorMessages", "This cannot be done in the listing's current state.");
    case ErrorCode::ListingHasBids:
        return QCoreApplication::translate(
            "ErrorMessages", "This listing already has bids and cannot be changed.");
    case ErrorCode::NotVerified:
        return QCoreApplication::translate(
            "ErrorMessages", "Your account must be verified by the mandi office first.");
    case ErrorCode::Conflict:
        return QCoreApplication::translate(
            "ErrorMessages", "Someone else changed this at the same moment. Please try again.");
    case ErrorCode::Offline:
        return QCoreApplication::translate(
            "ErrorMessages", "No connection to the server. Please try again when online.");
    case ErrorCode::TimedOut:
        return QCoreApplication::translate(
            "ErrorMessages", "The server did not answer in time. Please try again.");
    }
    return QCoreApplication::translate("ErrorMessages", "Something went wrong.");
}

QString errorMessage(const QString &codeName, const QString &serverText)
{
    if (const auto code = errorCodeFromName(codeName)) {
        return errorMessage(*code);
    }
    const QString general = QCoreApplication::translate("ErrorMessages", "Something went wrong.");
    return serverText.isEmpty() ? general : general + u' ' + serverText;
}

} // namespace boli::client
