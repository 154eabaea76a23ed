# SPDX-License-Identifier: GPL-3.0-or-later
# The live market over the real WebSocket: listings and bids, market events, many traders at once,
# and a restart on the same database, each on the fixture of marketsession.h.
foreach(test tst_listingcreation tst_marketbidding tst_marketearlyend tst_marketclosing tst_marketwatching
        tst_marketconcurrency tst_marketrestart)
    boli_add_test(NAME ${test} SOURCES ${test}.cpp marketsession.h marketsession.cpp opcall.h opcall.cpp
                  LIBS boli_server_lib DATABASE)
endforeach()
boli_add_test(NAME tst_listingclientref SOURCES tst_listingclientref.cpp marketsession.h marketsession.cpp
              opcall.h opcall.cpp LIBS boli_server_lib DATABASE)
boli_add_test(NAME tst_listingviews SOURCES tst_listingviews.cpp marketsession.h marketsession.cpp
              opcall.h opcall.cpp LIBS boli_server_lib DATABASE)
