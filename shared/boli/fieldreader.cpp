// SPDX-License-Identifier: GPL-3.0-or-later
#include "boli/fieldreader.h"

#include <cmath>
#include <limits>

namespace boli {
namespace {
constexpr qint64 kMaxExactInteger = qint64(1) << 53; // beyond this a JSON number may have been rounded
}

bool isExactInteger(double value)
{
    return std::isfinite(value) && std::trunc(value) == value && std::fabs(value) <= double(kMaxExactInteger);
}

FieldReader::FieldReader(QJsonObject object)
    : m_object(std::move(object))
{ }

std::optional<QJsonValue> FieldReader::present(const QString &key, bool required)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required) {
            fail(ErrorCode::MissingField, QStringLiteral("missing field '%1'").arg(key));
        }
        return std::nullopt;
    }
    return value;
}

void FieldReader::wrongType(const QString &key, const char *expected)
{
    fail(ErrorCode::WrongType, QStringLiteral("field '%1' must be %2").arg(key, QLatin1String(expected)));
}

void FieldReader::fail(ErrorCode code, const QString &message)
{
    if (!m_error) {
        m_error = Error::of(code, message);
    }
}

void FieldReader::invalid(const QString &key, const QString &why)
{
    fail(ErrorCode::InvalidValue, QStringLiteral("field '%1' %2").arg(key, why));
}

std::optional<QString> FieldReader::optionalString(const QString &key)
{
    const auto value = present(key, false);
    if (!value) {
        return std::nullopt;
    }
    if (!value->isString()) {
        wrongType(key, "a string");
        return std::nullopt;
    }
    return value->toString();
}

QString FieldReader::string(const QString &key)
{
    if (!present(key, true)) {
        return {};
    }
    return optionalString(key).value_or(QString());
}

std::optional<qint64> FieldReader::optionalInteger(const QString &key)
{
    const auto value = present(key, false);
    if (!value) {
        return std::nullopt;
    }
    // Qt keeps JSON integers as qint64: read them exactly, not through a rounding double.
    constexpr qint64 kNotWhole = std::numeric_limits<qint64>::min();
    const qint64 whole = value->isDouble() ? value->toInteger(kNotWhole) : kNotWhole;
    if (whole == kNotWhole || whole > kMaxExactInteger || whole < -kMaxExactInteger) {
        wrongType(key, "an integer");
        return std::nullopt;
    }
    return whole;
}

qint64 FieldReader::integer(const QString &key)
{
    if (!present(key, true)) {
        return 0;
    }
    return optionalInteger(key).value_or(0);
}

std::optional<bool> FieldReader::optionalBoolean(const QString &key)
{
    const auto value = present(key, false);
    if (!value) {
        return std::nullopt;
    }
    if (!value->isBool()) {
        wrongType(key, "true or false");
        return std::nullopt;
    }
    return value->toBool();
}

bool FieldReader::boolean(const QString &key)
{
    if (!present(key, true)) {
        return false;
    }
    return optionalBoolean(key).value_or(false);
}

QJsonArray FieldReader::array(const QString &key)
{
    const auto value = present(key, true);
    if (value && !value->isArray()) {
        wrongType(key, "an array");
        return {};
    }
    return value ? value->toArray() : QJsonArray();
}

std::optional<QJsonArray> FieldReader::optionalArray(const QString &key)
{
    const auto value = present(key, false);
    if (!value) {
        return std::nullopt;
    }
    if (!value->isArray()) {
        wrongType(key, "an array");
        return std::nullopt;
    }
    return value->toArray();
}

QJsonObject FieldReader::object(const QString &key)
{
    const auto value = present(key, true);
    if (value && !value->isObject()) {
        wrongType(key, "an object");
        return {};
    }
    return value ? value->toObject() : QJsonObject();
}

std::pair<qint64, qint64> FieldReader::page()
{
    const qint64 offset = optionalInteger(QStringLiteral("offset")).value_or(0);
    const qint64 limit = optionalInteger(QStringLiteral("limit")).value_or(50);
    if (ok() && offset < 0) {
        invalid(QStringLiteral("offset"), QStringLiteral("must not be negative"));
    }
    if (ok() && (limit < 1 || limit > kMaxPageSize)) {
        invalid(QStringLiteral("limit"), QStringLiteral("must be between 1 and %1").arg(kMaxPageSize));
    }
    return {offset, limit};
}

QJsonValue FieldReader::value(const QString &key)
{
    return present(key, true).value_or(QJsonValue());
}

} // namespace boli
