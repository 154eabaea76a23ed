// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/querymodel.h"

namespace boli::client {

/// @brief The trader's saved listings (`watchlist.list`), kept current by the market feed.
class WatchlistModel : public QueryModel
{
    Q_OBJECT

public:
    explicit WatchlistModel(ServerConnection &connection, QObject *parent = nullptr);

    /// The listing fields the rows expose as roles (shared with the browse delegates' names).
    [[nodiscard]] static QStringList listingFields();

private:
    [[nodiscard]] QJsonObject params() const override;
    void onEvent(const protocol::Event &event);
};

} // namespace boli::client
