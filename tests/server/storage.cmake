# SPDX-License-Identifier: GPL-3.0-or-later
boli_add_test(NAME tst_databaseurl SOURCES tst_databaseurl.cpp LIBS boli_server_lib)
boli_add_test(NAME tst_migrator SOURCES tst_migrator.cpp LIBS boli_server_lib DATABASE)
