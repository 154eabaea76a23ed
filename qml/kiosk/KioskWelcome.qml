// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Boli

// The first screen a farmer sees: one big button to start, and a quieter one for field agents.
Page {
    id: page
    objectName: "kioskWelcome"
    signal start()
    signal agentStart()
    background: Rectangle { color: Theme.background }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 900)
        spacing: Theme.margin * 2

        Label {
            text: qsTr("Boli — sell your crop at the best price")
            font.pixelSize: Theme.fontHuge
            font.bold: true
            color: Theme.primary
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("Traders across India bid live for your produce. Touch the button to begin.")
            font.pixelSize: Theme.fontLarge
            color: Theme.text
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        KioskButton {
            objectName: "kioskStartButton"
            text: qsTr("Start")
            highlighted: true
            font.pixelSize: Theme.fontHuge
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: Math.min(page.width * 0.6, 600)
            Layout.preferredHeight: Theme.touchTarget * 1.6
            onClicked: page.start()
        }
        KioskButton {
            objectName: "kioskAgentButton"
            text: qsTr("Field agent login")
            flat: true
            font.pixelSize: Theme.fontNormal
            Layout.alignment: Qt.AlignHCenter
            onClicked: page.agentStart()
        }
    }
}
