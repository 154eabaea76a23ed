# SPDX-License-Identifier: GPL-3.0-or-later
# CPack: `cpack -G DEB` makes boli-server, boli-client and boli-kiosk .debs; `cpack -G TGZ` makes
# the portable archive. cpack-generator.cmake.in picks the components for each generator.

set(CPACK_PACKAGE_NAME boli)
set(CPACK_PACKAGE_VENDOR "Boli")
set(CPACK_PACKAGE_CONTACT "Boli Engineers <dev@boli.example>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_HOMEPAGE_URL "https://boli.example")
set(CPACK_RESOURCE_FILE_README ${PROJECT_SOURCE_DIR}/README.md)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_GENERATOR DEB TGZ)
set(CPACK_SOURCE_GENERATOR "")
set(CPACK_COMPONENTS_ALL server client kiosk)
set(CPACK_STRIP_FILES ON)

# --- Debian --------------------------------------------------------------------------------------
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(deb_version "${PROJECT_VERSION}")
set(deb_dir ${CMAKE_CURRENT_SOURCE_DIR}/debian)

set(CPACK_DEBIAN_SERVER_PACKAGE_NAME boli-server)
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION net)
# SQL drivers are plugins, invisible to dpkg-shlibdeps; sqlite3 makes online backups
# (boli-backup); useradd/groupadd come from passwd.
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, sqlite3, passwd")
set(CPACK_DEBIAN_SERVER_PACKAGE_RECOMMENDS "systemd")
set(CPACK_DEBIAN_SERVER_PACKAGE_SUGGESTS "postgresql")
set(CPACK_DEBIAN_SERVER_DESCRIPTION "Boli live crop auction server
 Headless server for live crop auctions in mandis: WebSocket /ws and HTTP on one port,
 SQLite by default or PostgreSQL. Runs as the boli user (boli-server.service), settings in
 /etc/boli/boli.ini, data in /var/lib/boli.")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
    ${deb_dir}/server/postinst ${deb_dir}/server/prerm ${deb_dir}/server/postrm ${deb_dir}/server/conffiles)

set(CPACK_DEBIAN_CLIENT_PACKAGE_NAME boli-client)
set(CPACK_DEBIAN_CLIENT_PACKAGE_SECTION x11)
# QML modules and Qt plugins are loaded at run time, so dpkg-shlibdeps cannot see them.
set(CPACK_DEBIAN_CLIENT_PACKAGE_DEPENDS
    "qml6-module-qtqml, qml6-module-qtqml-workerscript, qml6-module-qtquick, \
qml6-module-qtquick-controls, qml6-module-qtquick-templates, qml6-module-qtquick-layouts, \
qml6-module-qtquick-window, qml6-module-qtquick-virtualkeyboard, qt6-virtualkeyboard-plugin, \
qml6-module-qt-labs-folderlistmodel, qml6-module-qtquick-dialogs, qml6-module-qtmultimedia, \
fonts-noto-core, qml6-module-qtcharts")
set(CPACK_DEBIAN_CLIENT_DESCRIPTION "Boli live crop auction client
 Touch-friendly QML client for Boli auctions in Hindi and English: browse and watch lots, bid,
 list produce and follow sales. Connects to a boli-server over WebSocket.")

set(CPACK_DEBIAN_KIOSK_PACKAGE_NAME boli-kiosk)
set(CPACK_DEBIAN_KIOSK_PACKAGE_SECTION x11)
set(CPACK_DEBIAN_KIOSK_PACKAGE_ARCHITECTURE all)
# A bare X server (no desktop) started through a logind session; mesa for Qt Quick's OpenGL.
# Not x11-xserver-utils: it pulls a C preprocessor (10 MB) for xrdb, and the X server's own
# options (-s 0 -dpms in boli-kiosk.service) already keep the screen on.
set(CPACK_DEBIAN_KIOSK_PACKAGE_DEPENDS
    "boli-client (= ${deb_version}), xserver-xorg-core, xserver-xorg-input-libinput, xinit, \
libgl1-mesa-dri, systemd, libpam-systemd, passwd")
set(CPACK_DEBIAN_KIOSK_PACKAGE_SUGGESTS "x11-xserver-utils")
set(CPACK_DEBIAN_KIOSK_DESCRIPTION "Boli auction kiosk session
 Starts boli-client --kiosk fullscreen at boot on tty1 as the boli-kiosk user, on a bare X
 server with no desktop and no screen blanking, and restarts it if it exits.")
set(CPACK_DEBIAN_KIOSK_PACKAGE_CONTROL_EXTRA
    ${deb_dir}/kiosk/postinst ${deb_dir}/kiosk/prerm ${deb_dir}/kiosk/postrm ${deb_dir}/kiosk/conffiles)

# --- portable .tar.gz ----------------------------------------------------------------------------
set(CPACK_ARCHIVE_COMPONENT_INSTALL ON)
set(CPACK_ARCHIVE_PORTABLE_FILE_NAME "boli-${PROJECT_VERSION}-linux-${CMAKE_SYSTEM_PROCESSOR}-portable")

configure_file(cpack-generator.cmake.in ${CMAKE_CURRENT_BINARY_DIR}/cpack-generator.cmake @ONLY)
set(CPACK_PROJECT_CONFIG_FILE ${CMAKE_CURRENT_BINARY_DIR}/cpack-generator.cmake)

include(CPack)
