// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/formatter.h"

#include "app/language.h"
#include "boli/money.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cmath>

namespace boli::client {
using namespace Qt::StringLiterals;

namespace {
/// Groups a non-negative integer the Indian way (12,34,567) by borrowing formatRupees' grouping.
QString groupIndian(qint64 value)
{
    return boli::formatRupees(value * kPaisePerRupee).mid(1);
}
} // namespace

Formatter::Formatter(const Language &language, QObject *parent)
    : QObject(parent)
    , m_language(language)
{ }

QString Formatter::rupees(qint64 paise) const
{
    return boli::formatRupees(paise);
}

QString Formatter::perQuintal(qint64 paise) const
{
    return QCoreApplication::translate("Formatter", "%1/quintal").arg(boli::formatRupees(paise));
}

QString Formatter::quantity(qint64 kg) const
{
    return QCoreApplication::translate("Formatter", "%1 kg").arg(groupIndian(kg));
}

QString Formatter::total(qint64 paisePerQuintal, qint64 kg) const
{
    return boli::formatRupees(boli::totalForQuantity(paisePerQuintal, kg));
}

QString Formatter::dateTime(qint64 utcMs) const
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(utcMs).toLocalTime();
    return m_language.locale().toString(at, u"d MMM yyyy, hh:mm"_s);
}

QString Formatter::date(qint64 utcMs) const
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(utcMs).toLocalTime();
    return m_language.locale().toString(at.date(), u"d MMM yyyy"_s);
}

QString Formatter::countdown(qint64 msLeft) const
{
    const qint64 seconds = msLeft > 0 ? (msLeft + 999) / 1000 : 0;
    const qint64 h = seconds / 3600;
    const qint64 m = seconds / 60 % 60;
    const qint64 s = seconds % 60;
    const QString mmss = u"%1:%2"_s.arg(m, h > 0 ? 2 : 1, 10, QChar(u'0')).arg(s, 2, 10, QChar(u'0'));
    return h > 0 ? u"%1:%2"_s.arg(h).arg(mmss) : mmss;
}

qint64 Formatter::parseRupees(const QString &text) const
{
    return boli::parseRupees(text).value_or(-1);
}

QString Formatter::percent(double value) const
{
    return m_language.locale().toString(value, 'f', 1) + u'%';
}

QString Formatter::signedPercent(double value) const
{
    const QString digits = m_language.locale().toString(std::abs(value), 'f', 1);
    if (digits == m_language.locale().toString(0.0, 'f', 1)) {
        return digits + u'%'; // no sign on a change that rounds to nothing
    }
    return (value < 0 ? u"−"_s : u"+"_s) + digits + u'%';
}

QString Formatter::decimal(double value, int decimals) const
{
    QString text = m_language.locale().toString(value, 'f', decimals);
    const QChar point = m_language.locale().decimalPoint().front();
    if (text.contains(point)) {
        while (text.endsWith(u'0')) {
            text.chop(1);
        }
        if (text.endsWith(point)) {
            text.chop(1);
        }
    }
    return text;
}

QString Formatter::isoDate(const QString &iso) const
{
    const QDate day = QDate::fromString(iso, Qt::ISODate);
    return day.isValid() ? m_language.locale().toString(day, u"d MMM yyyy"_s) : QString();
}

} // namespace boli::client
