// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Boli
import Boli.Backend

// One of the farmer's lots: crop, quantity, status, live price and bids, and what can be done now.
Rectangle {
    id: card
    required property int listingId
    required property int cropId
    required property int quantityKg
    required property string status
    required property var price
    required property int startingPrice
    required property int bidCount
    required property var endsAt
    required property bool canAccept
    required property bool canConfirm
    required property bool canCancel
    signal accept(int id, int price, int kg)

    objectName: "myListing_" + listingId
    implicitHeight: content.implicitHeight + 2 * Theme.margin
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border

    ColumnLayout {
        id: content
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing / 2

        RowLayout {
            Layout.fillWidth: true
            Label {
                text: { App.language.code; return App.kiosk.crops.nameOf(card.cropId) + " · " + Fmt.quantity(card.quantityKg) }
                font.pixelSize: Theme.fontLarge
                font.bold: true
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                objectName: "myListingStatus_" + card.listingId
                text: { App.language.code; return App.kiosk.statusText(card.status) }
                font.pixelSize: Theme.fontNormal
                color: card.status === "live" ? Theme.success : Theme.mutedText
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.margin
            Label {
                objectName: "myListingPrice_" + card.listingId
                text: card.bidCount > 0 && card.price ? Fmt.perQuintal(card.price)
                                                      : qsTr("Starts at %1").arg(Fmt.perQuintal(card.startingPrice))
                font.pixelSize: Theme.fontLarge
                color: Theme.accent
            }
            Label {
                text: { App.language.code; return App.kiosk.bidsText(card.bidCount) }
                font.pixelSize: Theme.fontNormal
            }
            Label {
                visible: card.status === "live"
                text: qsTr("ends in %1").arg(Fmt.countdown(card.endsAt - App.now))
                font.pixelSize: Theme.fontNormal
                color: Theme.mutedText
                Layout.fillWidth: true
            }
        }
        Flow {
            spacing: Theme.spacing
            Layout.fillWidth: true
            visible: card.canAccept || card.canConfirm || card.canCancel
            KioskButton {
                objectName: "acceptButton_" + card.listingId
                visible: card.canAccept
                highlighted: true
                text: qsTr("Accept the highest bid")
                enabled: !App.kiosk.actions.busy
                onClicked: card.accept(card.listingId, card.price, card.quantityKg)
            }
            KioskButton {
                objectName: "confirmButton_" + card.listingId
                visible: card.canConfirm
                highlighted: true
                text: qsTr("Confirm the sale at %1").arg(Fmt.perQuintal(card.price || 0))
                enabled: !App.kiosk.actions.busy
                onClicked: App.kiosk.confirmSale(card.listingId, true)
            }
            KioskButton {
                objectName: "rejectButton_" + card.listingId
                visible: card.canConfirm
                text: qsTr("Do not sell")
                enabled: !App.kiosk.actions.busy
                onClicked: App.kiosk.confirmSale(card.listingId, false)
            }
            KioskButton {
                objectName: "cancelButton_" + card.listingId
                visible: card.canCancel
                flat: true
                text: qsTr("Withdraw")
                enabled: !App.kiosk.actions.busy
                onClicked: App.kiosk.cancelListing(card.listingId)
            }
        }
    }
}
