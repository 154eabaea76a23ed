// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Boli
import Boli.Backend

// The farmer's sales: the money due and the next step the farmer can record.
Page {
    id: page
    objectName: "kioskSales"
    background: Rectangle { color: Theme.background }

    Component.onCompleted: App.kiosk.sales.refresh()

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        Label {
            text: qsTr("My sales")
            font.pixelSize: Theme.fontLarge
            font.bold: true
        }
        Label {
            visible: view.count === 0 && !App.kiosk.sales.loading
            text: qsTr("No sales yet.")
            font.pixelSize: Theme.fontNormal
            color: Theme.mutedText
        }
        ErrorLabel {
            text: App.kiosk.sales.error || App.kiosk.actions.error
            Layout.fillWidth: true
        }
        ListView {
            id: view
            objectName: "salesView"
            clip: true
            spacing: Theme.spacing
            Layout.fillWidth: true
            Layout.fillHeight: true
            model: App.kiosk.sales
            delegate: Rectangle {
                id: sale
                required property int transactionId
                required property int listingId
                required property int quantityKg
                required property int pricePerQuintal
                required property var total
                required property string status
                required property string role
                required property string nextStatus
                required property bool canDispute
                objectName: "sale_" + transactionId
                width: view.width
                implicitHeight: saleContent.implicitHeight + 2 * Theme.margin
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border

                ColumnLayout {
                    id: saleContent
                    anchors.fill: parent
                    anchors.margins: Theme.margin
                    RowLayout {
                        Layout.fillWidth: true
                        Label {
                            text: qsTr("Listing %1 · %2 at %3").arg(sale.listingId).arg(Fmt.quantity(sale.quantityKg))
                                  .arg(Fmt.perQuintal(sale.pricePerQuintal))
                            font.pixelSize: Theme.fontNormal
                            Layout.fillWidth: true
                            wrapMode: Text.WordWrap
                        }
                        Label {
                            text: { App.language.code; return App.kiosk.statusText(sale.status) }
                            font.pixelSize: Theme.fontNormal
                            color: Theme.mutedText
                        }
                    }
                    Label {
                        text: qsTr("Total: %1").arg(Fmt.rupees(sale.total))
                        font.pixelSize: Theme.fontLarge
                        color: Theme.accent
                    }
                    Flow {
                        spacing: Theme.spacing
                        Layout.fillWidth: true
                        KioskButton {
                            visible: sale.nextStatus.length > 0
                            highlighted: true
                            text: { App.language.code; return qsTr("Mark as: %1").arg(App.kiosk.statusText(sale.nextStatus)) }
                            enabled: !App.kiosk.actions.busy
                            onClicked: App.kiosk.updateSale(sale.transactionId, sale.nextStatus)
                        }
                        KioskButton {
                            visible: sale.canDispute
                            flat: true
                            text: qsTr("Report a problem")
                            enabled: !App.kiosk.actions.busy
                            onClicked: App.kiosk.updateSale(sale.transactionId, "disputed")
                        }
                    }
                }
            }
        }
    }
}
