// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakedatagov.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QUrl>
#include <QUrlQuery>

namespace boli::test {
namespace {
using namespace Qt::StringLiterals;
}

FakeDataGov::FakeDataGov()
{
    m_server.listen(QHostAddress::LocalHost, 0);
    QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { respond(socket); });
        }
    });
}

QString FakeDataGov::baseUrl() const
{
    return u"http://127.0.0.1:%1"_s.arg(port());
}

void FakeDataGov::servePages(const QJsonArray &records, int pageSize)
{
    for (qsizetype offset = 0; offset < records.size(); offset += pageSize) {
        QJsonArray page;
        for (qsizetype i = offset; i < std::min(records.size(), offset + pageSize); ++i) {
            page.append(records.at(i));
        }
        const QJsonObject body {{u"index_name"_s, u"9ef84268-d588-465a-a308-a864a43d0070"_s},
            {u"status"_s, u"ok"_s}, {u"total"_s, records.size()}, {u"count"_s, page.size()},
            {u"limit"_s, QString::number(pageSize)}, {u"offset"_s, QString::number(offset)},
            {u"records"_s, page}};
        m_pages.insert(offset, {200, QJsonDocument(body).toJson(QJsonDocument::Compact)});
    }
}

void FakeDataGov::answer(qint64 offset, int status, const QByteArray &body)
{
    m_pages.insert(offset, {status, body});
}

void FakeDataGov::reset()
{
    m_pages.clear();
    m_stalled.clear();
    m_requests.clear();
}

QJsonObject FakeDataGov::record(const QString &commodity, const QString &market, const QString &district,
    const QString &state, const QString &date, int min, int max, int modal)
{
    return {{u"state"_s, state}, {u"district"_s, district}, {u"market"_s, market},
        {u"commodity"_s, commodity}, {u"variety"_s, u"Other"_s}, {u"grade"_s, u"FAQ"_s},
        {u"arrival_date"_s, date}, {u"min_price"_s, QString::number(min)},
        {u"max_price"_s, QString::number(max)}, {u"modal_price"_s, QString::number(modal)}};
}

void FakeDataGov::respond(QTcpSocket *socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    socket->setProperty("buffer", buffer);
    if (!buffer.contains("\r\n\r\n") || socket->property("answered").toBool()) {
        return;
    }
    socket->setProperty("answered", true);
    const QByteArray target = buffer.split(' ').value(1);
    m_requests.append(QString::fromUtf8(target));
    const qint64 offset =
        QUrlQuery(QUrl(QString::fromUtf8(target)).query()).queryItemValue(u"offset"_s).toLongLong();
    if (m_stalled.contains(offset)) {
        return; // headers never come: the client's transfer timeout has to end it
    }
    const auto [status, body] = m_pages.value(offset, {404, QByteArray("{\"error\": \"no such page\"}")});
    const QByteArray reason = status == 200 ? "OK" : status == 500 ? "Internal Server Error" : "Error";
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
        + "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    socket->disconnectFromHost();
}

} // namespace boli::test
