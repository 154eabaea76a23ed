// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Boli
import Boli.Backend

// What the trader bought and how each sale is getting on: confirm, pay, take delivery, complete.
Page {
    objectName: "wonPage"
    background: null

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        Label { text: qsTr("Purchases"); font.pixelSize: Theme.fontLarge; font.bold: true }
        ListView {
            id: list
            objectName: "transactionsView"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacing
            model: App.trader.transactions
            activeFocusOnTab: true
            delegate: Frame {
                id: row
                required property var model
                width: ListView.view.width
                objectName: "transaction_" + row.model.id
                background: Rectangle { color: Theme.surface; border.color: Theme.border; radius: Theme.radius }
                RowLayout {
                    anchors.left: parent.left
                    anchors.right: parent.right
                    spacing: Theme.spacing * 2
                    ColumnLayout {
                        Layout.fillWidth: true
                        Label {
                            text: qsTr("Lot %1 · %2 at %3").arg(row.model.listingId).arg(Fmt.quantity(row.model.quantityKg))
                                  .arg(Fmt.perQuintal(row.model.pricePerQuintal))
                            font.bold: true
                        }
                        Label {
                            text: qsTr("Total %1 · %2").arg(Fmt.rupees(row.model.total)).arg(Fmt.date(row.model.createdAt))
                            color: Theme.mutedText
                        }
                    }
                    Label {
                        text: App.trader.transactionStatusText(row.model.status)
                        font.bold: true
                    }
                    Button {
                        objectName: "advance_" + row.model.id
                        visible: row.model.nextStatus.length > 0 && row.model.role === "buyer"
                        text: qsTr("Mark %1").arg(App.trader.transactionStatusText(row.model.nextStatus))
                        enabled: !App.trader.runner.busy
                        onClicked: App.trader.advanceTransaction(row.model.id, row.model.nextStatus)
                    }
                    Button {
                        visible: row.model.status !== "completed" && row.model.status !== "disputed"
                        text: qsTr("Dispute")
                        flat: true
                        enabled: !App.trader.runner.busy
                        onClicked: App.trader.disputeTransaction(row.model.id)
                    }
                    Button {
                        text: qsTr("Open")
                        flat: true
                        onClicked: App.trader.openListing(row.model.listingId)
                    }
                }
            }
            ScrollBar.vertical: ScrollBar {}
            Label {
                anchors.centerIn: parent
                visible: list.count === 0
                text: qsTr("No purchases yet.")
                color: Theme.mutedText
            }
        }
    }
}
