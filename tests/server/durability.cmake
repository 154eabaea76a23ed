# SPDX-License-Identifier: GPL-3.0-or-later
# The real binary as a process: SIGKILL mid-bidding, and two server processes on one database.
boli_add_test(NAME tst_crashdurability SOURCES tst_crashdurability.cpp crashtraffic.h crashtraffic.cpp
              marketfixture.h marketfixture.cpp
              LIBS boli_server_lib DATABASE)
boli_add_test(NAME tst_twoservers SOURCES tst_twoservers.cpp marketfixture.h marketfixture.cpp
              LIBS boli_server_lib DATABASE)
