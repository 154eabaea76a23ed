// SPDX-License-Identifier: GPL-3.0-or-later
// Replays the fuzzers' seed corpora and every input a fuzzer ever crashed on (tests/fuzz/regressions)
// through the same harness, built with the normal compiler: a crash found once stays fixed.

#include "fuzzharness.h"

#include <QDirIterator>
#include <QLoggingCategory>
#include <QTest>

using namespace Qt::StringLiterals;

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(u"*.debug=false\n*.info=false\n*.warning=false"_s);
    }

    void frames()
    {
        const QList<QByteArray> inputs = read(u"corpus/frames"_s) + read(u"regressions/frames"_s);
        QVERIFY(inputs.size() >= 10);
        for (const QByteArray &input : inputs) {
            boli::fuzz::decodeFrame(input);
        }
    }

    void dispatcher()
    {
        const QList<QByteArray> inputs = read(u"corpus/dispatcher"_s) + read(u"regressions/dispatcher"_s);
        QVERIFY(inputs.size() >= 10);
        boli::fuzz::DispatcherHarness harness;
        for (const QByteArray &input : inputs) {
            harness.run(input);
        }
    }

private:
    static QList<QByteArray> read(const QString &dir)
    {
        QList<QByteArray> inputs;
        QDirIterator it(qEnvironmentVariable("BOLI_SOURCE_DIR") + u"/tests/fuzz/"_s + dir, QDir::Files);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly)) {
                inputs.append(file.readAll());
            }
        }
        return inputs;
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
