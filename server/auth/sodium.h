// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace boli::server {

/// Initialises libsodium once per process (thread-safe); throws std::runtime_error if it cannot.
/// Every auth class calls it before its first libsodium call, so no caller has to remember.
void ensureSodium();

} // namespace boli::server
