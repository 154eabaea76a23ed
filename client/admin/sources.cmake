# SPDX-License-Identifier: GPL-3.0-or-later
# Sources of the admin mode, relative to client/ (included by client/CMakeLists.txt).
set(BOLI_CLIENT_ADMIN_SOURCES
    admin/adminarea.h admin/adminarea.cpp
    admin/auditmodel.h admin/auditmodel.cpp
    admin/incrementseditor.h admin/incrementseditor.cpp
    admin/marketoverview.h admin/marketoverview.cpp
    admin/pagedquerymodel.h admin/pagedquerymodel.cpp
    admin/pendinglistingsmodel.h admin/pendinglistingsmodel.cpp
    admin/settingcatalog.h admin/settingcatalog.cpp
    admin/settingsmodel.h admin/settingsmodel.cpp
    admin/usersmodel.h admin/usersmodel.cpp
    admin/marketanalytics.h admin/marketanalytics.cpp
)
