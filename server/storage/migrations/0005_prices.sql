-- SPDX-License-Identifier: GPL-3.0-or-later
-- Mandi reference prices (docs/market-prices.md): the daily rows of the data.gov.in "Current Daily
-- Price of Various Commodities from Various Markets (Mandi)" dataset, mapped to catalog crops, and a
-- log of every fetch, import and sample load. Prices are integer paise per quintal.

-- One row per crop, mandi, variety, grade and day; a later fetch or import of the same day replaces
-- the prices. arrival_date is ISO 8601 (YYYY-MM-DD) so text order is date order on both engines.
-- source: 'api' (fetched), 'import' (a file an admin or the CLI imported) or 'sample' (the shipped
-- snapshot, used only while nothing real is stored).
-- @all
CREATE TABLE price_records (
    id {{pk}},
    crop_id BIGINT NOT NULL REFERENCES crops(id),
    commodity TEXT NOT NULL,
    state TEXT NOT NULL,
    district TEXT NOT NULL,
    market TEXT NOT NULL,
    variety TEXT NOT NULL DEFAULT '',
    grade TEXT NOT NULL DEFAULT '',
    arrival_date TEXT NOT NULL,
    min_price BIGINT NOT NULL CHECK (min_price > 0),
    max_price BIGINT NOT NULL CHECK (max_price >= min_price),
    modal_price BIGINT NOT NULL CHECK (modal_price >= min_price AND modal_price <= max_price),
    source TEXT NOT NULL,
    stored_at BIGINT NOT NULL,
    UNIQUE (crop_id, state, district, market, variety, grade, arrival_date)
)

-- @all
CREATE INDEX price_records_crop_date ON price_records(crop_id, arrival_date)

-- Every attempt to bring prices in, good or failed: what admin.prices.status shows. A failed run
-- stores nothing in price_records; its row says why.
-- kind: 'fetch', 'import' or 'sample'.
-- @all
CREATE TABLE price_runs (
    id {{pk}},
    kind TEXT NOT NULL,
    source TEXT NOT NULL,
    ok BOOLEAN NOT NULL,
    error TEXT NOT NULL DEFAULT '',
    started_at BIGINT NOT NULL,
    finished_at BIGINT NOT NULL,
    pages INTEGER NOT NULL DEFAULT 0,
    records_seen INTEGER NOT NULL DEFAULT 0,
    records_stored INTEGER NOT NULL DEFAULT 0,
    rejected INTEGER NOT NULL DEFAULT 0,
    unknown_commodities TEXT NOT NULL DEFAULT '{}',
    detail TEXT NOT NULL DEFAULT ''
)
