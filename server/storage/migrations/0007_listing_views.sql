-- SPDX-License-Identifier: GPL-3.0-or-later
-- Listing views (docs/protocol.md, "Analytics"): one row per viewer who opened a listing's detail
-- (listing.get or watch) while it was scheduled or live. viewer_key is 'user:<id>' for an account
-- and 'guest:<server run>:<connection>' for a connection that never logged in, so an account counts
-- once however often it looks and a guest once per connection. The primary key makes a repeat view
-- a no-op, also when two server processes count the same viewer. first_at is UTC ms.

-- @all
CREATE TABLE listing_views (
    listing_id BIGINT NOT NULL REFERENCES listings(id),
    viewer_key TEXT NOT NULL,
    first_at BIGINT NOT NULL,
    PRIMARY KEY (listing_id, viewer_key)
)
