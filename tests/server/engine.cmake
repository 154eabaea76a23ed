# SPDX-License-Identifier: GPL-3.0-or-later
# The auction engine (server/engine): pure rules, time passed in, so no DATABASE and no server. The
# tables of the auction tests run through one step language (auctionscript.h).
boli_add_test(NAME tst_listingstatus SOURCES tst_listingstatus.cpp LIBS boli_server_lib)
boli_add_test(NAME tst_auctionbids SOURCES tst_auctionbids.cpp auctionscript.h auctionscript.cpp
              LIBS boli_server_lib)
boli_add_test(NAME tst_antisnipe SOURCES tst_antisnipe.cpp auctionscript.h auctionscript.cpp
              LIBS boli_server_lib)
boli_add_test(NAME tst_auctionclose SOURCES tst_auctionclose.cpp auctionscript.h auctionscript.cpp
              LIBS boli_server_lib)
boli_add_test(NAME tst_auctionlifecycle SOURCES tst_auctionlifecycle.cpp auctionscript.h auctionscript.cpp
              LIBS boli_server_lib)
boli_add_test(NAME tst_auctionproxy SOURCES tst_auctionproxy.cpp auctionscript.h auctionscript.cpp
              LIBS boli_server_lib)
boli_add_test(NAME tst_auctionreplay SOURCES tst_auctionreplay.cpp auctionscript.h auctionscript.cpp
              LIBS boli_server_lib)
