# SPDX-License-Identifier: GPL-3.0-or-later
# Authentication primitives (server/auth). Tests that craft tokens or keys by hand link the
# libraries directly, since boli_server_lib keeps them private.
boli_add_test(NAME tst_passwordhasher SOURCES tst_passwordhasher.cpp LIBS boli_server_lib)
boli_add_test(NAME tst_accesstokens SOURCES tst_accesstokens.cpp LIBS boli_server_lib PkgConfig::JWT)
boli_add_test(NAME tst_totp SOURCES tst_totp.cpp LIBS boli_server_lib)
boli_add_test(NAME tst_loginthrottle SOURCES tst_loginthrottle.cpp LIBS boli_server_lib)
boli_add_test(NAME tst_refreshtoken SOURCES tst_refreshtoken.cpp LIBS boli_server_lib)
