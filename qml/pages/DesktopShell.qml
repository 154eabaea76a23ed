// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtMultimedia
import Boli
import Boli.Backend

// The trader desktop: a header with the sections (Ctrl+1…5), language and logout; the section below.
// A listing opened from anywhere (App.trader.openListing) shows its detail; Escape goes back.
Page {
    id: shell
    objectName: "desktopShell"

    readonly property int detailIndex: 5
    property int current: 0
    property int returnTo: 0

    function show(index) {
        if (shell.current === shell.detailIndex && index !== shell.detailIndex)
            App.trader.closeListing()
        shell.current = index
    }

    component NavButton: TabButton {
        id: navButton
        required property int index
        required property string label
        required property string shortcutKey
        text: label
        checked: shell.current === index
        width: implicitWidth
        focusPolicy: Qt.StrongFocus
        // Light on the green bar; the open section is a tab of the page colour; focus is outlined.
        contentItem: Label {
            text: navButton.text
            font.bold: navButton.checked
            color: navButton.checked ? Theme.primary : Theme.primaryText
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
        }
        background: Rectangle {
            color: navButton.checked ? Theme.background : "transparent"
            border.color: Theme.accent
            border.width: navButton.visualFocus ? 2 : 0
            radius: Theme.radius
        }
        ToolTip.visible: hovered
        ToolTip.text: qsTr("Ctrl+%1").arg(shortcutKey)
        onClicked: shell.show(index)
    }

    Connections {
        target: App.trader
        function onListingOpened() {
            if (shell.current !== shell.detailIndex)
                shell.returnTo = shell.current
            shell.current = shell.detailIndex
            detailPage.focusBid()
        }
        function onOutbid(listingId, message) {
            toast.show(message, true)
            outbidSound.play()
        }
        function onActionFinished(ok, message) { toast.show(message, !ok) }
    }

    Shortcut { sequence: "Ctrl+1"; onActivated: shell.show(0) }
    Shortcut { sequence: "Ctrl+2"; onActivated: shell.show(1) }
    Shortcut { sequence: "Ctrl+3"; onActivated: shell.show(2) }
    Shortcut { sequence: "Ctrl+4"; onActivated: shell.show(3) }
    Shortcut { sequence: "Ctrl+5"; onActivated: shell.show(4) }
    Shortcut { sequence: "Ctrl+R"; onActivated: { App.listings.refresh(); App.trader.refreshAll() } }
    Shortcut {
        sequence: "Escape"
        enabled: shell.current === shell.detailIndex
        onActivated: shell.show(shell.returnTo)
    }

    SoundEffect {
        id: outbidSound
        source: "qrc:/Boli/sounds/outbid.wav"
        volume: 0.8
    }

    header: ToolBar {
        background: Rectangle { color: Theme.primary }
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.margin
            anchors.rightMargin: Theme.margin
            spacing: Theme.spacing

            Label {
                text: qsTr("Boli")
                color: Theme.primaryText
                font.pixelSize: Theme.fontLarge
                font.bold: true
            }
            TabBar {
                Layout.fillWidth: true
                background: null
                NavButton { objectName: "navBrowse"; index: 0; shortcutKey: "1"; label: qsTr("Browse") }
                NavButton { objectName: "navWatchlist"; index: 1; shortcutKey: "2"; label: qsTr("Watchlist") }
                NavButton { objectName: "navMyBids"; index: 2; shortcutKey: "3"; label: qsTr("My bids") }
                NavButton { objectName: "navWon"; index: 3; shortcutKey: "4"; label: qsTr("Won") }
                NavButton {
                    objectName: "navNotifications"
                    index: 4
                    shortcutKey: "5"
                    label: App.trader.notifications.unread > 0
                           ? qsTr("Notifications (%1)").arg(App.trader.notifications.unread) : qsTr("Notifications")
                }
            }
            Label {
                text: App.displayName
                color: Theme.primaryText
            }
            LanguageToggle {}
            Button {
                objectName: "logoutButton"
                text: qsTr("Log out")
                onClicked: App.logout()
            }
        }
    }

    StackLayout {
        anchors.fill: parent
        currentIndex: shell.current

        BrowsePage {}
        WatchlistPage {}
        MyBidsPage {}
        WonPage {}
        NotificationsPage {}
        ListingDetailPage {
            id: detailPage
            onBack: shell.show(shell.returnTo)
        }
    }

    Toast {
        id: toast
    }
}
