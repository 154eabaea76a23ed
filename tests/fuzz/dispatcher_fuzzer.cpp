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
std::unique_ptr<QCoreApplication> g_app;
std::unique_ptr<boli::fuzz::DispatcherHarness> g_harness;
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Ops log refused input at warning level; thousands of runs a second would drown the fuzzer's output.
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.info=false\n*.warning=false"));
    g_app = std::make_unique<QCoreApplication>(*argc, *argv);
    g_harness = std::make_unique<boli::fuzz::DispatcherHarness>();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    g_harness->run(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
