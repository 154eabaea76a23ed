// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Boli
import Boli.Backend

// The window: a connection banner on top and the shell of the mode the app was started in.
ApplicationWindow {
    id: window
    objectName: "mainWindow"
    width: 1280
    height: 800
    visible: true
    visibility: Theme.kiosk ? Window.FullScreen : Window.AutomaticVisibility
    title: App.mode === "admin" ? qsTr("Boli admin") : qsTr("Boli")
    color: Theme.background
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontNormal

    header: ConnectionBanner {}

    Loader {
        id: shell
        objectName: "shellLoader"
        anchors.fill: parent
        // Kiosk mode handles its own login (phone + PIN) and idle reset inside its shell.
        source: Theme.kiosk ? "kiosk/KioskShell.qml"
              : !App.loggedIn ? "pages/LoginPage.qml"
              : App.mode === "admin" ? "admin/AdminShell.qml"
              : "pages/DesktopShell.qml"
    }

    Toast {
        id: toast
    }

    Connections {
        target: App
        function onSessionEnded(message) { toast.show(message, true) }
    }
}
