// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Boli
import Boli.Backend

// The moderation queue: approve a listing, or reject it with a reason the seller will read.
Page {
    id: page
    objectName: "moderationPage"
    background: Rectangle { color: Theme.background }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        RowLayout {
            Label {
                text: qsTr("Listings waiting for review")
                font.pixelSize: Theme.fontLarge
                font.bold: true
                Layout.fillWidth: true
            }
            Button {
                text: qsTr("Refresh")
                onClicked: App.admin.pending.refresh()
            }
        }
        ErrorLabel {
            text: App.admin.pending.error
            Layout.fillWidth: true
        }
        Label {
            objectName: "moderationEmpty"
            visible: App.admin.pending.count === 0 && !App.admin.pending.loading
            text: qsTr("Nothing waits for review.")
            color: Theme.mutedText
        }
        ListView {
            id: view
            objectName: "moderationView"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacing
            model: App.admin.pending
            delegate: PendingDelegate {
                width: view.width
                onRejectRequested: (listingId) => rejectDialog.ask(listingId)
            }
        }
    }

    ReasonDialog {
        id: rejectDialog
        objectName: "rejectDialog"
        property int listingId: 0
        title: qsTr("Reject listing %1").arg(listingId)
        prompt: qsTr("Why is it rejected? The seller will read this.")
        confirmText: qsTr("Reject")
        function ask(id) {
            listingId = id
            reason = ""
            open()
        }
        onConfirmed: (text) => App.admin.rejectListing(listingId, text)
    }
}
