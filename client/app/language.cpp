// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/language.h"

#include <QCoreApplication>
#include <QQmlEngine>

namespace boli::client {
using namespace Qt::StringLiterals;

QString BoliTranslator::translate(
    const char *context, const char *sourceText, const char *disambiguation, int n) const
{
    QString found = QTranslator::translate(context, sourceText, disambiguation, n);
    static constexpr char kNamespace[] = "boli::client::";
    if (found.isNull() && context && qstrncmp(context, kNamespace, sizeof kNamespace - 1) == 0) {
        found = QTranslator::translate(context + sizeof kNamespace - 1, sourceText, disambiguation, n);
    }
    return found;
}

Language::Language(QObject *parent)
    : QObject(parent)
{ }

QStringList Language::available()
{
    return {u"hi"_s, u"en"_s};
}

bool Language::setCode(const QString &code)
{
    if (code == m_code) {
        return true;
    }
    if (!available().contains(code)) {
        return false;
    }
    QCoreApplication::removeTranslator(&m_translator);
    if (!m_translator.load(u":/i18n/boli_"_s + code + u".qm"_s)) {
        qWarning("Language: no compiled catalogue for %s; showing the source strings", qPrintable(code));
    } else {
        QCoreApplication::installTranslator(&m_translator);
    }
    m_code = code;
    if (m_engine) {
        m_engine->setUiLanguage(code);
        m_engine->retranslate();
    }
    Q_EMIT changed();
    return true;
}

QLocale Language::locale() const
{
    return m_code == u"hi"_s ? QLocale(QLocale::Hindi, QLocale::India)
                             : QLocale(QLocale::English, QLocale::India);
}

void Language::toggle()
{
    setCode(m_code == u"hi"_s ? u"en"_s : u"hi"_s);
}

} // namespace boli::client
