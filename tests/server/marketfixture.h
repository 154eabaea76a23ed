// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boli/protocol.h"
#include "market/listingrecord.h"
#include "serverprocess.h"
#include "testclient.h"

#include <QList>

namespace boli::test {

/// @brief One bid the server acknowledged: what was asked, by whom.
struct AckedBid
{
    qint64 bidderId = 0;
    qint64 amount = 0;
};

/// Steps shared by the process-level market tests: accounts, a live listing, bidding.
namespace marketfixture {

inline constexpr auto kAdminLogin = "admin@boli.test";
inline constexpr auto kAdminPassword = "admin-pass-123";

/// Runs `boli-server create-admin` for kAdminLogin with kAdminPassword; its exit code.
int createAdmin(ServerProcess &server);
/// Checks that the ledger replays to the stored listing: no error, the same price and bid count.
void checkReplay(const server::ListingRecord &stored, const QList<server::LedgerEntry> &ledger);
/// Logs in; the user id, or 0 on failure.
qint64 login(TestClient &client, const QString &login, const QString &secret, bool pin);
/// As admin: turns listing review off so a listing goes live at its start.
bool disableReview(TestClient &admin);
/// Polls settings.get until `key` has `value` (servers re-read stored settings every few seconds).
bool settingReaches(TestClient &client, const QString &key, const QJsonValue &value);
/// Registers (as a guest) and returns nothing; fails the test through the reply when it cannot.
bool registerAccount(TestClient &guest, const QString &role, const QString &phone, const QString &secret);
/// As the farmer: lists 1000 kg of the first catalog crop for 60 minutes, starting at ₹2,000; the id.
qint64 createListing(TestClient &farmer);
/// Polls listing.get until the status is live (the server ticks every 200 ms); false on timeout.
bool waitLive(TestClient &client, qint64 listingId);
/// The minimum bid the client's server shows now.
qint64 minimumBid(TestClient &client, qint64 listingId);
/// One plain bid at `amount`; the reply.
protocol::Reply bid(TestClient &trader, qint64 listingId, qint64 amount);

} // namespace marketfixture
} // namespace boli::test
