// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/databaseurl.h"

#include <QObject>
#include <QThread>
#include <coroutine>
#include <deque>
#include <functional>
#include <vector>

namespace boli::server {

class Database;

/// @brief Group commit on a writer thread: writes queued while a batch commits share the next
/// transaction, so a burst of bids costs one fsync, and each caller resumes only once its write is
/// durable.
///
/// The writer thread has its own connection, so the event loop goes on answering (refusals, reads,
/// events) while a COMMIT waits for the disk; only one batch is in flight at a time, which keeps
/// commits in queue order. Each write runs under its own savepoint: one that throws is rolled back
/// alone and reported as failed, the rest of the batch still commits. A write runs on the writer
/// thread and must touch nothing but the database it is given and what it captured by value.
class CommitQueue : public QObject
{
    Q_OBJECT
public:
    using Write = std::function<void(const Database &)>;
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

    /// Opens the writer's own connection to `url` on its thread; throws SqlError if it cannot.
    explicit CommitQueue(const DatabaseUrl &url, QObject *parent = nullptr);
    /// Waits for the batch in flight to end; writes still queued are not run.
    ~CommitQueue() override;

    [[nodiscard]] Awaiter commit(Write write) { return Awaiter(*this, std::move(write)); }
    /// Writes not committed yet: queued, and in the batch on the writer thread.
    [[nodiscard]] qsizetype pending() const { return qsizetype(m_pending.size()) + m_inFlightWrites; }
    /// Batches committed so far and writes in them, for the benchmark and the logs.
    [[nodiscard]] qint64 batches() const { return m_batches; }
    [[nodiscard]] qint64 writes() const { return m_writes; }

private:
    using Batch = std::vector<Awaiter *>;
    class Writer;

    void enqueue(Awaiter *awaiter);
    void sendBatch();
    void batchDone(const Batch &batch, bool committed);

    QThread m_thread;
    QObject *m_writerContext = nullptr; ///< lives on m_thread; work for the writer is queued to it
    std::unique_ptr<Writer> m_writer;
    std::deque<Awaiter *> m_pending;
    bool m_inFlight = false;
    qsizetype m_inFlightWrites = 0;
    qint64 m_batches = 0;
    qint64 m_writes = 0;
};

} // namespace boli::server
