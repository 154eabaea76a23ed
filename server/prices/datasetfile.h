// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "prices/pricerow.h"

#include <QJsonArray>
#include <QList>
#include <variant>

namespace boli::server {

/// @brief One page of the dataset API's answer: `total` rows exist, this page holds `count` of them
/// starting at `offset`.
struct DatasetPage
{
    qint64 total = 0;
    qint64 count = 0;
    qint64 offset = 0;
    QJsonArray records;
};

/// @brief A row the reader could not use, named by its row number in the file or page.
struct RowRejection
{
    int row = 0;
    QString reason;

    [[nodiscard]] QJsonObject toJson() const;
};

/// @brief The usable rows of a file or page, each with its row number, and the rejected ones.
struct ParsedRows
{
    QList<std::pair<int, PriceRow>> rows;
    QList<RowRejection> rejected;
    int seen = 0; ///< data rows read, good or bad
};

/// Reads the API's JSON answer. Malformed JSON, a missing or non-numeric total/count/offset, or
/// records that are not an array give the reason instead. Numbers may arrive as strings.
[[nodiscard]] std::variant<DatasetPage, QString> parseDatasetPage(const QByteArray &body);

/// Reads each record; row numbers start at `firstRow`.
[[nodiscard]] ParsedRows parseRecords(const QJsonArray &records, int firstRow = 1);

/// A downloaded file of the dataset: the API's JSON (an object with `records`, or a bare array of
/// records) or the portal's CSV export (a header row, then one row per record; CSV row numbers are
/// file lines, the header being line 1). `format` is "csv", "json" or empty to tell by the first
/// character. A file that cannot be read at all gives the reason.
[[nodiscard]] std::variant<ParsedRows, QString> parseDatasetFile(
    const QByteArray &content, const QString &format);

} // namespace boli::server
