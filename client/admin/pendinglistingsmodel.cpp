// SPDX-License-Identifier: GPL-3.0-or-later
#include "admin/pendinglistingsmodel.h"

namespace boli::client {
using namespace Qt::StringLiterals;

PendingListingsModel::PendingListingsModel(ServerConnection &connection, QObject *parent)
    : QueryModel(connection,
        {u"admin.listings.pending"_s, u"listings"_s,
            {u"id"_s, u"seller_id"_s, u"crop_id"_s, u"variety"_s, u"grade"_s, u"quality_notes"_s,
                u"description"_s, u"quantity_kg"_s, u"mandi"_s, u"district"_s, u"state"_s, u"format"_s,
                u"starting_price"_s, u"reserve_price"_s, u"buy_now_price"_s, u"starts_at"_s, u"ends_at"_s,
                u"created_at"_s, u"photos"_s}},
        parent)
{ }

QJsonObject PendingListingsModel::params() const
{
    // The queue is short in practice (a mandi office reviews as listings come); the server caps a page at
    // 200.
    return {{u"limit"_s, 200}};
}

} // namespace boli::client
