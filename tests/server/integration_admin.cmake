# SPDX-License-Identifier: GPL-3.0-or-later
# Admin ops over the WebSocket, and the real boli-server binary run as a process.
boli_add_test(NAME tst_adminops SOURCES tst_adminops.cpp LIBS boli_server_lib DATABASE)
boli_add_test(NAME tst_serverprocess SOURCES tst_serverprocess.cpp LIBS boli_server_lib DATABASE)
target_compile_definitions(tst_serverprocess PRIVATE BOLI_SERVER_BINARY="$<TARGET_FILE:boli-server>")
add_dependencies(tst_serverprocess boli-server)
