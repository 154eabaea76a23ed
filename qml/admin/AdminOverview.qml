// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Boli
import Boli.Backend

// The market at a glance; the figures follow the live feed and a periodic ask.
Page {
    id: page
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
            visible: page.stats.updatedAt > 0
            color: Theme.mutedText
            text: qsTr("Updated %1").arg(Fmt.dateTime(page.stats.updatedAt))
        }
        ErrorLabel {
            text: page.stats.error
            Layout.fillWidth: true
        }
        GridLayout {
            columns: 4
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacing
            Layout.fillWidth: true
            StatTile { objectName: "statLive"; value: page.stats.liveListings; label: qsTr("Live auctions") }
            StatTile { objectName: "statPending"; value: App.admin.pending.total; label: qsTr("Waiting for review") }
            StatTile { value: page.stats.feedLots; label: qsTr("Lots on the live feed") }
            StatTile { value: page.stats.feedBids; label: qsTr("Bids on the live lots") }
            StatTile { value: page.stats.totalListings; label: qsTr("Listings past review") }
            StatTile { value: page.stats.totalBids; label: qsTr("Bids placed") }
            StatTile { value: page.stats.uniqueBidders; label: qsTr("Traders who bid") }
            StatTile { value: page.stats.sold; label: qsTr("Sold") }
            StatTile { value: page.stats.unsold; label: qsTr("Unsold") }
            StatTile { value: page.stats.successRateText; label: qsTr("Sold of closed auctions") }
            StatTile { value: page.stats.averageBidsText; label: qsTr("Bids per closed auction") }
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
