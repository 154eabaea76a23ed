// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Boli
import Boli.Backend

// One listing in a list (browse, watchlist): crop, place, price and time left. Click or Enter opens it.
ItemDelegate {
    id: card
    // The row's roles (id, cropId, variety, …); `id` cannot be a QML property name, so the whole model.
    required property var model
    readonly property bool sealed: card.model.format === "sealed"

    objectName: "listing_" + card.model.id
    implicitHeight: content.implicitHeight + 2 * Theme.margin
    padding: Theme.margin
    focusPolicy: Qt.StrongFocus
    Accessible.name: cropName.text

    onClicked: App.trader.openListing(card.model.id)
    Keys.onReturnPressed: App.trader.openListing(card.model.id)
    Keys.onEnterPressed: App.trader.openListing(card.model.id)

    background: Rectangle {
        color: card.hovered ? Qt.darker(Theme.surface, 1.03) : Theme.surface
        border.color: card.activeFocus ? Theme.accent : Theme.border
        border.width: card.activeFocus ? 2 : 1
        radius: Theme.radius
    }

    contentItem: RowLayout {
        id: content
        spacing: Theme.spacing * 2

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                id: cropName
                text: (App.trader.catalog.names[card.model.cropId] ?? "") + (card.model.variety ? " · " + card.model.variety : "")
                font.pixelSize: Theme.fontLarge
                font.bold: true
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("%1 · %2, %3, %4").arg(Fmt.quantity(card.model.quantityKg)).arg(card.model.mandi)
                                               .arg(card.model.district).arg(card.model.state)
                color: Theme.mutedText
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
        }
        ColumnLayout {
            spacing: 2
            Label {
                Layout.alignment: Qt.AlignRight
                text: card.sealed ? qsTr("Sealed bids")
                    : card.model.price > 0 ? Fmt.perQuintal(card.model.price)
                    : qsTr("Starts at %1").arg(Fmt.perQuintal(card.model.startingPrice))
                color: Theme.accent
                font.pixelSize: Theme.fontLarge
                font.bold: true
            }
            Label {
                Layout.alignment: Qt.AlignRight
                text: card.model.status === "live"
                      ? qsTr("%n bid(s) · ends in %1", "", card.model.bidCount).arg(Fmt.countdown(card.model.endsAt - App.now))
                      : App.trader.statusText(card.model.status)
                color: Theme.mutedText
            }
        }
    }
}
