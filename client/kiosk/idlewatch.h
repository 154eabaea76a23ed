// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

namespace boli::client {

/// @brief Notices when nobody has touched the kiosk for a while.
///
/// An application-wide event filter sees every mouse, touch and key event before any window does
/// and restarts one timer; when it runs out, `idle` is emitted once and the timer waits for the
/// next touch. It never swallows an event.
class IdleWatch : public QObject
{
    Q_OBJECT

public:
    explicit IdleWatch(QObject *parent = nullptr);

    /// Starts watching the whole application's input (call once, in kiosk mode).
    void watchApplication();
    [[nodiscard]] int idleSeconds() const { return m_timer.interval() / 1000; }
    void setIdleSeconds(int seconds);
    /// Milliseconds until `idle`, or -1 while not counting.
    [[nodiscard]] int remainingMs() const { return m_timer.remainingTime(); }
    /// Counts again from the full idle time, as if someone had just touched the screen (only once
    /// watchApplication() was called).
    void restart();

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
    bool m_watching = false;
};

} // namespace boli::client
