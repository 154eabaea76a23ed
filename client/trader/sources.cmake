# SPDX-License-Identifier: GPL-3.0-or-later
# Sources of the trader mode, relative to client/ (included by client/CMakeLists.txt).
set(BOLI_CLIENT_TRADER_SOURCES
    trader/traderarea.h trader/traderarea.cpp
    trader/bidhistorymodel.h trader/bidhistorymodel.cpp
    trader/cropcatalog.h trader/cropcatalog.cpp
    trader/listingdetail.h trader/listingdetail.cpp
    trader/mybidsmodel.h trader/mybidsmodel.cpp
    trader/notificationsmodel.h trader/notificationsmodel.cpp
    trader/transactionsmodel.h trader/transactionsmodel.cpp
    trader/watchlistmodel.h trader/watchlistmodel.cpp
)
