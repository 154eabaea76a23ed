// SPDX-License-Identifier: GPL-3.0-or-later
#include "market/listingviews.h"

#include "boli/clock.h"
#include "market/commitqueue.h"
#include "net/clientconnection.h"
#include "storage/database.h"

#include <QLoggingCategory>
#include <QUuid>

Q_LOGGING_CATEGORY(lcViews, "boli.views")

namespace boli::server {
namespace {
using namespace Qt::StringLiterals;

/// Only a listing the public can bid on, or soon can, gathers views: not one in review or over.
bool gathersViews(ListingStatus status)
{
    return status == ListingStatus::Scheduled || status == ListingStatus::Live;
}
} // namespace

ListingViews::ListingViews(CommitQueue &commits, const Clock &clock)
    : m_commits(commits)
    , m_clock(clock)
    , m_run(QUuid::createUuid().toString(QUuid::Id128).left(12))
{ }

QString ListingViews::viewerKey(const Caller &caller) const
{
    if (const auto user = caller.userId()) {
        return u"user:"_s + QString::number(*user);
    }
    if (!caller.connection) {
        return {};
    }
    return u"guest:%1:%2"_s.arg(m_run).arg(caller.connection->serial());
}

void ListingViews::record(const ListingRecord &listing, const Caller &caller)
{
    if (!gathersViews(listing.status)) {
        return;
    }
    // Neither the seller, nor whoever listed it for them (a field agent), nor an admin moderating is a
    // buyer looking.
    const auto user = caller.userId();
    if (caller.role() == Role::Admin || (user && (*user == listing.sellerId || *user == listing.createdBy))) {
        return;
    }
    const QString viewer = viewerKey(caller);
    if (viewer.isEmpty()) {
        return;
    }
    QSet<QString> &seen = m_seen[listing.id];
    if (seen.contains(viewer)) {
        return; // the hot path: a repeat view is one hash lookup
    }
    if (seen.size() < kMaxRememberedPerListing) {
        seen.insert(viewer);
    }
    store(listing.id, viewer, m_clock.nowMs()); // not awaited: the reply does not wait for a counter
}

QCoro::Task<> ListingViews::store(qint64 listingId, QString viewer, UtcMs atMs)
{
    // Runs on the commit queue's writer thread, on its connection.
    auto committing = m_commits.commit([listingId, viewer, atMs](const Database &database) {
        SqlQuery(database,
            u"INSERT INTO listing_views (listing_id, viewer_key, first_at) VALUES (:l, :v, :t) "
            "ON CONFLICT (listing_id, viewer_key) DO NOTHING"_s)
            .bind(u":l"_s, listingId)
            .bind(u":v"_s, viewer)
            .bind(u":t"_s, atMs)
            .exec();
    });
    const bool committed = co_await committing;
    if (!committed) {
        // Forget this viewer so their next look tries again rather than never being counted.
        qCWarning(lcViews) << "view of listing" << listingId << "was not stored";
        const auto seen = m_seen.find(listingId);
        if (seen != m_seen.end()) {
            seen->remove(viewer);
        }
    }
}

void ListingViews::forget(qint64 listingId)
{
    m_seen.remove(listingId);
}

qsizetype ListingViews::remembered() const
{
    qsizetype total = 0;
    for (const QSet<QString> &seen : m_seen) {
        total += seen.size();
    }
    return total;
}

} // namespace boli::server
