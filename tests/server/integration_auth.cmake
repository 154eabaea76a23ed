# SPDX-License-Identifier: GPL-3.0-or-later
# Logging in, roles, lockout, TOTP, tokens and bans against the real server over a real WebSocket.
boli_add_test(NAME tst_authflow SOURCES tst_authflow.cpp opcall.h opcall.cpp LIBS boli_server_lib DATABASE)
boli_add_test(NAME tst_sessiontokens SOURCES tst_sessiontokens.cpp opcall.h opcall.cpp LIBS boli_server_lib DATABASE)
