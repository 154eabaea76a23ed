// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>
#include <coroutine>
#include <deque>
#include <functional>

namespace boli::server {

class Database;

/// @brief Group commit: the writes queued during one event-loop turn share one transaction, so
/// a burst of bids costs one fsync, and each caller resumes only once its write is durable.
///
/// Each write runs under its own savepoint: one that throws is rolled back alone and reported
/// as failed, the rest of the batch still commits.
class CommitQueue : public QObject
{
    Q_OBJECT
public:
    using Write = std::function<void()>;
    static constexpr int kMaxBatch = 512;

    /// `auto c = queue.commit(write); co_await c;` → true once committed, false if this write (or the
    /// batch's COMMIT) failed and nothing of it was kept. Name the awaiter (GCC 12, see architecture.md).
    class Awaiter
    {
    public:
        Awaiter(CommitQueue &queue, Write write)
            : m_queue(queue)
            , m_write(std::move(write))
        { }
        bool await_ready() const noexcept { return false; }
        void await_suspend(std::coroutine_handle<> waiter);
        bool await_resume() const noexcept { return m_committed; }

    private:
        friend class CommitQueue;
        CommitQueue &m_queue;
        Write m_write;
        std::coroutine_handle<> m_waiter;
        bool m_committed = false;
    };

    explicit CommitQueue(const Database &database, QObject *parent = nullptr);

    [[nodiscard]] Awaiter commit(Write write) { return Awaiter(*this, std::move(write)); }
    [[nodiscard]] qsizetype pending() const { return qsizetype(m_pending.size()); }
    /// Batches committed so far and writes in them, for the benchmark and the logs.
    [[nodiscard]] qint64 batches() const { return m_batches; }
    [[nodiscard]] qint64 writes() const { return m_writes; }

private:
    void enqueue(Awaiter *awaiter);
    void flush();
    bool runOne(Awaiter *awaiter);

    const Database &m_database;
    std::deque<Awaiter *> m_pending;
    QTimer m_flushTimer;
    qint64 m_batches = 0;
    qint64 m_writes = 0;
};

} // namespace boli::server
