# SPDX-License-Identifier: GPL-3.0-or-later
boli_add_test(NAME tst_categoryconfirmation SOURCES tst_categoryconfirmation.cpp LIBS boli_server_lib DATABASE)
