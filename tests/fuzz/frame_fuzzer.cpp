// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the protocol's frame decoders (shared/boli/protocol.*) on arbitrary bytes.
#include "fuzzharness.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    boli::fuzz::decodeFrame(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
