// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Boli
import Boli.Backend

// What a logged-in farmer (or field agent) can do, as a few big buttons.
Page {
    id: page
    objectName: "kioskHome"
    signal newListing()
    signal myListings()
    signal sales()
    signal registerFarmer()
    signal results()
    background: Rectangle { color: Theme.background }

    Component.onCompleted: App.kiosk.crops.refresh() // crop names for every screen after this

    ColumnLayout {
        id: column
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 900)
        spacing: Theme.margin

        Label {
            text: qsTr("Namaste, %1").arg(App.displayName)
            font.pixelSize: Theme.fontHuge
            color: Theme.primary
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label {
            visible: App.kiosk.fieldAgent
            text: App.kiosk.farmerId > 0 ? qsTr("Listing for the farmer %1").arg(App.kiosk.farmerName)
                                         : qsTr("Register a farmer first, then list their crop.")
            font.pixelSize: Theme.fontNormal
            color: Theme.mutedText
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        GridLayout {
            id: buttons
            // Equal columns whatever the labels say.
            readonly property real cellWidth: (column.width - columnSpacing * (columns - 1)) / columns
            columns: page.width > 800 ? 2 : 1
            columnSpacing: Theme.margin
            rowSpacing: Theme.margin
            Layout.fillWidth: true

            KioskButton {
                objectName: "kioskRegisterFarmerButton"
                visible: App.kiosk.fieldAgent
                text: qsTr("Register a farmer")
                Layout.preferredWidth: buttons.cellWidth
                Layout.preferredHeight: Theme.touchTarget * 1.5
                onClicked: page.registerFarmer()
            }
            KioskButton {
                objectName: "kioskNewListingButton"
                text: qsTr("Sell a crop")
                highlighted: true
                enabled: !App.kiosk.fieldAgent || App.kiosk.farmerId > 0
                Layout.preferredWidth: buttons.cellWidth
                Layout.preferredHeight: Theme.touchTarget * 1.5
                onClicked: page.newListing()
            }
            KioskButton {
                objectName: "kioskMyListingsButton"
                text: qsTr("My listings and bids")
                Layout.preferredWidth: buttons.cellWidth
                Layout.preferredHeight: Theme.touchTarget * 1.5
                onClicked: page.myListings()
            }
            KioskButton {
                objectName: "kioskSalesButton"
                text: qsTr("My sales")
                Layout.preferredWidth: buttons.cellWidth
                Layout.preferredHeight: Theme.touchTarget * 1.5
                onClicked: page.sales()
            }
            KioskButton {
                objectName: "kioskResultsButton"
                text: qsTr("My results")
                Layout.preferredWidth: buttons.cellWidth
                Layout.preferredHeight: Theme.touchTarget * 1.5
                onClicked: page.results()
            }
            KioskButton {
                objectName: "kioskLogoutButton"
                text: qsTr("Finish and log out")
                Layout.preferredWidth: buttons.cellWidth
                Layout.preferredHeight: Theme.touchTarget * 1.5
                onClicked: App.kiosk.endSession()
            }
        }
    }
}
