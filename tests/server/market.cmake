# SPDX-License-Identifier: GPL-3.0-or-later
# The live market over the real WebSocket: listings and bids, market events, many traders at once,
# and a restart on the same database. Each shares the fixture in marketsession.h.
boli_add_test(NAME tst_listingcreation
              SOURCES tst_listingcreation.cpp marketsession.h marketsession.cpp opcall.h opcall.cpp
              LIBS boli_server_lib DATABASE)
boli_add_test(NAME tst_marketbidding
              SOURCES tst_marketbidding.cpp marketsession.h marketsession.cpp opcall.h opcall.cpp
              LIBS boli_server_lib DATABASE)
boli_add_test(NAME tst_marketearlyend
              SOURCES tst_marketearlyend.cpp marketsession.h marketsession.cpp opcall.h opcall.cpp
              LIBS boli_server_lib DATABASE)
boli_add_test(NAME tst_marketclosing
              SOURCES tst_marketclosing.cpp marketsession.h marketsession.cpp opcall.h opcall.cpp
              LIBS boli_server_lib DATABASE)
boli_add_test(NAME tst_marketwatching
              SOURCES tst_marketwatching.cpp marketsession.h marketsession.cpp opcall.h opcall.cpp
              LIBS boli_server_lib DATABASE)
boli_add_test(NAME tst_marketconcurrency
              SOURCES tst_marketconcurrency.cpp marketsession.h marketsession.cpp opcall.h opcall.cpp
              LIBS boli_server_lib DATABASE)
boli_add_test(NAME tst_marketrestart
              SOURCES tst_marketrestart.cpp marketsession.h marketsession.cpp opcall.h opcall.cpp
              LIBS boli_server_lib DATABASE)
