// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/querymodel.h"

namespace boli::client {

/// @brief The moderation queue (`admin.listings.pending`): listings waiting for review, oldest first.
class PendingListingsModel : public QueryModel
{
    Q_OBJECT

public:
    explicit PendingListingsModel(ServerConnection &connection, QObject *parent = nullptr);

protected:
    [[nodiscard]] QJsonObject params() const override;
};

} // namespace boli::client
