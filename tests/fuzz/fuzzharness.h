// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QTemporaryDir>
#include <memory>

namespace boli::server {
class ServerApp;
}

/// Inputs shared by the libFuzzer targets (tests/fuzz/*_fuzzer.cpp) and their regression test in the
/// normal suite (tst_fuzzregressions), so a crash the fuzzer finds is replayed by plain CTest.
namespace boli::fuzz {

/// Decodes one frame as the server (a request) and as a client (a reply or an event), and checks
/// that a decoded request survives encoding again. Aborts (a crash for libFuzzer) on a broken invariant.
void decodeFrame(const QByteArray &frame);

/// @brief A real server over a throwaway SQLite database whose op dispatcher is driven directly.
///
/// An input is lines; each line is one frame, its first byte choosing who sends it (a guest, the
/// farmer, the trader or the admin that setUp made; the farmer has a live listing, id 1). Frames go
/// through the same checks as ClientConnection (size, decodeRequest) and then OpDispatcher::dispatch,
/// and each op runs to its end before the next line. The database keeps what earlier inputs did.
class DispatcherHarness
{
public:
    DispatcherHarness();
    ~DispatcherHarness();

    void run(const QByteArray &input);

private:
    void setUp();
    void dispatchLine(const QByteArray &line);

    QTemporaryDir m_dataDir;
    std::unique_ptr<server::ServerApp> m_app;
    qint64 m_users[4] = {}; ///< guest (0), farmer, trader, admin
};

} // namespace boli::fuzz
