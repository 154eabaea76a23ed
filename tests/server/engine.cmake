# SPDX-License-Identifier: GPL-3.0-or-later
# The auction engine (server/engine): pure rules, time passed in, so no DATABASE and no server. The
# auction tests' tables run through one step language (auctionscript.h).
boli_add_test(NAME tst_listingstatus SOURCES tst_listingstatus.cpp LIBS boli_server_lib)
foreach(test tst_auctionbids tst_antisnipe tst_auctionclose tst_auctionlifecycle tst_auctionproxy tst_auctionreplay)
    boli_add_test(NAME ${test} SOURCES ${test}.cpp auctionscript.h auctionscript.cpp LIBS boli_server_lib)
endforeach()
