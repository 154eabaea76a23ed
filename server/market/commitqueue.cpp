// SPDX-License-Identifier: GPL-3.0-or-later
#include "market/commitqueue.h"

#include "storage/database.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCommit, "boli.commit")

namespace boli::server {
namespace {
using namespace Qt::StringLiterals;
}

void CommitQueue::Awaiter::await_suspend(std::coroutine_handle<> waiter)
{
    m_waiter = waiter;
    m_queue.enqueue(this);
}

CommitQueue::CommitQueue(const Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    // Zero interval: flush as soon as the event loop has taken in what arrived in this turn.
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(0);
    connect(&m_flushTimer, &QTimer::timeout, this, &CommitQueue::flush);
}

void CommitQueue::enqueue(Awaiter *awaiter)
{
    m_pending.push_back(awaiter);
    if (!m_flushTimer.isActive()) {
        m_flushTimer.start();
    }
}

bool CommitQueue::runOne(Awaiter *awaiter)
{
    m_database.execute(u"SAVEPOINT boli_write"_s);
    try {
        awaiter->m_write();
        m_database.execute(u"RELEASE SAVEPOINT boli_write"_s);
        return true;
    } catch (const std::exception &error) {
        qCWarning(lcCommit) << "write rolled back:" << error.what();
        m_database.execute(u"ROLLBACK TO SAVEPOINT boli_write"_s);
        m_database.execute(u"RELEASE SAVEPOINT boli_write"_s);
        return false;
    }
}

void CommitQueue::flush()
{
    std::deque<Awaiter *> batch;
    while (!m_pending.empty() && batch.size() < kMaxBatch) {
        batch.push_back(m_pending.front());
        m_pending.pop_front();
    }
    if (!m_pending.empty()) {
        m_flushTimer.start();
    }
    try {
        Transaction transaction(m_database);
        for (Awaiter *awaiter : batch) {
            awaiter->m_committed = runOne(awaiter);
        }
        transaction.commit();
        ++m_batches;
        m_writes += qint64(batch.size());
    } catch (const std::exception &error) {
        qCCritical(lcCommit) << "batch of" << batch.size() << "writes failed to commit:" << error.what();
        for (Awaiter *awaiter : batch) {
            awaiter->m_committed = false;
        }
    }
    // Resume in queue order; a resumed op may queue more writes for the next batch.
    for (Awaiter *awaiter : batch) {
        awaiter->m_waiter.resume();
    }
}

} // namespace boli::server
