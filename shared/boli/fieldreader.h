// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boli/errorcode.h"

#include <QJsonArray>
#include <QJsonObject>
#include <optional>

namespace boli {

/// @brief Reads typed fields out of a request object and remembers the first thing wrong with them.
///
/// Handlers read everything first, then check error(): a request with a bad field changes nothing.
/// Required getters return an empty value after a failure, so reading can go on without branching.
class FieldReader
{
public:
    explicit FieldReader(QJsonObject object);

    QString string(const QString &key);
    std::optional<QString> optionalString(const QString &key);
    /// JSON numbers that are whole and within ±2^53 (exact in a double).
    qint64 integer(const QString &key);
    std::optional<qint64> optionalInteger(const QString &key);
    bool boolean(const QString &key);
    std::optional<bool> optionalBoolean(const QString &key);
    QJsonArray array(const QString &key);
    std::optional<QJsonArray> optionalArray(const QString &key);
    QJsonObject object(const QString &key);
    /// Any JSON value, present and not null.
    QJsonValue value(const QString &key);

    /// The "offset" and "limit" of a paged list: offset ≥ 0, 1 ≤ limit ≤ kMaxPageSize, 50 when absent.
    static constexpr qint64 kMaxPageSize = 200;
    std::pair<qint64, qint64> page();

    /// Records a rule failure found by the caller (a range, a format); the first failure wins.
    void fail(ErrorCode code, const QString &message);
    /// Shorthand for an out-of-range or badly formatted field.
    void invalid(const QString &key, const QString &why);

    [[nodiscard]] bool ok() const { return !m_error.has_value(); }
    [[nodiscard]] const std::optional<Error> &error() const { return m_error; }

private:
    std::optional<QJsonValue> present(const QString &key, bool required);
    void wrongType(const QString &key, const char *expected);

    QJsonObject m_object;
    std::optional<Error> m_error;
};

/// True when the double is a whole number a double holds exactly.
[[nodiscard]] bool isExactInteger(double value);

} // namespace boli
