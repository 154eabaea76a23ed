// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Boli
import Boli.Backend

// The farmer's lots with their live price and bids; accept the best bid, confirm a sale, withdraw.
Page {
    id: page
    objectName: "kioskMyListings"
    background: Rectangle { color: Theme.background }

    Component.onCompleted: App.kiosk.myListings.refresh()

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            Label {
                text: qsTr("My listings")
                font.pixelSize: Theme.fontLarge
                font.bold: true
                Layout.fillWidth: true
            }
            KioskButton {
                text: qsTr("Refresh")
                font.pixelSize: Theme.fontNormal
                onClicked: App.kiosk.myListings.refresh()
            }
        }
        Label {
            visible: view.count === 0 && !App.kiosk.myListings.loading
            text: qsTr("You have no listings yet.")
            font.pixelSize: Theme.fontNormal
            color: Theme.mutedText
        }
        ErrorLabel {
            text: App.kiosk.myListings.error || App.kiosk.actions.error
            Layout.fillWidth: true
        }
        ListView {
            id: view
            objectName: "myListingsView"
            clip: true
            spacing: Theme.spacing
            Layout.fillWidth: true
            Layout.fillHeight: true
            model: App.kiosk.myListings
            delegate: KioskListingCard {
                width: view.width
                onAccept: (id, price, kg) => acceptDialog.ask(id, price, kg)
            }
        }
    }

    Dialog {
        id: acceptDialog
        objectName: "acceptDialog"
        property int listingId: 0
        property int price: 0
        property int kg: 0
        function ask(id, price, kg) {
            listingId = id
            acceptDialog.price = price
            acceptDialog.kg = kg
            open()
        }
        anchors.centerIn: parent
        modal: true
        title: qsTr("Sell now?")
        standardButtons: Dialog.Yes | Dialog.No
        Label {
            width: Math.min(page.width * 0.7, 700)
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontLarge
            text: qsTr("Sell to the highest bidder at %1? You receive %2.")
                  .arg(Fmt.perQuintal(acceptDialog.price)).arg(Fmt.total(acceptDialog.price, acceptDialog.kg))
        }
        onAccepted: App.kiosk.acceptBid(listingId)
    }
}
