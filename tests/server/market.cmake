# SPDX-License-Identifier: GPL-3.0-or-later
# The live market over the real WebSocket: listings and bids, market events, many traders at once,
# and a restart on the same database.
boli_add_test(NAME tst_market SOURCES tst_market.cpp LIBS boli_server_lib DATABASE)
boli_add_test(NAME tst_marketevents SOURCES tst_marketevents.cpp LIBS boli_server_lib DATABASE)
boli_add_test(NAME tst_marketconcurrency SOURCES tst_marketconcurrency.cpp LIBS boli_server_lib DATABASE)
boli_add_test(NAME tst_marketrestart SOURCES tst_marketrestart.cpp LIBS boli_server_lib DATABASE)
