// SPDX-License-Identifier: GPL-3.0-or-later
// The translation catalogues are complete: every string lupdate finds in the QML and the client's
// C++ is in boli_hi.ts and boli_en.ts, every entry is finished and non-empty, keeps the source's
// placeholders, and the Hindi one is actually Hindi.
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {
using namespace Qt::StringLiterals;

struct Entry
{
    QString context;
    QString source;
    QString translation;
    QString type; ///< "", "unfinished", "vanished" or "obsolete"
    bool plural = false;
};

QList<Entry> readCatalogue(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot open %s", qPrintable(path));
    }
    QList<Entry> entries;
    QXmlStreamReader xml(&file);
    QString context;
    Entry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        const auto name = xml.name();
        if (name == u"name"_s) {
            context = xml.readElementText();
        } else if (name == u"message"_s) {
            entry = Entry {context, {}, {}, {}, xml.attributes().value(u"numerus"_s) == u"yes"_s};
        } else if (name == u"source"_s) {
            entry.source = xml.readElementText();
        } else if (name == u"translation"_s) {
            entry.type = xml.attributes().value(u"type"_s).toString();
            entry.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            entries.append(entry);
        }
    }
    if (xml.hasError()) {
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    }
    return entries;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%(\\d+|n)"_s);
    QSet<QString> found;
    for (const auto &match : pattern.globalMatch(text)) {
        found.insert(match.captured());
    }
    return found;
}

QString key(const Entry &entry)
{
    return entry.context + u'\x1f' + entry.source;
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyEntryIsFinished_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("hi") << u"hi"_s;
        QTest::newRow("en") << u"en"_s;
    }

    void everyEntryIsFinished()
    {
        QFETCH(QString, language);
        const QList<Entry> entries = readCatalogue(catalogue(language));
        QVERIFY2(!entries.isEmpty(), "the catalogue is empty");
        static const QRegularExpression latinWord(u"[A-Za-z]{3,}"_s);
        static const QRegularExpression devanagari(u"[\\x{0900}-\\x{097F}]"_s);
        for (const Entry &entry : entries) {
            const QString where = entry.context + u": \""_s + entry.source + u'"';
            QVERIFY2(entry.type.isEmpty(), qPrintable(where + u" is "_s + entry.type));
            QVERIFY2(!entry.translation.trimmed().isEmpty(), qPrintable(where + u" has no translation"_s));
            QCOMPARE(placeholders(entry.translation), placeholders(entry.source));
            if (language == u"hi"_s && entry.source.contains(latinWord)) {
                QVERIFY2(entry.translation.contains(devanagari),
                    qPrintable(where + u" is not translated to Hindi"_s));
            }
        }
    }

    void noStringIsMissing()
    {
        // lupdate over the same sources into a scratch catalogue: whatever it finds must already be
        // in the committed ones (a new qsTr() without a translation fails here).
        QTemporaryDir scratch;
        const QString fresh = scratch.filePath(u"fresh.ts"_s);
        QProcess lupdate;
        lupdate.start(QStringLiteral(BOLI_LUPDATE),
            {u"-silent"_s, u"-locations"_s, u"none"_s, u"@"_s + QStringLiteral(BOLI_TR_SOURCE_LIST), u"-ts"_s,
                fresh});
        QVERIFY(lupdate.waitForFinished(120'000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

        const QList<Entry> found = readCatalogue(fresh);
        QVERIFY(!found.isEmpty());
        for (const QString &language : {u"hi"_s, u"en"_s}) {
            QSet<QString> committed;
            for (const Entry &entry : readCatalogue(catalogue(language))) {
                committed.insert(key(entry));
            }
            for (const Entry &entry : found) {
                QVERIFY2(committed.contains(key(entry)),
                    qPrintable(
                        u"boli_%1.ts lacks %2: \"%3\" (run the update_translations target and translate it)"_s
                            .arg(language, entry.context, entry.source)));
            }
        }
    }

private:
    static QString catalogue(const QString &language)
    {
        return QStringLiteral(BOLI_TS_DIR) + u"/boli_"_s + language + u".ts"_s;
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
