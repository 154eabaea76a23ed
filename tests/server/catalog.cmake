# SPDX-License-Identifier: GPL-3.0-or-later
# The crop catalog ops and listing photos (MediaStore and the HTTP media routes).
boli_add_test(NAME tst_catalog SOURCES tst_catalog.cpp opcall.h opcall.cpp LIBS boli_server_lib DATABASE)
boli_add_test(NAME tst_media SOURCES tst_media.cpp LIBS boli_server_lib DATABASE)
