// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Boli
import Boli.Backend

// One account with its state and the actions an admin takes on it.
Rectangle {
    id: card
    // "id" cannot be a QML property name: the row's fields are read from its map.
    required property var row
    readonly property int userId: row.id
    signal banRequested(int userId, string name)

    objectName: "user_" + userId
    implicitHeight: layout.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: row.banned ? Qt.lighter(Theme.danger, 1.9) : Theme.surface
    border.color: Theme.border

    RowLayout {
        id: layout
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                text: qsTr("#%1 %2").arg(card.userId).arg(card.row.display_name)
                font.bold: true
                Layout.fillWidth: true
            }
            Label {
                text: [card.row.phone, card.row.email].filter(v => v && v.length > 0).join(" · ")
                color: Theme.mutedText
                Layout.fillWidth: true
            }
            Label {
                visible: card.row.banned
                text: qsTr("Banned: %1").arg(card.row.ban_reason)
                color: Theme.danger
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
        }
        Label {
            text: card.row.verified ? qsTr("Verified") : qsTr("Not verified")
            color: card.row.verified ? Theme.success : Theme.mutedText
            Layout.preferredWidth: Theme.touchTarget * 3
        }
        ComboBox {
            id: roleBox
            objectName: "roleBox_" + card.userId
            textRole: "text"
            valueRole: "value"
            implicitContentWidthPolicy: ComboBox.WidestText
            Layout.preferredWidth: Theme.touchTarget * 5
            model: App.admin.roles.map(r => ({ text: App.admin.roleLabel(r), value: r }))
            currentIndex: App.admin.roles.indexOf(card.row.role)
            onActivated: {
                if (currentValue !== card.row.role)
                    App.admin.setUserRole(card.userId, currentValue)
            }
        }
        Button {
            objectName: "verifyButton_" + card.userId
            text: card.row.verified ? qsTr("Unverify") : qsTr("Verify")
            enabled: !App.admin.actions.busy
            onClicked: App.admin.setUserVerified(card.userId, !card.row.verified)
        }
        Button {
            objectName: "banButton_" + card.userId
            text: card.row.banned ? qsTr("Unban") : qsTr("Ban…")
            enabled: !App.admin.actions.busy && card.userId !== App.userId
            onClicked: card.row.banned ? App.admin.unbanUser(card.userId)
                                       : card.banRequested(card.userId, card.row.display_name)
        }
    }
}
