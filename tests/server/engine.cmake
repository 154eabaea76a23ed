# SPDX-License-Identifier: GPL-3.0-or-later
# The auction engine (server/engine): pure rules, time passed in, so no DATABASE and no server.
boli_add_test(NAME tst_listingstatus SOURCES tst_listingstatus.cpp LIBS boli_server_lib)
boli_add_test(NAME tst_auction SOURCES tst_auction.cpp LIBS boli_server_lib)
boli_add_test(NAME tst_auctionproxy SOURCES tst_auctionproxy.cpp LIBS boli_server_lib)
