-- SPDX-License-Identifier: GPL-3.0-or-later
-- A category may set its own seller-confirmation window (NULL: the market's setting applies), as
-- mandis for perishables (vegetables, fruits) decide faster than for grains.

-- @all
ALTER TABLE categories ADD COLUMN seller_confirmation_minutes INTEGER
