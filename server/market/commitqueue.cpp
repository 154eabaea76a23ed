// SPDX-License-Identifier: GPL-3.0-or-later
#include "market/commitqueue.h"

#include "storage/database.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCommit, "boli.commit")

namespace boli::server {
namespace {
using namespace Qt::StringLiterals;
}

/// @brief The writer thread's side: its connection, and one batch at a time in one transaction.
class CommitQueue::Writer
{
public:
    explicit Writer(const DatabaseUrl &url)
        : m_database(Database::open(url))
    { }

    /// Runs every write under its own savepoint, then commits; true when the COMMIT succeeded.
    bool run(const Batch &batch)
    {
        try {
            Transaction transaction(*m_database);
            for (Awaiter *awaiter : batch) {
                awaiter->m_committed = runOne(*awaiter);
            }
            transaction.commit();
            return true;
        } catch (const std::exception &error) {
            qCCritical(lcCommit) << "batch of" << batch.size() << "writes failed to commit:" << error.what();
        } catch (...) {
            qCCritical(lcCommit) << "batch of" << batch.size() << "writes failed to commit";
        }
        for (Awaiter *awaiter : batch) {
            awaiter->m_committed = false;
        }
        return false;
    }

private:
    bool runOne(Awaiter &awaiter)
    {
        m_database->execute(u"SAVEPOINT boli_write"_s);
        try {
            awaiter.m_write(*m_database);
            m_database->execute(u"RELEASE SAVEPOINT boli_write"_s);
            return true;
        } catch (const std::exception &error) {
            qCWarning(lcCommit) << "write rolled back:" << error.what();
        } catch (...) {
            qCWarning(lcCommit) << "write rolled back";
        }
        m_database->execute(u"ROLLBACK TO SAVEPOINT boli_write"_s);
        m_database->execute(u"RELEASE SAVEPOINT boli_write"_s);
        return false;
    }

    std::unique_ptr<Database> m_database;
};

void CommitQueue::Awaiter::await_suspend(std::coroutine_handle<> waiter)
{
    m_waiter = waiter;
    m_queue.enqueue(this);
}

CommitQueue::CommitQueue(const DatabaseUrl &url, QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(u"boli-writer"_s);
    m_thread.start();
    m_writerContext = new QObject;
    m_writerContext->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_writerContext, &QObject::deleteLater);
    // A connection belongs to the thread that opened it, so the writer's is opened there.
    QString failure;
    QMetaObject::invokeMethod(
        m_writerContext,
        [this, &url, &failure] {
            try {
                m_writer = std::make_unique<Writer>(url);
            } catch (const std::exception &error) {
                failure = QString::fromUtf8(error.what());
            }
        },
        Qt::BlockingQueuedConnection);
    if (!m_writer) {
        m_thread.quit();
        m_thread.wait();
        throw SqlError(u"the writer's connection: %1"_s.arg(failure));
    }
}

CommitQueue::~CommitQueue()
{
    if (pending() > 0) {
        // Never acknowledged, so nothing promised is lost; said so that a stop is not silent about it.
        qCWarning(lcCommit) << pending() << "writes not committed at shutdown";
    }
    // Closed on its own thread, after the batch in flight (queued before this) has ended.
    QMetaObject::invokeMethod(
        m_writerContext, [this] { m_writer.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void CommitQueue::enqueue(Awaiter *awaiter)
{
    m_pending.push_back(awaiter);
    sendBatch();
}

void CommitQueue::sendBatch()
{
    if (m_inFlight || m_pending.empty()) {
        return;
    }
    // Deferred to the writer rather than run now: the writes queued in the rest of this event-loop
    // turn still join the batch while the writer thread starts up.
    m_inFlight = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            Batch batch;
            while (!m_pending.empty() && batch.size() < kMaxBatch) {
                batch.push_back(m_pending.front());
                m_pending.pop_front();
            }
            m_inFlightWrites = qsizetype(batch.size());
            QMetaObject::invokeMethod(m_writerContext, [this, batch] {
                const bool committed = m_writer->run(batch);
                QMetaObject::invokeMethod(
                    this, [this, batch, committed] { batchDone(batch, committed); }, Qt::QueuedConnection);
            });
        },
        Qt::QueuedConnection);
}

void CommitQueue::batchDone(const Batch &batch, bool committed)
{
    m_inFlight = false;
    m_inFlightWrites = 0;
    if (committed) {
        ++m_batches;
        m_writes += qint64(batch.size());
    }
    // The next batch takes what queued while this one was on the disk, and (being formed one turn
    // later) what the resumed ops below queue now.
    sendBatch();
    // Resume in queue order; a resumed op may queue more writes for the next batch.
    for (Awaiter *awaiter : batch) {
        awaiter->m_waiter.resume();
    }
}

} // namespace boli::server
