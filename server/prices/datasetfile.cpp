// SPDX-License-Identifier: GPL-3.0-or-later
#include "prices/datasetfile.h"

#include "prices/csvreader.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace boli::server {
namespace {
using namespace Qt::StringLiterals;

const QStringList kRequiredColumns {u"state"_s, u"district"_s, u"market"_s, u"commodity"_s, u"arrival_date"_s,
    u"min_price"_s, u"max_price"_s, u"modal_price"_s};

/// total/count/offset: the API sends numbers, some mirrors send strings.
std::optional<qint64> readCount(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isDouble() && value.toDouble() >= 0) {
        return qint64(value.toDouble());
    }
    bool ok = false;
    const qint64 number = value.toString().toLongLong(&ok);
    return ok && number >= 0 ? std::optional(number) : std::nullopt;
}

std::variant<ParsedRows, QString> parseCsv(const QString &text)
{
    const QList<CsvReader::Record> records = CsvReader::read(text);
    if (records.isEmpty()) {
        return u"the file is empty"_s;
    }
    QStringList header;
    for (const QString &name : records.first().fields) {
        header.append(normalizedFieldName(name));
    }
    QStringList missing;
    for (const QString &column : kRequiredColumns) {
        if (!header.contains(column)) {
            missing.append(column);
        }
    }
    if (!missing.isEmpty()) {
        return u"the CSV header lacks the column(s) %1"_s.arg(missing.join(u", "_s));
    }
    ParsedRows parsed;
    for (qsizetype i = 1; i < records.size(); ++i) {
        const CsvReader::Record &record = records.at(i);
        ++parsed.seen;
        if (record.fields.size() != header.size()) {
            parsed.rejected.append({record.line,
                u"has %1 fields, the header has %2"_s.arg(record.fields.size()).arg(header.size())});
            continue;
        }
        QHash<QString, QString> fields;
        for (qsizetype c = 0; c < header.size(); ++c) {
            fields.insert(header.at(c), record.fields.at(c));
        }
        auto row = parsePriceRow(fields);
        if (auto *error = std::get_if<QString>(&row)) {
            parsed.rejected.append({record.line, *error});
        } else {
            parsed.rows.append({record.line, std::get<PriceRow>(std::move(row))});
        }
    }
    return parsed;
}
} // namespace

QJsonObject RowRejection::toJson() const
{
    return {{u"row"_s, row}, {u"reason"_s, reason}};
}

std::variant<DatasetPage, QString> parseDatasetPage(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        return u"malformed JSON at byte %1: %2"_s.arg(error.offset).arg(error.errorString());
    }
    if (!document.isObject()) {
        return u"the answer is not a JSON object"_s;
    }
    const QJsonObject object = document.object();
    DatasetPage page;
    for (const auto &[key, target] : {std::pair {u"total"_s, &page.total},
             std::pair {u"count"_s, &page.count}, std::pair {u"offset"_s, &page.offset}}) {
        const auto value = readCount(object, key);
        if (!value) {
            return u"the answer has no numeric '%1'"_s.arg(key);
        }
        *target = *value;
    }
    if (!object.value(u"records"_s).isArray()) {
        return u"the answer has no 'records' array"_s;
    }
    page.records = object.value(u"records"_s).toArray();
    return page;
}

ParsedRows parseRecords(const QJsonArray &records, int firstRow)
{
    ParsedRows parsed;
    for (qsizetype i = 0; i < records.size(); ++i) {
        const int rowNumber = firstRow + int(i);
        ++parsed.seen;
        if (!records.at(i).isObject()) {
            parsed.rejected.append({rowNumber, u"is not a JSON object"_s});
            continue;
        }
        auto row = parsePriceRow(records.at(i).toObject());
        if (auto *error = std::get_if<QString>(&row)) {
            parsed.rejected.append({rowNumber, *error});
        } else {
            parsed.rows.append({rowNumber, std::get<PriceRow>(std::move(row))});
        }
    }
    return parsed;
}

std::variant<ParsedRows, QString> parseDatasetFile(const QByteArray &content, const QString &format)
{
    QByteArray bytes = content;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        bytes.remove(0, 3); // spreadsheet programs add a UTF-8 byte-order mark
    }
    const QByteArray start = bytes.trimmed().left(1);
    const bool json = format.isEmpty() ? (start == "{" || start == "[") : format == u"json"_s;
    if (!json) {
        return parseCsv(QString::fromUtf8(bytes));
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        return u"malformed JSON at byte %1: %2"_s.arg(error.offset).arg(error.errorString());
    }
    if (document.isArray()) {
        return parseRecords(document.array());
    }
    if (!document.object().value(u"records"_s).isArray()) {
        return u"the JSON has no 'records' array"_s;
    }
    return parseRecords(document.object().value(u"records"_s).toArray());
}

} // namespace boli::server
