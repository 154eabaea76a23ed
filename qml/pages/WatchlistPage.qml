// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Boli
import Boli.Backend

// The listings the trader saved, in their current state.
Page {
    objectName: "watchlistPage"
    background: null

    ListView {
        id: list
        objectName: "watchlistView"
        anchors.fill: parent
        anchors.margins: Theme.margin
        clip: true
        spacing: Theme.spacing
        model: App.trader.watchlist
        activeFocusOnTab: true
        delegate: ListingCard {
            width: ListView.view.width
        }
        ScrollBar.vertical: ScrollBar {}
        Label {
            anchors.centerIn: parent
            visible: list.count === 0
            text: qsTr("Nothing saved yet. Open a listing and press Save.")
            color: Theme.mutedText
        }
    }
}
