// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractEventDispatcher>
#include <QHash>
#include <QList>
#include <atomic>

namespace boli::server {

/// @brief A Qt event dispatcher on Linux epoll, for processes with thousands of sockets.
///
/// Qt 6.4's dispatchers (its own and GLib's) poll every registered socket on every wake-up, so a
/// server with 5,000 connections spent a third of its event-loop thread in ppoll (performance.md).
/// epoll reports only the sockets that are ready. Semantics follow QEventDispatcherUNIX: posted events
/// first, then ready socket notifiers (level-triggered, so one not served now is reported again), then
/// due timers; a notifier unregistered during this round is not activated. Timers are kept to the
/// millisecond on the monotonic clock; coarse timers are treated as precise. Linux only: the server
/// and the benchmark install it, the client never does.
class EpollEventDispatcher final : public QAbstractEventDispatcher
{
    Q_OBJECT
public:
    /// Throws std::runtime_error when the kernel refuses epoll or eventfd.
    explicit EpollEventDispatcher(QObject *parent = nullptr);
    ~EpollEventDispatcher() override;

    bool processEvents(QEventLoop::ProcessEventsFlags flags) override;
    void registerSocketNotifier(QSocketNotifier *notifier) override;
    void unregisterSocketNotifier(QSocketNotifier *notifier) override;
    void registerTimer(int timerId, qint64 interval, Qt::TimerType timerType, QObject *object) override;
    bool unregisterTimer(int timerId) override;
    bool unregisterTimers(QObject *object) override;
    [[nodiscard]] QList<TimerInfo> registeredTimers(QObject *object) const override;
    int remainingTime(int timerId) override;
    void wakeUp() override;
    void interrupt() override;

private:
    /// The notifiers on one descriptor, one per QSocketNotifier::Type.
    struct Socket
    {
        QSocketNotifier *read = nullptr;
        QSocketNotifier *write = nullptr;
        QSocketNotifier *exception = nullptr;
        quint32 registeredEvents = 0; ///< what epoll watches for now
    };
    struct Timer
    {
        qint64 intervalMs = 0;
        Qt::TimerType type = Qt::CoarseTimer;
        QObject *object = nullptr;
        qint64 dueUs = 0; ///< monotonic, microseconds
        bool firing = false; ///< its handler is running
    };

    void updateInterest(int fd, Socket &socket);
    /// Milliseconds until the earliest timer, -1 without timers.
    [[nodiscard]] int waitMs() const;
    int activateSockets(QList<QSocketNotifier *> &round);
    int fireTimers();

    int m_epoll = -1;
    int m_wakeFd = -1;
    int m_wakeOnly = -1; ///< an epoll set of m_wakeFd alone, for rounds that exclude socket notifiers
    std::atomic<bool> m_interrupted {false};
    QHash<int, Socket> m_sockets;
    QHash<int, Timer> m_timers;
    /// The ready notifiers of the rounds being activated (more than one in a nested event loop).
    QList<QList<QSocketNotifier *> *> m_rounds;
};

} // namespace boli::server
