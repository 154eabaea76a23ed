// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Boli
import Boli.Backend

// The kiosk mode's frame (placeholder until the mode's screens land).
Page {
    objectName: "kioskShell"
    Label {
        anchors.centerIn: parent
        text: qsTr("Welcome, %1").arg(App.displayName)
        font.pixelSize: Theme.fontLarge
    }
}
