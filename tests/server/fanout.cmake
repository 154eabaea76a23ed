# SPDX-License-Identifier: GPL-3.0-or-later
# Watchers' fan-out: events serialised once for every watcher, and paced per listing.
boli_add_test(NAME tst_encodedevent SOURCES tst_encodedevent.cpp LIBS boli_server_lib)
boli_add_test(NAME tst_updatepacer SOURCES tst_updatepacer.cpp LIBS boli_server_lib)
boli_add_test(NAME tst_epolldispatcher SOURCES tst_epolldispatcher.cpp LIBS boli_eventloop)
boli_add_test(NAME tst_fanout SOURCES tst_fanout.cpp LIBS boli_server_lib)
