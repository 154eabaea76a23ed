// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Boli
import Boli.Backend

// Every market setting and feature flag with an editor of its kind; changes from other admins
// arrive live.
Page {
    id: page
    objectName: "settingsPage"
    background: Rectangle { color: Theme.background }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        RowLayout {
            Label {
                text: qsTr("Settings and feature flags")
                font.pixelSize: Theme.fontLarge
                font.bold: true
                Layout.fillWidth: true
            }
            BusyIndicator {
                running: App.admin.settings.busy
                implicitHeight: Theme.touchTarget
            }
        }
        ListView {
            id: view
            objectName: "settingsView"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacing
            model: App.admin.settings
            delegate: SettingDelegate {
                width: view.width
            }
        }
    }
}
