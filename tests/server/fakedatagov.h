// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QTcpServer>

namespace boli::test {

/// @brief A stand-in for api.data.gov.in on 127.0.0.1: answers GET /resource/<id>?offset=N with the
/// page registered for N, or a chosen failure (an HTTP status, silence, any bytes).
class FakeDataGov
{
public:
    FakeDataGov();

    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }
    [[nodiscard]] QString baseUrl() const;

    /// Serves `records` in pages of `pageSize` in the dataset's shape (total and count as numbers,
    /// offset and limit as strings, as the real API sends them).
    void servePages(const QJsonArray &records, int pageSize);
    /// Replaces what the page at `offset` answers: a status (with `body`), or silence.
    void answer(qint64 offset, int status, const QByteArray &body);
    void stall(qint64 offset) { m_stalled.insert(offset); }
    void reset();

    /// The request targets seen ("/resource/<id>?api-key=...&offset=0..."), oldest first.
    [[nodiscard]] const QStringList &requests() const { return m_requests; }

    /// One dataset record with prices in rupees as strings.
    static QJsonObject record(const QString &commodity, const QString &market, const QString &district,
        const QString &state, const QString &date, int min, int max, int modal);

private:
    void respond(QTcpSocket *socket);

    QTcpServer m_server;
    QHash<qint64, std::pair<int, QByteArray>> m_pages;
    QSet<qint64> m_stalled;
    QStringList m_requests;
};

} // namespace boli::test
