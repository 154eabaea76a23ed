// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/idlewatch.h"

#include <QCoreApplication>
#include <QEvent>

namespace boli::client {

namespace {
bool isUserInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::InputMethod: // the on-screen keyboard types through the input method
        return true;
    default:
        return false;
    }
}
} // namespace

IdleWatch::IdleWatch(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatch::idle);
}

void IdleWatch::watchApplication()
{
    if (QCoreApplication *app = QCoreApplication::instance()) {
        app->installEventFilter(this);
    }
    m_watching = true;
    m_timer.start();
}

void IdleWatch::setIdleSeconds(int seconds)
{
    m_timer.setInterval(seconds * 1000);
    if (m_timer.isActive()) {
        m_timer.start();
    }
}

void IdleWatch::restart()
{
    if (m_watching) { // outside kiosk mode nobody is ever logged out for idling
        m_timer.start();
    }
}

bool IdleWatch::eventFilter(QObject *watched, QEvent *event)
{
    if (isUserInput(event->type())) {
        m_timer.start();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace boli::client
