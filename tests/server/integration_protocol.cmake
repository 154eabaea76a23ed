# SPDX-License-Identifier: GPL-3.0-or-later
boli_add_test(NAME tst_protocolserver SOURCES tst_protocolserver.cpp LIBS boli_server_lib DATABASE)
boli_add_test(NAME tst_auditlog SOURCES tst_auditlog.cpp LIBS boli_server_lib DATABASE)
boli_add_test(NAME tst_protocoldocs SOURCES tst_protocoldocs.cpp LIBS boli_server_lib)
