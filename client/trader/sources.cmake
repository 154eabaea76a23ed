# SPDX-License-Identifier: GPL-3.0-or-later
# Sources of the trader mode, relative to client/ (included by client/CMakeLists.txt).
set(BOLI_CLIENT_TRADER_SOURCES
    trader/traderarea.h trader/traderarea.cpp
)
