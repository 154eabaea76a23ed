# SPDX-License-Identifier: GPL-3.0-or-later
# Sources of the kiosk mode, relative to client/ (included by client/CMakeLists.txt).
set(BOLI_CLIENT_KIOSK_SOURCES
    kiosk/kioskarea.h kiosk/kioskarea.cpp
    kiosk/cropsmodel.h kiosk/cropsmodel.cpp
    kiosk/idlewatch.h kiosk/idlewatch.cpp
    kiosk/listingdraft.h kiosk/listingdraft.cpp
    kiosk/listingform.h kiosk/listingform.cpp
    kiosk/mylistingsmodel.h kiosk/mylistingsmodel.cpp
    kiosk/photouploader.h kiosk/photouploader.cpp
    kiosk/salesmodel.h kiosk/salesmodel.cpp
    kiosk/selleranalytics.h kiosk/selleranalytics.cpp
)
