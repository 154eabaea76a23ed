// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Boli
import Boli.Backend

// Every listing the trader bid on, with where they stand: leading, outbid, won, lost.
Page {
    objectName: "myBidsPage"
    background: null

    ListView {
        id: list
        objectName: "myBidsView"
        anchors.fill: parent
        anchors.margins: Theme.margin
        clip: true
        spacing: Theme.spacing
        model: App.trader.myBids
        activeFocusOnTab: true
        delegate: ItemDelegate {
            id: row
            required property var model
            width: ListView.view.width
            objectName: "myBid_" + row.model.listing.id
            padding: Theme.margin
            onClicked: App.trader.openListing(row.model.listing.id)
            Keys.onReturnPressed: App.trader.openListing(row.model.listing.id)
            background: Rectangle {
                color: Theme.surface
                border.color: row.activeFocus ? Theme.accent : Theme.border
                border.width: row.activeFocus ? 2 : 1
                radius: Theme.radius
            }
            contentItem: RowLayout {
                spacing: Theme.spacing * 2
                Label {
                    text: (App.trader.catalog.names[row.model.listing.crop_id] ?? "") + " · " + qsTr("lot %1").arg(row.model.listing.id)
                    font.bold: true
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                }
                Label {
                    text: qsTr("My bid %1").arg(Fmt.perQuintal(row.model.myAmount))
                }
                Label {
                    text: row.model.myMaximum ? qsTr("max %1").arg(Fmt.perQuintal(row.model.myMaximum)) : ""
                    color: Theme.mutedText
                }
                Label {
                    text: App.trader.bidStateText(row.model.state)
                    font.bold: true
                    color: row.model.state === "winning" || row.model.state === "won" ? Theme.success
                         : row.model.state === "outbid" ? Theme.danger : Theme.mutedText
                    Layout.preferredWidth: 110
                }
            }
        }
        ScrollBar.vertical: ScrollBar {}
        Label {
            anchors.centerIn: parent
            visible: list.count === 0
            text: qsTr("You have not bid yet.")
            color: Theme.mutedText
        }
    }
}
