# SPDX-License-Identifier: GPL-3.0-or-later
# The read side of the market: browse, my listings/bids/sales, notifications, watchlist, stats.
boli_add_test(NAME tst_queries SOURCES tst_queries.cpp LIBS boli_server_lib DATABASE)
