# SPDX-License-Identifier: GPL-3.0-or-later
# Sources of the admin mode, relative to client/ (included by client/CMakeLists.txt).
set(BOLI_CLIENT_ADMIN_SOURCES
    admin/adminarea.h admin/adminarea.cpp
)
