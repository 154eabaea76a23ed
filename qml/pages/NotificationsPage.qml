// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Boli
import Boli.Backend

// Outbid, won, lost and cancelled news, newest first; unread ones stand out.
Page {
    objectName: "notificationsPage"
    background: null

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        RowLayout {
            Label {
                text: qsTr("%n unread", "", App.trader.notifications.unread)
                font.pixelSize: Theme.fontLarge
                Layout.fillWidth: true
            }
            Button {
                objectName: "markAllRead"
                text: qsTr("Mark all read")
                enabled: App.trader.notifications.unread > 0
                onClicked: App.trader.notifications.markAllRead()
            }
        }
        ListView {
            id: list
            objectName: "notificationsView"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacing / 2
            model: App.trader.notifications
            activeFocusOnTab: true
            delegate: ItemDelegate {
                id: row
                required property var model
                width: ListView.view.width
                padding: Theme.spacing
                onClicked: App.trader.openListing(row.model.listingId)
                Keys.onReturnPressed: App.trader.openListing(row.model.listingId)
                background: Rectangle {
                    color: row.model.read ? Theme.surface : Qt.lighter(Theme.warning, 1.7)
                    border.color: row.activeFocus ? Theme.accent : Theme.border
                    radius: Theme.radius
                }
                contentItem: RowLayout {
                    Label {
                        text: row.model.text
                        font.bold: !row.model.read
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    Label { text: Fmt.dateTime(row.model.createdAt); color: Theme.mutedText }
                }
            }
            ScrollBar.vertical: ScrollBar {}
            Label {
                anchors.centerIn: parent
                visible: list.count === 0
                text: qsTr("No notifications.")
                color: Theme.mutedText
            }
        }
    }
}
