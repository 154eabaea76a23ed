// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/settingsregistry.h"

#include "boli/fieldreader.h"

#include <QJsonArray>
#include <QSet>

namespace boli::server {
namespace {
using namespace Qt::StringLiterals;

// Bid increments by price band, in paise per quintal: ₹10 below ₹1,000, ₹25 to ₹5,000,
// ₹50 to ₹10,000, ₹100 above — the steps traders already call out at mandi auctions.
QJsonArray defaultIncrements()
{
    return QJsonArray {
        QJsonObject {{u"from"_s, 0}, {u"step"_s, 1'000}},
        QJsonObject {{u"from"_s, 100'000}, {u"step"_s, 2'500}},
        QJsonObject {{u"from"_s, 500'000}, {u"step"_s, 5'000}},
        QJsonObject {{u"from"_s, 1'000'000}, {u"step"_s, 10'000}},
    };
}

QList<SettingDefinition> buildDefinitions()
{
    auto flag = [](const char16_t *key, bool on, const char16_t *what) {
        return SettingDefinition {
            QString::fromUtf16(key), SettingKind::Flag, on, 0, 1, QString::fromUtf16(what)};
    };
    return {
        flag(u"seller_verification", false, u"Sellers must be verified before listing."),
        flag(u"kyc", false, u"Traders must complete KYC before bidding."),
        flag(u"deposits", false, u"Traders must hold a deposit before bidding."),
        flag(u"listing_review", true, u"New listings wait for an admin to approve them."),
        flag(u"buy_now", true, u"Sellers may offer a Buy Now price."),
        flag(u"proxy_bidding", true, u"Traders may set a maximum and let the server bid for them."),
        flag(u"admin_2fa", false, u"Admins must log in with a TOTP code."),
        {u"anti_snipe_seconds"_s, SettingKind::Seconds, 30, 0, 600,
            u"A bid this close to the end moves the end to now plus this many seconds (0: off)."_s},
        {u"anti_snipe_cap_seconds"_s, SettingKind::Seconds, 0, 0, 86'400,
            u"Most that anti-sniping may extend one auction in total (0: no cap)."_s},
        {u"seller_confirmation_minutes"_s, SettingKind::Minutes, 0, 0, 1'440,
            u"Minutes a farmer has to accept or reject the winning bid (0: sold at once)."_s},
        {u"bid_increments"_s, SettingKind::IncrementTable, defaultIncrements(), 1, 100'000'000,
            u"Smallest raise over the current price, by price band, in paise per quintal."_s},
        {u"auction_durations_minutes"_s, SettingKind::DurationList, QJsonArray {15, 30, 60, 120, 240, 1'440},
            1, 10'080, u"Auction lengths a seller may choose, in minutes."_s},
    };
}

std::optional<Error> invalid(const QString &key, const QString &why)
{
    return Error::of(ErrorCode::InvalidValue, u"setting '%1' %2"_s.arg(key, why));
}

std::optional<Error> validateIncrements(const SettingDefinition &def, const QJsonValue &value)
{
    if (!value.isArray() || value.toArray().isEmpty()) {
        return invalid(def.key, u"must be a non-empty array of {\"from\", \"step\"} bands"_s);
    }
    qint64 previousFrom = -1;
    for (const QJsonValue &band : value.toArray()) {
        FieldReader reader(band.toObject());
        const qint64 from = reader.integer(u"from"_s);
        const qint64 step = reader.integer(u"step"_s);
        if (!band.isObject() || !reader.ok()) {
            return invalid(def.key, u"bands need whole-number \"from\" and \"step\" in paise"_s);
        }
        if (previousFrom < 0 && from != 0) {
            return invalid(def.key, u"must start with a band from 0"_s);
        }
        if (from <= previousFrom) {
            return invalid(def.key, u"bands must rise strictly by \"from\""_s);
        }
        if (step < def.min || step > def.max) {
            return invalid(def.key, u"steps must be between %1 and %2 paise"_s.arg(def.min).arg(def.max));
        }
        previousFrom = from;
    }
    return std::nullopt;
}

std::optional<Error> validateDurations(const SettingDefinition &def, const QJsonValue &value)
{
    if (!value.isArray() || value.toArray().isEmpty()) {
        return invalid(def.key, u"must be a non-empty array of minutes"_s);
    }
    QSet<qint64> seen;
    for (const QJsonValue &entry : value.toArray()) {
        if (!entry.isDouble() || !isExactInteger(entry.toDouble())) {
            return invalid(def.key, u"must hold whole minutes"_s);
        }
        const auto minutes = static_cast<qint64>(entry.toDouble());
        if (minutes < def.min || minutes > def.max) {
            return invalid(
                def.key, u"durations must be between %1 and %2 minutes"_s.arg(def.min).arg(def.max));
        }
        if (seen.contains(minutes)) {
            return invalid(def.key, u"lists %1 minutes twice"_s.arg(minutes));
        }
        seen.insert(minutes);
    }
    return std::nullopt;
}

} // namespace

const QList<SettingDefinition> &SettingsRegistry::definitions()
{
    static const QList<SettingDefinition> all = buildDefinitions();
    return all;
}

const SettingDefinition *SettingsRegistry::find(const QString &key)
{
    for (const auto &definition : definitions()) {
        if (definition.key == key) {
            return &definition;
        }
    }
    return nullptr;
}

QJsonObject SettingsRegistry::defaults()
{
    QJsonObject values;
    for (const auto &definition : definitions()) {
        values.insert(definition.key, definition.defaultValue);
    }
    return values;
}

std::optional<Error> SettingsRegistry::validate(const QString &key, const QJsonValue &value)
{
    const SettingDefinition *def = find(key);
    if (!def) {
        return Error::of(ErrorCode::NotFound, u"there is no setting '%1'"_s.arg(key));
    }
    switch (def->kind) {
    case SettingKind::Flag:
        return value.isBool() ? std::nullopt : invalid(key, u"must be true or false"_s);
    case SettingKind::Seconds:
    case SettingKind::Minutes: {
        if (!value.isDouble() || !isExactInteger(value.toDouble())) {
            return invalid(key, u"must be a whole number"_s);
        }
        const auto number = static_cast<qint64>(value.toDouble());
        if (number < def->min || number > def->max) {
            return invalid(key, u"must be between %1 and %2"_s.arg(def->min).arg(def->max));
        }
        return std::nullopt;
    }
    case SettingKind::IncrementTable:
        return validateIncrements(*def, value);
    case SettingKind::DurationList:
        return validateDurations(*def, value);
    }
    return invalid(key, u"has an unknown kind"_s);
}

} // namespace boli::server
