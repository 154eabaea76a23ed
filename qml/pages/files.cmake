# SPDX-License-Identifier: GPL-3.0-or-later
# QML files of qml/pages, relative to qml/ (included by qml/CMakeLists.txt).
set(BOLI_QML_PAGES
    pages/DesktopShell.qml
    pages/LoginPage.qml
    pages/BrowsePage.qml
    pages/ListingCard.qml
    pages/ListingDetailPage.qml
    pages/MyBidsPage.qml
    pages/NotificationsPage.qml
    pages/WatchlistPage.qml
    pages/WonPage.qml
)
