// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

namespace boli::server {

/// @brief Splits CSV text (RFC 4180: commas, double-quoted fields, "" for a quote, CRLF or LF) into
/// records, each with the 1-based line it started on so rejections can name it.
class CsvReader
{
public:
    struct Record
    {
        int line = 0;
        QStringList fields;
    };

    /// Blank lines are skipped. An unterminated quote ends the text: its record is returned as read.
    [[nodiscard]] static QList<Record> read(const QString &text);
};

} // namespace boli::server
