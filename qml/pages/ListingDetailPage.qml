// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Boli
import Boli.Backend

// One listing, live: price, countdown, bid history, and the trader's bid, proxy maximum and Buy Now.
Page {
    id: page
    objectName: "listingDetail"
    readonly property ListingDetail detail: App.trader.detail
    signal back()
    background: null

    // The next minimum comes from the server; refill the field whenever it moves.
    Connections {
        target: page.detail
        function onMinimumBidChanged() { bidAmountField.text = page.detail.minimumBidInput }
    }
    Component.onCompleted: bidAmountField.text = page.detail.minimumBidInput

    function focusBid() { bidAmountField.forceActiveFocus(); bidAmountField.selectAll() }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.margin * 2

        // Left: what is sold and where the auction stands.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 3
            spacing: Theme.spacing

            RowLayout {
                Button {
                    objectName: "backButton"
                    text: qsTr("← Back")
                    flat: true
                    onClicked: page.back()
                }
                Label {
                    text: (App.trader.catalog.names[page.detail.cropId] ?? "")
                          + (page.detail.listing.variety ? " · " + page.detail.listing.variety : "")
                    font.pixelSize: Theme.fontHuge
                    font.bold: true
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Button {
                    objectName: "watchlistToggle"
                    text: page.detail.saved ? qsTr("★ Saved") : qsTr("☆ Save")
                    enabled: page.detail.loaded && !App.trader.runner.busy
                    onClicked: page.detail.saved ? App.trader.removeFromWatchlist(page.detail.listingId)
                                                 : App.trader.addToWatchlist(page.detail.listingId)
                }
            }
            Label {
                text: qsTr("Lot %1 · %2 · %3, %4, %5").arg(page.detail.listingId).arg(Fmt.quantity(page.detail.quantityKg))
                      .arg(page.detail.listing.mandi ?? "").arg(page.detail.listing.district ?? "")
                      .arg(page.detail.listing.state ?? "")
                color: Theme.mutedText
            }
            Label {
                visible: text.length > 0
                text: [page.detail.listing.grade, page.detail.listing.quality_notes, page.detail.listing.description]
                      .filter(s => s && s.length > 0).join(" · ")
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }

            GridLayout {
                columns: 2
                columnSpacing: Theme.margin
                rowSpacing: Theme.spacing / 2

                Label { text: qsTr("Current price"); color: Theme.mutedText }
                Label {
                    objectName: "detailPrice"
                    text: page.detail.sealed && !page.detail.final ? qsTr("Sealed bids")
                          : page.detail.price > 0 ? Fmt.perQuintal(page.detail.price)
                          : qsTr("Starts at %1").arg(Fmt.perQuintal(page.detail.shownPrice))
                    font.pixelSize: Theme.fontHuge
                    font.bold: true
                    color: Theme.accent
                }
                Label { text: qsTr("Status"); color: Theme.mutedText }
                Label {
                    objectName: "detailStatus"
                    text: page.detail.loaded ? App.trader.statusText(page.detail.status) : qsTr("Loading…")
                    font.bold: true
                }
                Label { text: qsTr("Time left"); color: Theme.mutedText; visible: page.detail.live }
                Label {
                    objectName: "detailCountdown"
                    visible: page.detail.live
                    text: page.detail.countdown
                    font.pixelSize: Theme.fontLarge
                    color: page.detail.msLeft < 60000 ? Theme.danger : Theme.text
                }
                Label { text: qsTr("Leader"); color: Theme.mutedText }
                Label {
                    objectName: "detailLeader"
                    text: page.detail.leading ? qsTr("You (%1)").arg(page.detail.leaderAlias)
                          : page.detail.leaderAlias.length > 0 ? page.detail.leaderAlias : qsTr("No bids yet")
                    color: page.detail.leading ? Theme.success : Theme.text
                    font.bold: page.detail.leading
                }
                Label { text: qsTr("Reserve"); color: Theme.mutedText }
                Label {
                    objectName: "detailReserve"
                    text: !page.detail.hasReserve ? qsTr("No reserve")
                          : page.detail.reserveMet ? qsTr("Reserve met") : qsTr("Reserve not met yet")
                }
            }

            Label {
                objectName: "detailOutcome"
                visible: text.length > 0
                text: page.detail.outcome
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: page.detail.leading ? Theme.success : Theme.text
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }

            // What the crop fetches at the mandis near this lot, to judge the live price against.
            PriceHistoryChart {
                objectName: "detailPriceChart"
                history: App.trader.priceHistory
                Layout.fillWidth: true
            }
            Label { text: qsTr("Bid history"); font.bold: true }
            ListView {
                id: bidHistoryView
                objectName: "bidHistoryView"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: page.detail.bids
                delegate: RowLayout {
                    id: bidRow
                    required property string bidder
                    required property int amount
                    required property string kind
                    required property var at
                    width: ListView.view.width
                    spacing: Theme.spacing
                    Label { text: bidRow.bidder; Layout.preferredWidth: 90 }
                    Label { text: Fmt.perQuintal(bidRow.amount); font.bold: true; Layout.preferredWidth: 160 }
                    Label {
                        text: bidRow.kind === "auto" ? qsTr("proxy") : bidRow.kind === "buy_now" ? qsTr("Buy Now") : ""
                        color: Theme.mutedText
                        Layout.preferredWidth: 70
                    }
                    Label { text: Fmt.dateTime(bidRow.at); color: Theme.mutedText; Layout.fillWidth: true }
                }
                Label {
                    anchors.centerIn: parent
                    visible: bidHistoryView.count === 0
                    text: page.detail.sealed ? qsTr("Sealed bids are shown after the close.") : qsTr("No bids yet")
                    color: Theme.mutedText
                }
            }
        }

        // Right: the trader's actions.
        Frame {
            Layout.alignment: Qt.AlignTop
            Layout.preferredWidth: 2
            Layout.fillWidth: true
            background: Rectangle { color: Theme.surface; border.color: Theme.border; radius: Theme.radius }

            ColumnLayout {
                anchors.left: parent.left
                anchors.right: parent.right
                spacing: Theme.spacing
                enabled: page.detail.live

                Label {
                    text: qsTr("Your bid (₹ per quintal)")
                    font.bold: true
                }
                Label {
                    text: page.detail.minimumBid > 0 ? qsTr("Lowest bid now: %1").arg(Fmt.perQuintal(page.detail.minimumBid)) : ""
                    color: Theme.mutedText
                }
                RowLayout {
                    TextField {
                        id: bidAmountField
                        objectName: "bidAmountField"
                        Layout.fillWidth: true
                        inputMethodHints: Qt.ImhFormattedNumbersOnly
                        placeholderText: qsTr("Amount in ₹")
                        Accessible.name: qsTr("Your bid in rupees per quintal")
                        onAccepted: placeBidButton.clicked()
                    }
                    Button {
                        id: placeBidButton
                        objectName: "placeBidButton"
                        text: qsTr("Place bid")
                        highlighted: true
                        enabled: !page.detail.runner.busy && bidAmountField.text.length > 0
                        onClicked: page.detail.placeBid(bidAmountField.text)
                    }
                }
                Label {
                    text: qsTr("Proxy maximum: we bid for you, step by step, up to this amount.")
                    color: Theme.mutedText
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                    visible: !page.detail.sealed
                }
                RowLayout {
                    visible: !page.detail.sealed
                    TextField {
                        id: proxyMaxField
                        objectName: "proxyMaxField"
                        Layout.fillWidth: true
                        inputMethodHints: Qt.ImhFormattedNumbersOnly
                        placeholderText: qsTr("Your maximum in ₹")
                        Accessible.name: qsTr("Proxy maximum in rupees per quintal")
                        onAccepted: setProxyButton.clicked()
                    }
                    Button {
                        id: setProxyButton
                        objectName: "setProxyButton"
                        text: qsTr("Set maximum")
                        enabled: !page.detail.runner.busy && proxyMaxField.text.length > 0
                        onClicked: page.detail.setProxy(proxyMaxField.text)
                    }
                }
                Button {
                    id: buyNowButton
                    objectName: "buyNowButton"
                    Layout.fillWidth: true
                    visible: page.detail.buyNowPrice > 0
                    enabled: page.detail.buyNowAvailable && !page.detail.runner.busy
                    text: qsTr("Buy Now at %1").arg(Fmt.perQuintal(page.detail.buyNowPrice))
                    onClicked: buyNowDialog.open()
                }
                Label {
                    objectName: "bidResultLabel"
                    text: page.detail.resultMessage
                    visible: text.length > 0
                    color: page.detail.resultOk ? Theme.success : Theme.danger
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
            }
        }
    }

    Dialog {
        id: buyNowDialog
        objectName: "buyNowDialog"
        anchors.centerIn: parent
        modal: true
        title: qsTr("Buy the whole lot now?")
        standardButtons: Dialog.Ok | Dialog.Cancel
        width: Math.min(page.width - 2 * Theme.margin, 520)
        Label {
            width: parent.width
            wrapMode: Text.WordWrap
            text: qsTr("%1 at %2.\nTotal to pay: %3")
                  .arg(Fmt.quantity(page.detail.quantityKg))
                  .arg(Fmt.perQuintal(page.detail.buyNowPrice))
                  .arg(Fmt.total(page.detail.buyNowPrice, page.detail.quantityKg))
            font.pixelSize: Theme.fontLarge
        }
        onAccepted: page.detail.buyNow()
    }
}
