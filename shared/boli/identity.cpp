// SPDX-License-Identifier: GPL-3.0-or-later
#include "boli/identity.h"

#include <QRegularExpression>

namespace boli {
namespace {
using namespace Qt::StringLiterals;
}

std::optional<QString> normalizePhone(QStringView text)
{
    QString digits;
    const QString trimmed = text.trimmed().toString();
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (c.unicode() >= '0' && c.unicode() <= '9') {
            digits += c;
        } else if (c == u'+' && i == 0) {
            continue;
        } else if (c != u' ' && c != u'-') {
            return std::nullopt;
        }
    }
    if (digits.size() == 12 && digits.startsWith(u"91"_s)) {
        digits.remove(0, 2);
    } else if (digits.size() == 11 && digits.startsWith(u'0')) {
        digits.remove(0, 1);
    }
    if (digits.size() != 10 || digits.at(0) < u'6') {
        return std::nullopt;
    }
    return u"+91"_s + digits;
}

std::optional<QString> normalizeEmail(QStringView text)
{
    static const QRegularExpression shape(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    const QString email = text.trimmed().toString().toLower();
    if (email.size() > 254 || !shape.match(email).hasMatch()) {
        return std::nullopt;
    }
    return email;
}

} // namespace boli
