-- SPDX-License-Identifier: GPL-3.0-or-later
-- A client's own reference for a listing it submits (a UUID made when the seller pressed "list"), so
-- a submission resent after a lost reply finds the listing made the first time instead of a second
-- one. NULL for listings made without one. The unique index is the final guard against two
-- concurrent copies of one submission (two server processes, or a resend racing the original).

-- @all
ALTER TABLE listings ADD COLUMN client_ref TEXT

-- @all
CREATE UNIQUE INDEX listings_client_ref ON listings(created_by, client_ref) WHERE client_ref IS NOT NULL
