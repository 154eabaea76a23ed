# SPDX-License-Identifier: GPL-3.0-or-later
# Admin ops over the WebSocket (each on the fixture in adminsession.h), and the real boli-server
# binary run as a process.
boli_add_test(NAME tst_adminusers
              SOURCES tst_adminusers.cpp adminsession.h adminsession.cpp opcall.h opcall.cpp
              LIBS boli_server_lib DATABASE)
boli_add_test(NAME tst_adminaudit
              SOURCES tst_adminaudit.cpp adminsession.h adminsession.cpp opcall.h opcall.cpp
              LIBS boli_server_lib DATABASE)
boli_add_test(NAME tst_adminsettings
              SOURCES tst_adminsettings.cpp adminsession.h adminsession.cpp opcall.h opcall.cpp
              LIBS boli_server_lib DATABASE)
boli_add_test(NAME tst_adminaccess
              SOURCES tst_adminaccess.cpp adminsession.h adminsession.cpp opcall.h opcall.cpp
              LIBS boli_server_lib DATABASE)
boli_add_test(NAME tst_serverprocess SOURCES tst_serverprocess.cpp LIBS boli_server_lib DATABASE)
target_compile_definitions(tst_serverprocess PRIVATE BOLI_SERVER_BINARY="$<TARGET_FILE:boli-server>")
add_dependencies(tst_serverprocess boli-server)
