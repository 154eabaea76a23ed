# SPDX-License-Identifier: GPL-3.0-or-later
# QML files of qml/admin, relative to qml/ (included by qml/CMakeLists.txt).
set(BOLI_QML_ADMIN
    admin/AdminShell.qml
    admin/AdminNavButton.qml
    admin/AdminOverview.qml
    admin/AuditPage.qml
    admin/CreateUserDialog.qml
    admin/IncrementTable.qml
    admin/ModerationPage.qml
    admin/PendingDelegate.qml
    admin/ReasonDialog.qml
    admin/SettingDelegate.qml
    admin/SettingsPage.qml
    admin/StatTile.qml
    admin/UserDelegate.qml
    admin/UsersPage.qml
    admin/AnalyticsPage.qml
    admin/AnalyticsTable.qml
)
