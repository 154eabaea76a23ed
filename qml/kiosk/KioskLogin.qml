// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Boli
import Boli.Backend

// Phone and PIN for farmers; phone and password when a field agent logs in (`agent`).
Page {
    id: page
    objectName: "kioskLogin"
    property bool agent: false
    property string message: ""
    property bool busy: false
    background: Rectangle { color: Theme.background }

    Connections {
        target: App
        function onLoginFinished(ok, message) {
            page.busy = false
            page.message = ok ? "" : message
        }
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 640)
        spacing: Theme.margin

        Label {
            text: page.agent ? qsTr("Field agent login") : qsTr("Log in with your phone number and PIN")
            font.pixelSize: Theme.fontLarge
            font.bold: true
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        KioskField {
            id: phone
            label: qsTr("Mobile number")
            field.objectName: "kioskPhoneField"
            field.inputMethodHints: Qt.ImhDialableCharactersOnly
            field.maximumLength: 16
            field.focus: true
            Layout.fillWidth: true
        }
        KioskField {
            id: secret
            label: page.agent ? qsTr("Password") : qsTr("PIN (4 to 6 digits)")
            field.objectName: "kioskPinField"
            field.echoMode: TextInput.Password
            field.inputMethodHints: page.agent ? Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                                               : Qt.ImhDigitsOnly | Qt.ImhSensitiveData
            field.maximumLength: page.agent ? 128 : 6
            Layout.fillWidth: true
            field.onAccepted: login.clicked()
        }
        ErrorLabel {
            objectName: "kioskLoginError"
            text: page.message
            font.pixelSize: Theme.fontNormal
            Layout.fillWidth: true
        }
        KioskButton {
            id: login
            objectName: "kioskLoginButton"
            text: page.busy ? qsTr("Logging in…") : qsTr("Log in")
            highlighted: true
            enabled: App.online && !page.busy && phone.text.length > 0 && secret.text.length > 0
            Layout.fillWidth: true
            onClicked: {
                page.busy = true
                page.message = ""
                App.login(phone.text, secret.text, !page.agent)
            }
        }
    }
}
