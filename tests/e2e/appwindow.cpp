// SPDX-License-Identifier: GPL-3.0-or-later
#include "appwindow.h"

#include "app/qmlregistration.h"

#include <QDeadlineTimer>
#include <QImage>
#include <QPointer>
#include <QQueue>
#include <QTest>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest/quicktest.h>

// The app's QML module is linked statically: the driver brings it along for every user.
Q_IMPORT_QML_PLUGIN(BoliPlugin)

namespace boli::test {
using namespace Qt::StringLiterals;

namespace {
/// Every item under `root`, breadth first: popups and dialogs live in the window's overlay,
/// which is part of the same tree.
QQuickItem *findVisible(QQuickItem *root, const QString &objectName)
{
    QQueue<QQuickItem *> queue;
    queue.enqueue(root);
    while (!queue.isEmpty()) {
        QQuickItem *item = queue.dequeue();
        if (item->objectName() == objectName && item->isVisible()) {
            return item;
        }
        const auto children = item->childItems();
        for (QQuickItem *child : children) {
            queue.enqueue(child);
        }
    }
    return nullptr;
}
} // namespace

AppWindow::AppWindow(const QString &mode, quint16 serverPort, const QString &language)
{
    client::ClientApp::Options options;
    options.mode = mode;
    options.serverUrl = QUrl(u"ws://127.0.0.1:%1/ws"_s.arg(serverPort));
    options.language = language;
    options.dataDir = m_dataDir.path();
    m_app = std::make_unique<client::ClientApp>(options);
    m_engine = std::make_unique<QQmlApplicationEngine>();
    client::prepareEngine(*m_engine, *m_app);
    m_engine->load(QUrl(u"qrc:/Boli/Main.qml"_s));
    if (!m_engine->rootObjects().isEmpty()) {
        m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
    }
    if (!m_window) {
        qFatal("Main.qml did not load");
    }
    // A test machine's screen is not a kiosk: keep the window at a known size.
    m_window->setVisibility(QWindow::Windowed);
    m_window->resize(1280, 800);
    m_app->start();
}

AppWindow::~AppWindow()
{
    m_engine.reset();
    m_app.reset();
}

QQuickItem *AppWindow::find(const QString &objectName) const
{
    return findVisible(m_window->contentItem(), objectName);
}

QQuickItem *AppWindow::waitFor(const QString &objectName, int timeoutMs) const
{
    const QDeadlineTimer deadline(timeoutMs);
    QQuickItem *item = find(objectName);
    while (!item && !deadline.hasExpired()) {
        QTest::qWait(20);
        item = find(objectName);
    }
    return item;
}

bool AppWindow::click(const QString &objectName, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    // Guarded: while this waits, the page may be replaced and the item with it (a loader, a stack).
    QPointer<QQuickItem> item = waitFor(objectName, timeoutMs);
    while (item && !item->isEnabled() && !deadline.hasExpired()) {
        QTest::qWait(20);
    }
    if (!item || !item->isEnabled()) {
        qWarning("cannot click %s: %s", qPrintable(objectName), item ? "disabled" : "not shown");
        return false;
    }
    // A user clicks only what has been drawn: layouts place their items when the window polishes,
    // so a click straight after a page appears would land where the item is not yet.
    if (!QTest::qWaitForWindowExposed(m_window, timeoutMs)
        || !QQuickTest::qWaitForPolish(m_window, timeoutMs)) {
        qWarning("cannot click %s: the window was not drawn", qPrintable(objectName));
        return false;
    }
    if (!item) {
        item = waitFor(objectName, int(deadline.remainingTime())); // the page was rebuilt meanwhile
    }
    if (item) {
        scrollIntoView(item);
    }
    if (!item) {
        qWarning("cannot click %s: it went away", qPrintable(objectName));
        return false;
    }
    const QPointF middle = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier, middle.toPoint());
    return true;
}

void AppWindow::scrollIntoView(QQuickItem *item) const
{
    // A long form scrolls: like a user, move every Flickable around the item until it shows.
    for (QQuickItem *view = item->parentItem(); view; view = view->parentItem()) {
        if (!view->inherits("QQuickFlickable")) {
            continue;
        }
        const QRectF box = item->mapRectToItem(view, QRectF(0, 0, item->width(), item->height()));
        const qreal contentY = view->property("contentY").toReal();
        if (box.bottom() > view->height()) {
            view->setProperty("contentY", contentY + box.bottom() - view->height());
        } else if (box.top() < 0) {
            view->setProperty("contentY", contentY + box.top());
        }
    }
    QQuickTest::qWaitForPolish(m_window);
}

bool AppWindow::type(const QString &objectName, const QString &text, int timeoutMs)
{
    QQuickItem *item = waitFor(objectName, timeoutMs);
    if (!item) {
        qWarning("cannot type into %s: not shown", qPrintable(objectName));
        return false;
    }
    item->forceActiveFocus();
    return item->setProperty("text", text);
}

QString AppWindow::text(const QString &objectName) const
{
    QQuickItem *item = find(objectName);
    return item ? item->property("text").toString() : QString();
}

bool AppWindow::waitForText(const QString &objectName, const QString &part, int timeoutMs) const
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!text(objectName).contains(part)) {
        if (deadline.hasExpired()) {
            qWarning("%s shows \"%s\", not \"%s\"", qPrintable(objectName), qPrintable(text(objectName)),
                qPrintable(part));
            return false;
        }
        QTest::qWait(20);
    }
    return true;
}

bool AppWindow::saveScreenshot(const QString &path) const
{
    return m_window->grabWindow().save(path);
}

} // namespace boli::test
