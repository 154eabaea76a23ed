# SPDX-License-Identifier: GPL-3.0-or-later
# QML files of qml/admin, relative to qml/ (included by qml/CMakeLists.txt).
set(BOLI_QML_ADMIN
    admin/AdminShell.qml
)
