// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QMetaObject>
#include <QTimer>
#include <chrono>
#include <coroutine>
#include <memory>
#include <optional>

namespace boli::bench {

/// @brief A one-shot result a coroutine can co_await: completed once by a callback, resumed once.
///
/// Stands in for QCoro 0.8's signal awaiter, which resumed a coroutine twice when its signal fired
/// twice in one event-loop turn. The waiter is resumed from the event loop, never from inside the
/// callback that completed it, so a socket's signal emission is never re-entered. Copies share the
/// result. Used for setup only; the hot loops are plain callbacks.
template<typename T>
class Completion
{
public:
    /// The first value wins; later ones are ignored.
    void complete(T value) const
    {
        if (m_state->value) {
            return;
        }
        m_state->value = std::move(value);
        if (auto waiter = std::exchange(m_state->waiter, {})) {
            QMetaObject::invokeMethod(
                QCoreApplication::instance(), [waiter] { waiter.resume(); }, Qt::QueuedConnection);
        }
    }
    [[nodiscard]] bool isDone() const { return m_state->value.has_value(); }

    bool await_ready() const noexcept { return m_state->value.has_value(); }
    void await_suspend(std::coroutine_handle<> waiter) const noexcept { m_state->waiter = waiter; }
    T await_resume() const { return *m_state->value; }

private:
    struct State
    {
        std::optional<T> value;
        std::coroutine_handle<> waiter;
    };
    std::shared_ptr<State> m_state = std::make_shared<State>();
};

/// Completes after `delay`: `auto pause = sleepFor(100ms); co_await pause;`.
inline Completion<bool> sleepFor(std::chrono::milliseconds delay)
{
    Completion<bool> done;
    QTimer::singleShot(delay, QCoreApplication::instance(), [done] { done.complete(true); });
    return done;
}

} // namespace boli::bench
