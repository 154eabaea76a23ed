// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Boli
import Boli.Backend

// Field agent: creates a farmer's account at the kiosk, then lists the farmer's crop.
Page {
    id: page
    objectName: "agentRegisterFarmer"
    signal listForFarmer()
    property string message: ""
    property bool registered: false
    background: Rectangle { color: Theme.background }

    Connections {
        target: App.kiosk
        function onFarmerRegistered(ok, message) {
            page.registered = ok
            page.message = message
            if (ok) {
                name.text = ""
                phone.text = ""
                pin.text = ""
            }
        }
    }

    ColumnLayout {
        anchors.top: parent.top
        anchors.topMargin: Theme.margin
        anchors.horizontalCenter: parent.horizontalCenter
        width: Math.min(parent.width - 2 * Theme.margin, 700)
        spacing: Theme.margin

        Label {
            text: qsTr("Register a farmer")
            font.pixelSize: Theme.fontLarge
            font.bold: true
        }
        KioskField {
            id: name
            label: qsTr("Farmer's name")
            field.objectName: "farmerNameField"
            Layout.fillWidth: true
        }
        KioskField {
            id: phone
            label: qsTr("Farmer's mobile number")
            field.objectName: "farmerPhoneField"
            field.inputMethodHints: Qt.ImhDialableCharactersOnly
            Layout.fillWidth: true
        }
        KioskField {
            id: pin
            label: qsTr("PIN the farmer chooses (4 to 6 digits)")
            field.objectName: "farmerPinField"
            field.inputMethodHints: Qt.ImhDigitsOnly
            field.maximumLength: 6
            Layout.fillWidth: true
        }
        Label {
            objectName: "agentRegisterMessage"
            visible: text.length > 0
            text: page.message
            color: page.registered ? Theme.success : Theme.danger
            font.pixelSize: Theme.fontNormal
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        KioskButton {
            objectName: "registerFarmerButton"
            text: qsTr("Register")
            highlighted: !page.registered
            enabled: !App.kiosk.actions.busy && name.text.length > 0 && phone.text.length > 0 && pin.text.length > 0
            Layout.fillWidth: true
            onClicked: App.kiosk.registerFarmer(name.text, phone.text, pin.text)
        }
        KioskButton {
            objectName: "listForFarmerButton"
            visible: page.registered
            highlighted: true
            text: qsTr("Sell a crop for %1").arg(App.kiosk.farmerName)
            Layout.fillWidth: true
            onClicked: page.listForFarmer()
        }
    }
}
