// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Boli
import Boli.Backend

// Find accounts; ban or unban them, change their role, verify them, or create one.
Page {
    id: page
    objectName: "usersPage"
    readonly property UsersModel users: App.admin.users
    background: Rectangle { color: Theme.background }

    function search() {
        users.search(searchField.text, roleFilter.currentValue, bannedFilter.currentValue)
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        Label {
            text: qsTr("Users")
            font.pixelSize: Theme.fontLarge
            font.bold: true
        }
        RowLayout {
            spacing: Theme.spacing
            TextField {
                id: searchField
                objectName: "userSearchField"
                placeholderText: qsTr("Name, phone or email")
                Layout.fillWidth: true
                onAccepted: page.search()
            }
            ComboBox {
                id: roleFilter
                objectName: "userRoleFilter"
                textRole: "text"
                valueRole: "value"
                implicitContentWidthPolicy: ComboBox.WidestText
                model: [{ text: qsTr("Any role"), value: "" }].concat(App.admin.roles.map(
                           r => ({ text: App.admin.roleLabel(r), value: r })))
                onActivated: page.search()
            }
            ComboBox {
                id: bannedFilter
                objectName: "userBannedFilter"
                textRole: "text"
                valueRole: "value"
                implicitContentWidthPolicy: ComboBox.WidestText
                model: [{ text: qsTr("Banned or not"), value: "" },
                        { text: qsTr("Banned only"), value: "banned" },
                        { text: qsTr("Not banned"), value: "active" }]
                onActivated: page.search()
            }
            Button {
                objectName: "userSearchButton"
                text: qsTr("Search")
                highlighted: true
                onClicked: page.search()
            }
            Button {
                objectName: "createUserButton"
                text: qsTr("New account…")
                onClicked: createDialog.open()
            }
        }
        ErrorLabel {
            text: page.users.error
            Layout.fillWidth: true
        }
        ListView {
            id: view
            objectName: "usersView"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacing / 2
            model: page.users
            delegate: UserDelegate {
                width: view.width
                onBanRequested: (userId, name) => banDialog.ask(userId, name)
            }
        }
        RowLayout {
            Label {
                text: qsTr("%1–%2 of %3").arg(page.users.count > 0 ? page.users.offset + 1 : 0)
                      .arg(page.users.offset + page.users.count).arg(page.users.total)
                color: Theme.mutedText
                Layout.fillWidth: true
            }
            Button {
                text: qsTr("Previous")
                enabled: page.users.hasPrevious
                onClicked: page.users.previousPage()
            }
            Button {
                text: qsTr("Next")
                enabled: page.users.hasNext
                onClicked: page.users.nextPage()
            }
        }
    }

    ReasonDialog {
        id: banDialog
        objectName: "banDialog"
        property int userId: 0
        property string name
        title: qsTr("Ban %1").arg(name)
        prompt: qsTr("Why is this account banned? All its sessions end at once.")
        confirmText: qsTr("Ban")
        function ask(id, who) {
            userId = id
            name = who
            reason = ""
            open()
        }
        onConfirmed: (text) => App.admin.banUser(userId, text)
    }

    CreateUserDialog {
        id: createDialog
    }
}
