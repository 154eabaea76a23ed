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

/// Microseconds: a timer due at a whole millisecond must not fire up to a millisecond early.
qint64 monotonicUs()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(
        std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

constexpr qint64 kUsPerMs = 1000;

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
    m_wakeOnly = epoll_create1(EPOLL_CLOEXEC);
    if (m_wakeOnly < 0) {
        ::close(m_wakeFd);
        ::close(m_epoll);
        throw systemError("epoll_create1");
    }
    epoll_event event {};
    event.events = EPOLLIN;
    event.data.fd = m_wakeFd;
    epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wakeFd, &event);
    epoll_ctl(m_wakeOnly, EPOLL_CTL_ADD, m_wakeFd, &event);
}

EpollEventDispatcher::~EpollEventDispatcher()
{
    ::close(m_wakeOnly);
    ::close(m_wakeFd);
    ::close(m_epoll);
}

bool EpollEventDispatcher::processEvents(QEventLoop::ProcessEventsFlags flags)
{
    m_interrupted.store(false);
    Q_EMIT awake();
    // Posted events first; one that posts another wakes the wait below at once (wakeUp()).
    QCoreApplication::sendPostedEvents();

    if (m_interrupted.load()) {
        return false; // quit() from a posted event: no more handlers in the loop that is ending
    }
    const bool withNotifiers = !flags.testFlag(QEventLoop::ExcludeSocketNotifiers);
    const bool withTimers = !flags.testFlag(QEventLoop::X11ExcludeTimers);
    const bool mayWait = flags.testFlag(QEventLoop::WaitForMoreEvents);
    if (mayWait) {
        Q_EMIT aboutToBlock();
    }
    // Without notifiers, wait on the wake-up alone: level-triggered sockets would end every wait.
    std::array<epoll_event, kMaxReadyPerRound> ready {};
    int count = epoll_wait(withNotifiers ? m_epoll : m_wakeOnly, ready.data(), int(ready.size()),
        mayWait ? (withTimers ? waitMs() : -1) : 0);
    if (mayWait) {
        Q_EMIT awake();
    }
    if (count < 0) {
        if (errno != EINTR) { // EINTR: a signal; the caller loops
            qWarning("EpollEventDispatcher: epoll_wait: %s", std::strerror(errno));
        }
        count = 0;
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
        if ((events & (EPOLLPRI | EPOLLHUP | EPOLLERR)) && socket->exception) {
            round.append(socket->exception);
        }
    }
    int activated = activateSockets(round);
    if (withTimers) {
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
        QSocketNotifier *notifier = round.at(i);
        if (!notifier) {
            continue;
        }
        // Taken out of every round, so a nested loop and this one never both activate it.
        for (QList<QSocketNotifier *> *pending : std::as_const(m_rounds)) {
            std::replace(pending->begin(), pending->end(), notifier, static_cast<QSocketNotifier *>(nullptr));
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
    m_timers.insert(timerId, Timer {interval, timerType, object, monotonicUs() + interval * kUsPerMs});
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
    return int(std::max<qint64>(0, (it->dueUs - monotonicUs() + kUsPerMs - 1) / kUsPerMs));
}

int EpollEventDispatcher::waitMs() const
{
    if (m_timers.isEmpty()) {
        return -1;
    }
    qint64 earliest = std::numeric_limits<qint64>::max();
    for (const Timer &timer : m_timers) {
        if (!timer.firing) {
            earliest = std::min(earliest, timer.dueUs);
        }
    }
    if (earliest == std::numeric_limits<qint64>::max()) {
        return -1;
    }
    // Rounded up: waking before the timer is due would only wait again.
    const qint64 waitUs = earliest - monotonicUs();
    return int(std::clamp<qint64>((waitUs + kUsPerMs - 1) / kUsPerMs, 0, std::numeric_limits<int>::max()));
}

int EpollEventDispatcher::fireTimers()
{
    const qint64 now = monotonicUs();
    QList<std::pair<qint64, int>> due; // (due time, id): fired earliest first
    for (auto it = m_timers.cbegin(); it != m_timers.cend(); ++it) {
        if (it->dueUs <= now && !it->firing) {
            due.append({it->dueUs, it.key()});
        }
    }
    std::sort(due.begin(), due.end());
    int activated = 0;
    for (const auto &[dueUs, timerId] : std::as_const(due)) {
        auto it = m_timers.find(timerId);
        if (it == m_timers.end() || it->dueUs > now || it->firing) {
            continue; // stopped, or restarted by an earlier timer's handler
        }
        // Rescheduled before delivery; a timer that fell behind skips the missed beats rather than
        // firing in a burst. Marked while its handler runs, so a nested event loop there does not
        // deliver it again (a zero-interval timer would, at once), as Qt's own dispatcher does.
        it->dueUs += it->intervalMs * kUsPerMs;
        if (it->dueUs <= now && it->intervalMs > 0) {
            it->dueUs = now + it->intervalMs * kUsPerMs;
        }
        it->firing = true;
        // Zero-interval timers run on every pass and are not activity (as in Qt's dispatcher), or
        // processEvents(flags, maxtime) would never see the loop idle.
        activated += it->intervalMs > 0 ? 1 : 0;
        QObject *object = it->object;
        QTimerEvent event(timerId);
        QCoreApplication::sendEvent(object, &event);
        it = m_timers.find(timerId); // the handler may have stopped it, or started others
        if (it != m_timers.end()) {
            it->firing = false;
        }
    }
    return activated;
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
