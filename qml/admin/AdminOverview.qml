// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Boli
import Boli.Backend

// The market at a glance; the figures follow the live feed and a periodic ask.
Page {
    objectName: "adminOverview"
    readonly property MarketOverview stats: App.admin.overview
    background: Rectangle { color: Theme.background }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        Label {
            text: qsTr("Market overview")
            font.pixelSize: Theme.fontLarge
            font.bold: true
        }
        Label {
            visible: stats.updatedAt > 0
            color: Theme.mutedText
            text: qsTr("Updated %1").arg(Fmt.dateTime(stats.updatedAt))
        }
        ErrorLabel {
            text: stats.error
            Layout.fillWidth: true
        }
        GridLayout {
            columns: 4
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacing
            Layout.fillWidth: true
            StatTile { objectName: "statLive"; value: stats.liveListings; label: qsTr("Live auctions") }
            StatTile { objectName: "statPending"; value: App.admin.pending.total; label: qsTr("Waiting for review") }
            StatTile { value: stats.feedLots; label: qsTr("Lots on the live feed") }
            StatTile { value: stats.feedBids; label: qsTr("Bids on the live lots") }
            StatTile { value: stats.totalListings; label: qsTr("Listings past review") }
            StatTile { value: stats.totalBids; label: qsTr("Bids placed") }
            StatTile { value: stats.uniqueBidders; label: qsTr("Traders who bid") }
            StatTile { value: stats.sold; label: qsTr("Sold") }
            StatTile { value: stats.unsold; label: qsTr("Unsold") }
            StatTile { value: stats.successRateText; label: qsTr("Sold of closed auctions") }
            StatTile { value: stats.averageBidsText; label: qsTr("Bids per closed auction") }
        }
        RowLayout {
            Button {
                objectName: "refreshOverview"
                text: qsTr("Refresh")
                onClicked: App.admin.refreshAll()
            }
            BusyIndicator {
                running: App.admin.pending.loading
                implicitHeight: Theme.touchTarget
            }
        }
        Item { Layout.fillHeight: true }
    }
}
