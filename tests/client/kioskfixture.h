// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/clientapp.h"
#include "testserver.h"

#include <QTemporaryDir>
#include <memory>

namespace boli::test {

/// @brief A real server and a kiosk-mode ClientApp connected to it, with the accounts and the
/// settings the kiosk tests share (no listing review, so a new listing goes live at once).
class KioskFixture
{
public:
    static constexpr const char16_t *kFarmerPhone = u"9811111111";
    static constexpr const char16_t *kFarmerPin = u"4321";
    static constexpr const char16_t *kTraderPhone = u"9711111111";
    static constexpr const char16_t *kTraderPassword = u"trader-pass-a";
    static constexpr const char16_t *kAgentPhone = u"9011111111";
    static constexpr const char16_t *kAgentPassword = u"agent-pass-a";

    KioskFixture();

    /// Connects the app and waits until it is online; false on timeout.
    [[nodiscard]] bool start();
    /// Logs in through the app as the kiosk does; false when the login failed.
    [[nodiscard]] bool login(const QString &login, const QString &secret, bool pin);
    /// Loads the allowed durations into the listing form; false on timeout.
    [[nodiscard]] bool loadForm();
    /// Submits a listing through the kiosk and waits for the outbox; the new listing id or 0.
    [[nodiscard]] qint64 submit(qint64 quantityKg = 2500, qint64 startingPrice = 450'000);
    /// A trader's bid, placed from a separate client; true when the server took it.
    [[nodiscard]] bool traderBids(qint64 listingId, qint64 amount);

    [[nodiscard]] qint64 cropId() { return server.parts().catalog.crops().first().id; }

    TestServer server;
    qint64 farmerId = 0;
    qint64 traderId = 0;
    qint64 agentId = 0;
    QTemporaryDir dataDir;
    std::unique_ptr<client::ClientApp> app;
};

} // namespace boli::test
