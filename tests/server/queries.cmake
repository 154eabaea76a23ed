# SPDX-License-Identifier: GPL-3.0-or-later
# The read side of the market: browse, my listings/bids/sales, notifications, watchlist, stats. Each
# walks the one fixed market of querymarket.h.
foreach(test tst_browse tst_mylistings tst_myaccount tst_mybidsandsales)
    boli_add_test(NAME ${test}
                  SOURCES ${test}.cpp querymarket.h querymarket.cpp marketsession.h marketsession.cpp opcall.h
                          opcall.cpp
                  LIBS boli_server_lib DATABASE)
endforeach()
