// SPDX-License-Identifier: GPL-3.0-or-later
#include "prices/csvreader.h"

namespace boli::server {

QList<CsvReader::Record> CsvReader::read(const QString &text)
{
    QList<Record> records;
    Record current;
    QString field;
    bool quoted = false;
    bool any = false; ///< the current record has content, even an empty quoted field
    int line = 1;
    current.line = 1;
    const auto endField = [&] {
        current.fields.append(field);
        field.clear();
    };
    const auto endRecord = [&] {
        endField();
        if (any || current.fields.size() > 1) {
            records.append(current);
        }
        current = Record {line, {}};
        any = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field.append(u'"');
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                if (c == u'\n') {
                    ++line;
                }
                field.append(c);
            }
            continue;
        }
        if (c == u'"') {
            quoted = true;
            any = true;
        } else if (c == u',') {
            endField();
            any = true;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
                ++i;
            }
            ++line;
            endRecord();
        } else {
            field.append(c);
            any = any || !c.isSpace();
        }
    }
    endRecord();
    return records;
}

} // namespace boli::server
