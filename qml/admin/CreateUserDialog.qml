// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Boli
import Boli.Backend

// A new account made by the mandi office; the server checks every field.
Dialog {
    id: dialog
    objectName: "createUserDialog"
    title: qsTr("New account")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(Theme.touchTarget * 13, (parent ? parent.width : Theme.touchTarget * 13) - 2 * Theme.margin)
    standardButtons: Dialog.Cancel
    readonly property bool farmer: roleBox.currentValue === "farmer"

    onOpened: {
        nameField.text = ""
        phoneField.text = ""
        emailField.text = ""
        secretField.text = ""
    }

    Connections {
        target: App.admin
        function onActionFinished(action, ok, message) {
            if (action === "createUser" && ok)
                dialog.close()
        }
    }

    GridLayout {
        anchors.fill: parent
        columns: 2
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing
        Label { text: qsTr("Role") }
        ComboBox {
            id: roleBox
            objectName: "newUserRole"
            textRole: "text"
            valueRole: "value"
            Layout.fillWidth: true
            model: App.admin.roles.map(r => ({ text: App.admin.roleLabel(r), value: r }))
        }
        Label { text: qsTr("Name") }
        TextField { id: nameField; objectName: "newUserName"; Layout.fillWidth: true }
        Label { text: qsTr("Phone") }
        TextField {
            id: phoneField
            objectName: "newUserPhone"
            inputMethodHints: Qt.ImhDialableCharactersOnly
            Layout.fillWidth: true
        }
        Label { text: qsTr("Email") }
        TextField {
            id: emailField
            objectName: "newUserEmail"
            enabled: !dialog.farmer
            inputMethodHints: Qt.ImhEmailCharactersOnly
            Layout.fillWidth: true
        }
        Label { text: dialog.farmer ? qsTr("PIN (4–6 digits)") : qsTr("Password (8+ characters)") }
        TextField {
            id: secretField
            objectName: "newUserSecret"
            echoMode: TextInput.Password
            Layout.fillWidth: true
        }
        ErrorLabel {
            text: App.admin.actions.error
            Layout.columnSpan: 2
            Layout.fillWidth: true
        }
        Button {
            objectName: "newUserCreate"
            text: qsTr("Create")
            highlighted: true
            enabled: !App.admin.actions.busy && nameField.text.length > 0 && secretField.text.length > 0
            Layout.columnSpan: 2
            Layout.alignment: Qt.AlignRight
            onClicked: App.admin.createUser(roleBox.currentValue, nameField.text, phoneField.text,
                                            emailField.text, secretField.text)
        }
    }
}
