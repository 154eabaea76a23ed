# SPDX-License-Identifier: GPL-3.0-or-later
# Sources of the kiosk mode, relative to client/ (included by client/CMakeLists.txt).
set(BOLI_CLIENT_KIOSK_SOURCES
    kiosk/kioskarea.h kiosk/kioskarea.cpp
)
