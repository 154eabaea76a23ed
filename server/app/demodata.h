// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace boli::server {

struct ServerParts;

/// @brief Fills a fresh market with demo accounts so a trial run has people in it. Idempotent.
///
/// The demo credentials are printed and documented on purpose: they are for a demo database only.
class DemoData
{
public:
    explicit DemoData(ServerParts &parts);
    /// Creates what is missing; returns a summary with the logins.
    QString seed();

private:
    ServerParts &m_parts;
};

} // namespace boli::server
