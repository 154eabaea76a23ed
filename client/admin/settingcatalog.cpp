// SPDX-License-Identifier: GPL-3.0-or-later
#include "admin/settingcatalog.h"

#include <QCoreApplication>

namespace boli::client {
using namespace Qt::StringLiterals;
using Kind = SettingInfo::Kind;

namespace {
// QT_TRANSLATE_NOOP marks the texts for lupdate; they are translated when shown, so a language
// switch takes effect on the next read.
const QList<SettingInfo> kKnown {
    {u"listing_review"_s, Kind::Flag, QT_TRANSLATE_NOOP("SettingCatalog", "Review new listings"),
        QT_TRANSLATE_NOOP("SettingCatalog", "New listings wait for an admin to approve them.")},
    {u"seller_verification"_s, Kind::Flag, QT_TRANSLATE_NOOP("SettingCatalog", "Seller verification"),
        QT_TRANSLATE_NOOP("SettingCatalog", "Only verified sellers may list produce.")},
    {u"kyc"_s, Kind::Flag, QT_TRANSLATE_NOOP("SettingCatalog", "Trader KYC"),
        QT_TRANSLATE_NOOP("SettingCatalog", "Only verified traders may bid.")},
    {u"deposits"_s, Kind::Flag, QT_TRANSLATE_NOOP("SettingCatalog", "Deposits"),
        QT_TRANSLATE_NOOP(
            "SettingCatalog", "Reserved: traders will need a deposit to bid (not enforced yet).")},
    {u"buy_now"_s, Kind::Flag, QT_TRANSLATE_NOOP("SettingCatalog", "Buy Now"),
        QT_TRANSLATE_NOOP("SettingCatalog", "Sellers may offer a fixed Buy Now price.")},
    {u"proxy_bidding"_s, Kind::Flag, QT_TRANSLATE_NOOP("SettingCatalog", "Proxy bidding"),
        QT_TRANSLATE_NOOP("SettingCatalog", "Traders may set a maximum and let the server bid for them.")},
    {u"admin_2fa"_s, Kind::Flag, QT_TRANSLATE_NOOP("SettingCatalog", "Two-factor login for admins"),
        QT_TRANSLATE_NOOP("SettingCatalog",
            "Admins must log in with a 6-digit code. Set up your own code before switching it on.")},
    {u"anti_snipe_seconds"_s, Kind::Seconds, QT_TRANSLATE_NOOP("SettingCatalog", "Anti-sniping extension"),
        QT_TRANSLATE_NOOP("SettingCatalog",
            "Seconds, 0 to 600. A bid this close to the end moves the end this far out; 0 switches it off.")},
    {u"anti_snipe_cap_seconds"_s, Kind::Seconds,
        QT_TRANSLATE_NOOP("SettingCatalog", "Anti-sniping limit per auction"),
        QT_TRANSLATE_NOOP("SettingCatalog",
            "Seconds, 0 to 86400. The most one auction may be extended in total; 0 means no limit.")},
    {u"seller_confirmation_minutes"_s, Kind::Minutes,
        QT_TRANSLATE_NOOP("SettingCatalog", "Seller confirmation window"),
        QT_TRANSLATE_NOOP("SettingCatalog",
            "Minutes, 0 to 1440, a farmer has to accept the winning bid; 0 sells at once.")},
    {u"bid_increments"_s, Kind::Increments, QT_TRANSLATE_NOOP("SettingCatalog", "Bid increments"),
        QT_TRANSLATE_NOOP("SettingCatalog",
            "Smallest raise per quintal by price band. The first band starts at ₹0, bands rise, each "
            "step is at least 1 paisa.")},
    {u"auction_durations_minutes"_s, Kind::Durations,
        QT_TRANSLATE_NOOP("SettingCatalog", "Auction durations"),
        QT_TRANSLATE_NOOP("SettingCatalog",
            "Minutes a seller may choose, separated by commas; each 1 to 10080, no repeats.")},
};
} // namespace

QString SettingInfo::translatedLabel() const
{
    return label ? QCoreApplication::translate("SettingCatalog", label) : key;
}

QString SettingInfo::translatedHint() const
{
    return hint ? QCoreApplication::translate("SettingCatalog", hint) : QString();
}

QString SettingInfo::kindName() const
{
    switch (kind) {
    case Kind::Flag:
        return u"flag"_s;
    case Kind::Seconds:
        return u"seconds"_s;
    case Kind::Minutes:
        return u"minutes"_s;
    case Kind::Increments:
        return u"increments"_s;
    case Kind::Durations:
        return u"durations"_s;
    case Kind::Other:
        break;
    }
    return u"other"_s;
}

const QList<SettingInfo> &SettingCatalog::known()
{
    return kKnown;
}

SettingInfo SettingCatalog::find(const QString &key)
{
    for (const SettingInfo &info : kKnown) {
        if (info.key == key) {
            return info;
        }
    }
    return SettingInfo {key, Kind::Other, nullptr, nullptr};
}

} // namespace boli::client
