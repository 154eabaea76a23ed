// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <coroutine>
#include <vector>

namespace boli::server {

/// @brief Per listing: its writes in flight, and a gate that holds new commands back while the
/// listing is rebuilt after a failed write.
///
/// Commands on one listing are applied in memory one after another and their writes chained by
/// version; when one write fails, every write chained after it fails too. The last of them to
/// come back rebuilds the listing from the database and opens the gate again, so memory is only
/// ever rebuilt when nothing of it is still in flight.
class ListingGate
{
public:
    /// `auto open = gate.whenOpen(id); co_await open;` (named: GCC 12, see architecture.md).
    class Opening
    {
    public:
        Opening(ListingGate &gate, qint64 listingId)
            : m_gate(gate)
            , m_listingId(listingId)
        { }
        bool await_ready() const noexcept { return !m_gate.isClosed(m_listingId); }
        void await_suspend(std::coroutine_handle<> waiter)
        {
            m_gate.m_flows[m_listingId].waiters.push_back(waiter);
        }
        void await_resume() const noexcept { }

    private:
        ListingGate &m_gate;
        qint64 m_listingId;
    };

    [[nodiscard]] Opening whenOpen(qint64 listingId) { return Opening(*this, listingId); }
    [[nodiscard]] bool isClosed(qint64 listingId) const { return m_flows.value(listingId).closed; }
    [[nodiscard]] int inFlight(qint64 listingId) const { return m_flows.value(listingId).inFlight; }

    void writeStarted(qint64 listingId) { ++m_flows[listingId].inFlight; }
    /// True when it was the listing's last write in flight.
    bool writeFinished(qint64 listingId);
    void close(qint64 listingId) { m_flows[listingId].closed = true; }
    /// Opens the gate and resumes, from the event loop, the commands that waited at it.
    void open(qint64 listingId);

private:
    struct Flow
    {
        int inFlight = 0;
        bool closed = false;
        std::vector<std::coroutine_handle<>> waiters;
    };

    QHash<qint64, Flow> m_flows;
};

} // namespace boli::server
