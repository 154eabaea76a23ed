// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoroTask>
#include <QEventLoop>
#include <QTimer>

#include <chrono>
#include <memory>
#include <optional>

/// QCoro 0.8 has no QCoroTest; this is the timeout wrapper its own tests use in spirit.
namespace boli::test {

namespace detail {
template<typename T>
struct WaitState
{
    std::optional<T> result;
    bool done = false;
    QEventLoop *loop = nullptr;
};

template<typename T>
QCoro::Task<> runInto(QCoro::Task<T> task, std::shared_ptr<WaitState<T>> state)
{
    if constexpr (std::is_void_v<T>) {
        co_await std::move(task);
    } else {
        state->result = co_await std::move(task);
    }
    state->done = true;
    if (state->loop) {
        state->loop->quit();
    }
}
} // namespace detail

/// Runs the task in a nested event loop until it finishes or the timeout passes; empty on timeout.
/// The state outlives a timed-out task, so a late finish writes nowhere dangerous.
template<typename T>
std::optional<T> waitFor(QCoro::Task<T> task, std::chrono::milliseconds timeout = std::chrono::seconds(15))
{
    auto state = std::make_shared<detail::WaitState<T>>();
    detail::runInto<T>(std::move(task), state);
    if (!state->done) {
        QEventLoop loop;
        state->loop = &loop;
        QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
        loop.exec();
        state->loop = nullptr;
    }
    return std::move(state->result);
}

/// For Task<>: true when it finished in time.
inline bool waitFor(QCoro::Task<> task, std::chrono::milliseconds timeout = std::chrono::seconds(15))
{
    struct Done
    {
    };
    auto wrapped = [](QCoro::Task<> inner) -> QCoro::Task<Done> {
        co_await std::move(inner);
        co_return Done {};
    };
    return waitFor<Done>(wrapped(std::move(task)), timeout).has_value();
}

} // namespace boli::test
