# SPDX-License-Identifier: GPL-3.0-or-later
# Admin ops over the WebSocket, each on the fixture of adminsession.h, and the real boli-server binary
# run as a process.
foreach(test tst_adminusers tst_adminaudit tst_adminsettings tst_adminaccess)
    boli_add_test(NAME ${test} SOURCES ${test}.cpp adminsession.h adminsession.cpp opcall.h opcall.cpp
                  LIBS boli_server_lib DATABASE)
endforeach()
boli_add_test(NAME tst_serverprocess SOURCES tst_serverprocess.cpp LIBS boli_server_lib DATABASE)
target_compile_definitions(tst_serverprocess PRIVATE BOLI_SERVER_BINARY="$<TARGET_FILE:boli-server>")
add_dependencies(tst_serverprocess boli-server)
