// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boli/protocol.h"
#include "testclient.h"

#include <QJsonObject>
#include <memory>

/// Calling ops on the real server the way every integration test does, and reading the answer.
namespace boli::test {

/// The error code name of the reply, "ok" for success.
QString codeOf(const protocol::Reply &reply);
/// Sends the op and waits for its reply; a timeout comes back as an internal_error reply.
protocol::Reply call(TestClient &client, const QString &op, const QJsonObject &fields = {});
/// The error code name of the op's reply, "ok" for success.
QString code(TestClient &client, const QString &op, const QJsonObject &fields = {});

/// `base` with every key of `extra` set over it.
QJsonObject merged(QJsonObject base, const QJsonObject &extra);
QJsonObject without(QJsonObject object, const QString &key);

/// A fresh greeted connection to 127.0.0.1:port, logged in when a login is given (secrets shorter
/// than 8 characters are PINs); null when either step fails.
std::unique_ptr<TestClient> openClient(quint16 port, const QString &login = {}, const QString &secret = {});

/// The columns of a refusal table: op, fields, code, caller.
void refusalColumns();
/// A refusal row: `caller` sends `op` with `fields` and is answered `code`.
void refusal(const char *name, const QString &op, const QJsonObject &fields, const char *code,
    const char *caller = "admin");

} // namespace boli::test
