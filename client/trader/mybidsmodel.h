// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/querymodel.h"

namespace boli::client {

/// @brief The listings the trader bid on (`bids.mine`), optionally only one state (`won`, …).
/// Roles: state, myAmount, myMaximum, myBids, lastBidAt and listing (the public listing as a map).
class MyBidsModel : public QueryModel
{
    Q_OBJECT
    Q_PROPERTY(QString stateFilter READ stateFilter WRITE setStateFilter NOTIFY stateFilterChanged)

public:
    explicit MyBidsModel(ServerConnection &connection, QString stateFilter = {}, QObject *parent = nullptr);

    [[nodiscard]] QString stateFilter() const { return m_stateFilter; }
    void setStateFilter(const QString &state);

Q_SIGNALS:
    void stateFilterChanged();

private:
    [[nodiscard]] QJsonObject params() const override;

    QString m_stateFilter;
};

} // namespace boli::client
