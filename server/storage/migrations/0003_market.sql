-- SPDX-License-Identifier: GPL-3.0-or-later
-- The market: listings with their live auction state, the append-only bid ledger, sales
-- (transactions), notifications and watchlists. Each statement starts with its engine marker.

-- The state columns (status .. version) are a cache of the ledger, rewritten with every accepted
-- command under an optimistic version check; the ledger itself is never changed.
-- @all
CREATE TABLE listings (
    id {{pk}},
    seller_id BIGINT NOT NULL REFERENCES users(id),
    created_by BIGINT NOT NULL REFERENCES users(id),
    crop_id BIGINT NOT NULL REFERENCES crops(id),
    variety TEXT NOT NULL DEFAULT '',
    grade TEXT NOT NULL DEFAULT '',
    quality_notes TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    quantity_kg BIGINT NOT NULL CHECK (quantity_kg > 0),
    mandi TEXT NOT NULL,
    district TEXT NOT NULL,
    state TEXT NOT NULL,
    photos TEXT NOT NULL DEFAULT '[]',
    format TEXT NOT NULL,
    starting_price BIGINT NOT NULL CHECK (starting_price > 0),
    reserve_price BIGINT,
    buy_now_price BIGINT,
    increments TEXT NOT NULL,
    duration_minutes INTEGER NOT NULL,
    starts_at BIGINT NOT NULL,
    scheduled_ends_at BIGINT NOT NULL,
    ends_at BIGINT NOT NULL,
    status TEXT NOT NULL,
    status_reason TEXT NOT NULL DEFAULT '',
    price BIGINT NOT NULL DEFAULT 0,
    leader_id BIGINT REFERENCES users(id),
    bid_count INTEGER NOT NULL DEFAULT 0,
    confirmation_deadline BIGINT,
    version BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
)

-- @all
CREATE INDEX listings_status_ends ON listings(status, ends_at)

-- @all
CREATE INDEX listings_seller ON listings(seller_id)

-- @all
CREATE INDEX listings_crop ON listings(crop_id)

-- The primary key (listing, seq) is what stops two server processes from both appending bid N.
-- @all
CREATE TABLE bids (
    listing_id BIGINT NOT NULL REFERENCES listings(id),
    seq BIGINT NOT NULL,
    bidder_id BIGINT NOT NULL REFERENCES users(id),
    amount BIGINT NOT NULL,
    maximum BIGINT NOT NULL,
    proxy BOOLEAN NOT NULL,
    kind TEXT NOT NULL,
    at_ms BIGINT NOT NULL,
    ends_at BIGINT NOT NULL,
    PRIMARY KEY (listing_id, seq)
)

-- @all
CREATE INDEX bids_bidder ON bids(bidder_id)

-- @sqlite
CREATE TRIGGER bids_no_update BEFORE UPDATE ON bids
BEGIN
    SELECT RAISE(ABORT, 'bids is append-only');
END

-- @sqlite
CREATE TRIGGER bids_no_delete BEFORE DELETE ON bids
BEGIN
    SELECT RAISE(ABORT, 'bids is append-only');
END

-- @postgres
CREATE TRIGGER bids_append_only BEFORE UPDATE OR DELETE ON bids
    FOR EACH ROW EXECUTE FUNCTION boli_append_only()

-- @postgres
CREATE TRIGGER bids_no_truncate BEFORE TRUNCATE ON bids
    FOR EACH STATEMENT EXECUTE FUNCTION boli_append_only()

-- One sale per listing, whatever races: the unique key makes a second close fail.
-- @all
CREATE TABLE transactions (
    id {{pk}},
    listing_id BIGINT NOT NULL UNIQUE REFERENCES listings(id),
    buyer_id BIGINT NOT NULL REFERENCES users(id),
    seller_id BIGINT NOT NULL REFERENCES users(id),
    price_per_quintal BIGINT NOT NULL,
    quantity_kg BIGINT NOT NULL,
    total BIGINT NOT NULL,
    status TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
)

-- @all
CREATE INDEX transactions_buyer ON transactions(buyer_id)

-- @all
CREATE INDEX transactions_seller ON transactions(seller_id)

-- @all
CREATE TABLE notifications (
    id {{pk}},
    user_id BIGINT NOT NULL REFERENCES users(id),
    kind TEXT NOT NULL,
    listing_id BIGINT REFERENCES listings(id),
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    read_at BIGINT
)

-- @all
CREATE INDEX notifications_user ON notifications(user_id, id)

-- @all
CREATE TABLE watchlist (
    user_id BIGINT NOT NULL REFERENCES users(id),
    listing_id BIGINT NOT NULL REFERENCES listings(id),
    created_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, listing_id)
)
