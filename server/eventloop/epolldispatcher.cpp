// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventloop/epolldispatcher.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <algorithm>
#include <array>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <limits>
#include <stdexcept>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

namespace boli::server {
namespace {

constexpr int kMaxReadyPerRound = 512;

qint64 monotonicMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

std::runtime_error systemError(const char *what)
{
    return std::runtime_error(std::string(what) + ": " + std::strerror(errno));
}

} // namespace

EpollEventDispatcher::EpollEventDispatcher(QObject *parent)
    : QAbstractEventDispatcher(parent)
    , m_epoll(epoll_create1(EPOLL_CLOEXEC))
{
    if (m_epoll < 0) {
        throw systemError("epoll_create1");
    }
    m_wakeFd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (m_wakeFd < 0) {
        ::close(m_epoll);
        throw systemError("eventfd");
    }
    epoll_event event {};
    event.events = EPOLLIN;
    event.data.fd = m_wakeFd;
    epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wakeFd, &event);
}

EpollEventDispatcher::~EpollEventDispatcher()
{
    ::close(m_wakeFd);
    ::close(m_epoll);
}

bool EpollEventDispatcher::processEvents(QEventLoop::ProcessEventsFlags flags)
{
    m_interrupted.store(false);
    Q_EMIT awake();
    // Posted events first; one that posts another wakes the wait below at once (wakeUp()).
    QCoreApplication::sendPostedEvents();

    const bool mayWait = flags.testFlag(QEventLoop::WaitForMoreEvents) && !m_interrupted.load();
    if (mayWait) {
        Q_EMIT aboutToBlock();
    }
    std::array<epoll_event, kMaxReadyPerRound> ready {};
    int count = epoll_wait(m_epoll, ready.data(), int(ready.size()), mayWait ? waitMs() : 0);
    if (mayWait) {
        Q_EMIT awake();
    }
    if (count < 0) {
        count = 0; // EINTR: a signal; the caller loops
    }
    QList<QSocketNotifier *> round;
    for (int i = 0; i < count; ++i) {
        const int fd = ready[i].data.fd;
        const quint32 events = ready[i].events;
        if (fd == m_wakeFd) {
            eventfd_t drained = 0;
            eventfd_read(m_wakeFd, &drained);
            continue;
        }
        if (flags.testFlag(QEventLoop::ExcludeSocketNotifiers)) {
            continue; // level-triggered: reported again on the next round
        }
        const auto socket = m_sockets.constFind(fd);
        if (socket == m_sockets.cend()) {
            continue;
        }
        if ((events & (EPOLLIN | EPOLLHUP | EPOLLERR)) && socket->read) {
            round.append(socket->read);
        }
        if ((events & (EPOLLOUT | EPOLLHUP | EPOLLERR)) && socket->write) {
            round.append(socket->write);
        }
        if ((events & EPOLLPRI) && socket->exception) {
            round.append(socket->exception);
        }
    }
    int activated = activateSockets(round);
    if (!flags.testFlag(QEventLoop::X11ExcludeTimers)) {
        activated += fireTimers();
    }
    return activated > 0;
}

int EpollEventDispatcher::activateSockets(QList<QSocketNotifier *> &round)
{
    // Registered while it runs, so that unregistering a notifier (even from a nested round) nulls
    // its entry here and it is not activated after it is gone.
    m_rounds.append(&round);
    int activated = 0;
    for (qsizetype i = 0; i < round.size(); ++i) {
        QSocketNotifier *notifier = std::exchange(round[i], nullptr);
        if (!notifier) {
            continue;
        }
        QEvent event(QEvent::SockAct);
        QCoreApplication::sendEvent(notifier, &event);
        ++activated;
    }
    m_rounds.removeLast();
    return activated;
}

void EpollEventDispatcher::registerSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = int(notifier->socket());
    Socket &socket = m_sockets[fd];
    switch (notifier->type()) {
    case QSocketNotifier::Read:
        socket.read = notifier;
        break;
    case QSocketNotifier::Write:
        socket.write = notifier;
        break;
    case QSocketNotifier::Exception:
        socket.exception = notifier;
        break;
    }
    updateInterest(fd, socket);
}

void EpollEventDispatcher::unregisterSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = int(notifier->socket());
    for (QList<QSocketNotifier *> *round : std::as_const(m_rounds)) {
        std::replace(round->begin(), round->end(), notifier, static_cast<QSocketNotifier *>(nullptr));
    }
    const auto it = m_sockets.find(fd);
    if (it == m_sockets.end()) {
        return;
    }
    for (QSocketNotifier **slot : {&it->read, &it->write, &it->exception}) {
        if (*slot == notifier) {
            *slot = nullptr;
        }
    }
    updateInterest(fd, *it);
    if (!it->read && !it->write && !it->exception) {
        m_sockets.erase(it);
    }
}

void EpollEventDispatcher::updateInterest(int fd, Socket &socket)
{
    const quint32 wanted = (socket.read ? quint32(EPOLLIN) : 0u) | (socket.write ? quint32(EPOLLOUT) : 0u)
        | (socket.exception ? quint32(EPOLLPRI) : 0u);
    if (wanted == socket.registeredEvents) {
        return;
    }
    epoll_event event {};
    event.events = wanted;
    event.data.fd = fd;
    if (wanted == 0) {
        // Fails harmlessly when the descriptor is already closed: the kernel dropped it then.
        epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, &event);
    } else if (epoll_ctl(m_epoll, socket.registeredEvents == 0 ? EPOLL_CTL_ADD : EPOLL_CTL_MOD, fd, &event)
        != 0) {
        // Our record and the kernel's disagree (a descriptor closed and reused): take the other op.
        const int retry = errno == EEXIST ? EPOLL_CTL_MOD : EPOLL_CTL_ADD;
        if (epoll_ctl(m_epoll, retry, fd, &event) != 0) {
            qWarning("EpollEventDispatcher: cannot watch descriptor %d: %s", fd, std::strerror(errno));
        }
    }
    socket.registeredEvents = wanted;
}

void EpollEventDispatcher::registerTimer(
    int timerId, qint64 interval, Qt::TimerType timerType, QObject *object)
{
    m_timers.insert(timerId, Timer {interval, timerType, object, monotonicMs() + interval});
}

bool EpollEventDispatcher::unregisterTimer(int timerId)
{
    return m_timers.remove(timerId);
}

bool EpollEventDispatcher::unregisterTimers(QObject *object)
{
    return m_timers.removeIf([object](const auto &it) { return it.value().object == object; }) > 0;
}

QList<QAbstractEventDispatcher::TimerInfo> EpollEventDispatcher::registeredTimers(QObject *object) const
{
    QList<TimerInfo> timers;
    for (auto it = m_timers.cbegin(); it != m_timers.cend(); ++it) {
        if (it->object == object) {
            timers.append(TimerInfo(it.key(), int(it->intervalMs), it->type));
        }
    }
    return timers;
}

int EpollEventDispatcher::remainingTime(int timerId)
{
    const auto it = m_timers.constFind(timerId);
    if (it == m_timers.cend()) {
        return -1;
    }
    return int(std::max<qint64>(0, it->dueMs - monotonicMs()));
}

int EpollEventDispatcher::waitMs() const
{
    if (m_timers.isEmpty()) {
        return -1;
    }
    qint64 earliest = std::numeric_limits<qint64>::max();
    for (const Timer &timer : m_timers) {
        earliest = std::min(earliest, timer.dueMs);
    }
    return int(std::clamp<qint64>(earliest - monotonicMs(), 0, std::numeric_limits<int>::max()));
}

int EpollEventDispatcher::fireTimers()
{
    const qint64 now = monotonicMs();
    QList<std::pair<qint64, int>> due; // (due time, id): fired earliest first
    for (auto it = m_timers.cbegin(); it != m_timers.cend(); ++it) {
        if (it->dueMs <= now) {
            due.append({it->dueMs, it.key()});
        }
    }
    std::sort(due.begin(), due.end());
    int fired = 0;
    for (const auto &[dueMs, timerId] : std::as_const(due)) {
        const auto it = m_timers.find(timerId);
        if (it == m_timers.end() || it->dueMs > now) {
            continue; // stopped, or restarted by an earlier timer's handler
        }
        // Rescheduled before delivery: a nested event loop in the handler must not fire it again.
        // A timer that fell behind skips the missed beats rather than firing in a burst.
        it->dueMs += it->intervalMs;
        if (it->dueMs <= now && it->intervalMs > 0) {
            it->dueMs = now + it->intervalMs;
        }
        QObject *object = it->object;
        QTimerEvent event(timerId);
        QCoreApplication::sendEvent(object, &event);
        ++fired;
    }
    return fired;
}

void EpollEventDispatcher::wakeUp()
{
    eventfd_write(m_wakeFd, 1);
}

void EpollEventDispatcher::interrupt()
{
    m_interrupted.store(true);
    wakeUp();
}

} // namespace boli::server
