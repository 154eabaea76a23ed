// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: decoded frames through OpDispatcher, as a guest, farmer, trader or admin, over a
// real server on a throwaway SQLite database (see DispatcherHarness).
#include "fuzzharness.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <cstddef>
#include <cstdint>
#include <memory>

namespace {
// Never destroyed: libFuzzer ends with exit(), after Qt's own statics (the SQL connection registry)
// are gone, and tearing the server down then crashes in Qt, not in anything being fuzzed.
QCoreApplication *g_app = nullptr;
boli::fuzz::DispatcherHarness *g_harness = nullptr;
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Ops log refused input at warning level; thousands of runs a second would drown the fuzzer's output.
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.info=false\n*.warning=false"));
    g_app = std::make_unique<QCoreApplication>(*argc, *argv).release();
    g_harness = std::make_unique<boli::fuzz::DispatcherHarness>().release();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    g_harness->run(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
