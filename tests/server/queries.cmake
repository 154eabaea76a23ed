# SPDX-License-Identifier: GPL-3.0-or-later
# The read side of the market: browse, my listings/bids/sales, notifications, watchlist, stats. Each
# walks the one fixed market of querymarket.h.
set(BOLI_QUERY_MARKET querymarket.h querymarket.cpp marketsession.h marketsession.cpp opcall.h opcall.cpp)
boli_add_test(NAME tst_browse SOURCES tst_browse.cpp ${BOLI_QUERY_MARKET} LIBS boli_server_lib DATABASE)
boli_add_test(NAME tst_mylistings SOURCES tst_mylistings.cpp ${BOLI_QUERY_MARKET} LIBS boli_server_lib DATABASE)
boli_add_test(NAME tst_myaccount SOURCES tst_myaccount.cpp ${BOLI_QUERY_MARKET} LIBS boli_server_lib DATABASE)
boli_add_test(NAME tst_mybids SOURCES tst_mybids.cpp ${BOLI_QUERY_MARKET} LIBS boli_server_lib DATABASE)
