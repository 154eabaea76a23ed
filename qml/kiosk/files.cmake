# SPDX-License-Identifier: GPL-3.0-or-later
# QML files of qml/kiosk, relative to qml/ (included by qml/CMakeLists.txt).
set(BOLI_QML_KIOSK
    kiosk/KioskShell.qml
)
