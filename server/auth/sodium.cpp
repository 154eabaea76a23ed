// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/sodium.h"

#include <sodium.h>
#include <stdexcept>

namespace boli::server {

void ensureSodium()
{
    // A function-local static runs sodium_init() exactly once even when pool threads race here.
    static const bool ready = sodium_init() >= 0;
    if (!ready) {
        throw std::runtime_error("libsodium could not be initialised");
    }
}

} // namespace boli::server
