# SPDX-License-Identifier: GPL-3.0-or-later
# QML files of qml/pages, relative to qml/ (included by qml/CMakeLists.txt).
set(BOLI_QML_PAGES
    pages/DesktopShell.qml
    pages/LoginPage.qml
)
