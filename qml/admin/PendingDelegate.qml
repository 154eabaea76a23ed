// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Boli
import Boli.Backend

// One listing in the moderation queue with what a reviewer checks and the two decisions.
Rectangle {
    id: card
    // "id" cannot be a QML property name: the row's fields are read from its map.
    required property var row
    readonly property int listingId: row.id
    signal rejectRequested(int listingId)

    objectName: "pending_" + listingId
    implicitHeight: layout.implicitHeight + 2 * Theme.margin
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border

    RowLayout {
        id: layout
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.margin

        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing / 2
            Label {
                text: qsTr("#%1 · %2 %3").arg(card.listingId).arg(App.admin.cropNames[card.row.crop_id] || qsTr("Crop %1").arg(card.row.crop_id))
                      .arg(card.row.variety)
                font.pixelSize: Theme.fontLarge
                font.bold: true
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("%1 at %2, %3, %4").arg(Fmt.quantity(card.row.quantity_kg)).arg(card.row.mandi)
                      .arg(card.row.district).arg(card.row.state)
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("Starts at %1 · reserve %2 · Buy Now %3")
                      .arg(Fmt.perQuintal(card.row.starting_price))
                      .arg(card.row.reserve_price ? Fmt.perQuintal(card.row.reserve_price) : qsTr("none"))
                      .arg(card.row.buy_now_price ? Fmt.perQuintal(card.row.buy_now_price) : qsTr("none"))
                color: Theme.accent
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("Seller #%1 · grade %2 · %3 auction · listed %4").arg(card.row.seller_id)
                      .arg(card.row.grade.length > 0 ? card.row.grade : "—")
                      .arg(card.row.format === "sealed" ? qsTr("sealed") : qsTr("open"))
                      .arg(Fmt.dateTime(card.row.created_at))
                color: Theme.mutedText
                Layout.fillWidth: true
            }
            Label {
                visible: card.row.quality_notes.length > 0
                text: card.row.quality_notes
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
        }
        RowLayout {
            spacing: Theme.spacing
            Layout.alignment: Qt.AlignRight | Qt.AlignVCenter
            Button {
                objectName: "approveButton_" + card.listingId
                text: qsTr("Approve")
                highlighted: true
                enabled: !App.admin.actions.busy
                onClicked: App.admin.approveListing(card.listingId)
            }
            Button {
                objectName: "rejectButton_" + card.listingId
                text: qsTr("Reject…")
                enabled: !App.admin.actions.busy
                onClicked: card.rejectRequested(card.listingId)
            }
        }
    }
}
