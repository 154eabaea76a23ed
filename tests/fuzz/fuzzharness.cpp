// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzzharness.h"

#include "app/serverapp.h"
#include "app/serverparts.h"
#include "auth/accesstokens.h"
#include "boli/protocol.h"

#include <QCoroTask>
#include <QDir>
#include <cstdio>
#include <cstdlib>

namespace boli::fuzz {
namespace {
using namespace Qt::StringLiterals;

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
    std::abort();
}

/// tmpfs when there is one: SQLite's fsync per commit would otherwise limit the fuzzer to ~300 runs/s.
QString scratchParent()
{
    return QDir(u"/dev/shm"_s).exists() ? u"/dev/shm"_s : QDir::tempPath();
}

const Role kRoles[4] = {Role::Guest, Role::Farmer, Role::Trader, Role::Admin};
} // namespace

void decodeFrame(const QByteArray &frame)
{
    const auto asRequest = protocol::decodeRequest(frame);
    if (const auto *request = std::get_if<protocol::Request>(&asRequest)) {
        if (request->op.isEmpty()) {
            fail("a decoded request has an empty op");
        }
        // What the server accepted must read back the same after the client codec wrote it.
        QJsonObject fields = request->fields;
        fields.remove(u"id"_s);
        fields.remove(u"op"_s);
        const auto again = protocol::decodeRequest(protocol::encodeRequest(request->id, request->op, fields));
        const auto *reread = std::get_if<protocol::Request>(&again);
        if (!reread || reread->id != request->id || reread->op != request->op
            || reread->fields != request->fields) {
            fail("a decoded request does not survive encodeRequest");
        }
    } else if (std::get<protocol::DecodeFailure>(asRequest).error.code == ErrorCode::InternalError) {
        fail("decodeRequest reported internal_error");
    }
    const auto asServerMessage = protocol::decodeServerMessage(frame);
    if (const auto *event = std::get_if<protocol::Event>(&asServerMessage); event && event->name.isNull()) {
        fail("a decoded event has no name");
    }
}

DispatcherHarness::DispatcherHarness()
    : m_dataDir(scratchParent() + u"/boli-fuzz-XXXXXX"_s)
{
    server::Config config;
    config.host = QHostAddress::LocalHost;
    config.port = 0;
    config.dataDir = m_dataDir.path();
    config.hashCost = server::PasswordHasher::Cost::TestMinimum;
    config.logLevel = u"critical"_s;
    m_app = std::make_unique<server::ServerApp>(config);
    m_app->start();
    setUp();
}

DispatcherHarness::~DispatcherHarness()
{
    m_app->stop();
}

void DispatcherHarness::setUp()
{
    const struct
    {
        Role role;
        const char *phone;
        const char *secret;
    } accounts[] = {{Role::Farmer, "9811111111", "4321"}, {Role::Trader, "9711111111", "trader-pass"},
        {Role::Admin, "9611111111", "admin-pass-123"}};
    for (int n = 0; n < 3; ++n) {
        server::NewAccount account;
        account.phone = QString::fromLatin1(accounts[n].phone);
        account.displayName = u"Fuzz User"_s;
        account.role = accounts[n].role;
        account.secret = QString::fromLatin1(accounts[n].secret);
        auto creating =
            m_app->parts().accounts.create(account, server::AuditActor::system(), u"fuzz.setup"_s);
        const auto created = QCoro::waitFor(creating);
        if (!std::holds_alternative<server::User>(created)) {
            fail("cannot create the fuzz accounts");
        }
        m_users[n + 1] = std::get<server::User>(created).id;
    }
    // Through the ops, as the admin and the farmer would: review off, then one live listing.
    dispatchLine("\x03{\"id\":1,\"op\":\"admin.settings.set\",\"key\":\"listing_review\",\"value\":false}");
    dispatchLine(
        "\x01{\"id\":2,\"op\":\"listing.create\",\"crop_id\":1,\"quantity_kg\":1000,\"mandi\":\"Indore\","
        "\"district\":\"Indore\",\"state\":\"Madhya Pradesh\",\"starting_price\":200000,"
        "\"duration_minutes\":1440}");
}

void DispatcherHarness::run(const QByteArray &input)
{
    for (const QByteArray &line : input.split('\n')) {
        dispatchLine(line);
    }
}

void DispatcherHarness::dispatchLine(const QByteArray &line)
{
    if (line.isEmpty()) {
        return;
    }
    const QByteArray frame = line.mid(1);
    // The checks ClientConnection makes before an op runs.
    if (frame.size() > protocol::kMaxFrameBytes) {
        return;
    }
    auto decoded = protocol::decodeRequest(frame);
    auto *request = std::get_if<protocol::Request>(&decoded);
    if (!request) {
        return;
    }
    const int who = static_cast<unsigned char>(line.at(0)) % 4;
    server::Caller caller;
    caller.deviceId = u"fuzz"_s;
    caller.ip = u"127.0.0.1"_s;
    if (who != 0) {
        caller.session =
            server::SessionInfo {m_users[who], kRoles[who], 0, server::AccessTokens::kScopeFull.toString()};
    }
    auto dispatching = m_app->parts().dispatcher.dispatch(caller, std::move(*request));
    const server::OpResult result = QCoro::waitFor(dispatching);
    if (const auto *error = std::get_if<Error>(&result); error && error->code == ErrorCode::InternalError) {
        // Bad input must get a specific error; internal_error means an op failed in storage or threw.
        fail("an op answered internal_error");
    }
}

} // namespace boli::fuzz
