// SPDX-License-Identifier: GPL-3.0-or-later
// docs/protocol.md is the contract clients are written against: every op the server registers and
// every error code it can send must be documented there, spelled as on the wire.

#include "boli/errorcode.h"
#include "testserver.h"

#include <QFile>
#include <QTest>

using namespace boli;
using namespace Qt::StringLiterals;

class TestProtocolDocs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QFile file(qEnvironmentVariable("BOLI_SOURCE_DIR") + u"/docs/protocol.md"_s);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        m_text = QString::fromUtf8(file.readAll());
    }

    void everyOpIsDocumented()
    {
        test::TestServer server;
        const QStringList ops = server.app().opNames();
        QVERIFY(ops.size() >= 18);
        for (const QString &op : ops) {
            QVERIFY2(m_text.contains(u"### `%1`"_s.arg(op)), qPrintable(u"op without a section: "_s + op));
        }
    }

    void everyErrorCodeIsDocumented()
    {
        for (int code = int(ErrorCode::BadJson); code <= int(kLastErrorCode); ++code) {
            const QString name = errorCodeName(ErrorCode(code));
            QVERIFY2(m_text.contains(u'`' + name + u'`'), qPrintable(u"undocumented error code: "_s + name));
        }
    }

    void everyCloseCodeIsDocumented()
    {
        for (const int code : {1001, 1008, 1009, 4001}) {
            QVERIFY2(m_text.contains(QString::number(code)), qPrintable(QString::number(code)));
        }
    }

private:
    QString m_text;
};

QTEST_GUILESS_MAIN(TestProtocolDocs)
#include "tst_protocoldocs.moc"
