// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Boli
import Boli.Backend

// Phone or email with a password (traders, admins); farmers use the kiosk's PIN screen.
Page {
    id: page
    objectName: "loginPage"
    property string message: ""
    property bool needsCode: false

    Connections {
        target: App
        function onLoginFinished(ok, message, needsCode) {
            page.message = ok ? "" : message
            page.needsCode = needsCode
        }
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 420)
        spacing: Theme.spacing

        Label {
            text: App.mode === "admin" ? qsTr("Boli admin") : qsTr("Boli — live crop auctions")
            font.pixelSize: Theme.fontHuge
            color: Theme.primary
            Layout.alignment: Qt.AlignHCenter
        }
        TextField {
            id: login
            objectName: "loginField"
            placeholderText: qsTr("Phone or email")
            inputMethodHints: Qt.ImhNoAutoUppercase
            Layout.fillWidth: true
            focus: true
            onAccepted: password.forceActiveFocus()
        }
        TextField {
            id: password
            objectName: "passwordField"
            placeholderText: qsTr("Password")
            echoMode: TextInput.Password
            Layout.fillWidth: true
            onAccepted: submit.clicked()
        }
        TextField {
            id: totp
            objectName: "totpField"
            visible: App.mode === "admin" || page.needsCode
            placeholderText: qsTr("6-digit code (two-factor)")
            inputMethodHints: Qt.ImhDigitsOnly
            maximumLength: 6
            Layout.fillWidth: true
            onAccepted: submit.clicked()
        }
        ErrorLabel {
            objectName: "loginError"
            text: page.message
            Layout.fillWidth: true
        }
        Button {
            id: submit
            objectName: "loginButton"
            text: qsTr("Log in")
            highlighted: true
            enabled: App.online && login.text.length > 0 && password.text.length > 0
            Layout.fillWidth: true
            onClicked: App.login(login.text, password.text, false, totp.text)
        }
        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            LanguageToggle {}
        }
    }
}
