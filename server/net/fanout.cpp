// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/fanout.h"

#include <algorithm>

namespace boli::server {

FanOut::FanOut(QObject *parent)
    : QObject(parent)
{
    m_nextTurn.setSingleShot(true);
    m_nextTurn.setInterval(0);
    connect(&m_nextTurn, &QTimer::timeout, this, &FanOut::continueDeliveries);
}

void FanOut::start(qint64 listingId, QList<ClientConnection *> recipients, Send send)
{
    finish(listingId);
    Delivery delivery {listingId, std::move(recipients), 0, std::move(send)};
    advance(delivery, kConnectionsPerTurn);
    if (delivery.next < delivery.remaining.size()) {
        m_inProgress.push_back(std::move(delivery));
        m_nextTurn.start();
    }
}

qsizetype FanOut::advance(Delivery &delivery, qsizetype budget)
{
    const qsizetype end = std::min(delivery.remaining.size(), delivery.next + budget);
    const qsizetype sent = end - delivery.next;
    while (delivery.next < end) {
        if (ClientConnection *connection = delivery.remaining.at(delivery.next++)) {
            delivery.send(connection);
        }
    }
    return sent;
}

void FanOut::finish(qint64 listingId)
{
    const auto it = std::find_if(m_inProgress.begin(), m_inProgress.end(),
        [listingId](const Delivery &delivery) { return delivery.listingId == listingId; });
    if (it == m_inProgress.end()) {
        return;
    }
    Delivery delivery = std::move(*it);
    m_inProgress.erase(it);
    advance(delivery, delivery.remaining.size());
}

void FanOut::forget(ClientConnection *connection)
{
    for (Delivery &delivery : m_inProgress) {
        std::replace(delivery.remaining.begin() + delivery.next, delivery.remaining.end(), connection,
            static_cast<ClientConnection *>(nullptr));
    }
}

void FanOut::continueDeliveries()
{
    qsizetype budget = kConnectionsPerTurn;
    while (budget > 0 && !m_inProgress.empty()) {
        Delivery &delivery = m_inProgress.front();
        budget -= advance(delivery, budget);
        if (delivery.next >= delivery.remaining.size()) {
            m_inProgress.pop_front();
        }
    }
    if (!m_inProgress.empty()) {
        m_nextTurn.start();
    }
}

} // namespace boli::server
