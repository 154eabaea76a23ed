// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Boli
import Boli.Backend

// "My results": how the farmer's auctions went — the totals, each sale's price against the mandi's
// over time, and every listing's final price beside the mandi price of its day.
Page {
    id: page
    objectName: "kioskResults"
    readonly property SellerAnalytics results: App.kiosk.analytics
    background: Rectangle { color: Theme.background }

    Component.onCompleted: {
        App.kiosk.crops.refresh() // names for the list below
        results.refresh()
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true

        ColumnLayout {
            id: column
            x: Theme.margin
            y: Theme.margin
            width: flick.width - 2 * Theme.margin
            spacing: Theme.margin

            Label {
                text: qsTr("My results")
                font.pixelSize: Theme.fontHuge
                color: Theme.primary
                Layout.fillWidth: true
            }
            ErrorLabel {
                text: page.results.runner.error
                font.pixelSize: Theme.fontNormal
                Layout.fillWidth: true
            }
            BusyIndicator {
                running: page.results.runner.busy && !page.results.totals.loaded
                visible: running
                implicitHeight: Theme.touchTarget
            }
            GridLayout {
                objectName: "kioskResultTiles"
                visible: page.results.totals.loaded
                columns: page.width > 1100 ? 5 : page.width > 700 ? 3 : 2
                columnSpacing: Theme.spacing
                rowSpacing: Theme.spacing
                Layout.fillWidth: true
                FigureTile { objectName: "resultListings"; value: page.results.totals.listings; label: qsTr("Listings") }
                FigureTile { objectName: "resultSold"; value: page.results.totals.sold; label: qsTr("Sold") }
                FigureTile {
                    objectName: "resultSuccess"
                    value: page.results.totals.successRateText
                    label: qsTr("Sold of closed auctions")
                }
                FigureTile { objectName: "resultBids"; value: page.results.totals.bids; label: qsTr("Bids") }
                FigureTile {
                    objectName: "resultBidders"
                    value: page.results.totals.uniqueBidders
                    label: qsTr("Traders who bid")
                }
                FigureTile {
                    objectName: "resultWatchers"
                    value: page.results.totals.watchers
                    label: qsTr("Traders watching")
                }
                FigureTile {
                    // Only when the server counts views: never a made-up zero.
                    objectName: "resultViews"
                    visible: page.results.totals.hasViews
                    value: page.results.totals.views
                    label: qsTr("Views")
                }
                FigureTile {
                    objectName: "resultRevenue"
                    value: page.results.totals.revenueText
                    label: qsTr("Money from sales")
                    valueColor: Theme.accent
                }
                FigureTile {
                    objectName: "resultUplift"
                    value: page.results.totals.upliftText
                    label: qsTr("Price compared with the mandi")
                    valueColor: Theme.accent
                }
            }
            TimeSeriesChart {
                objectName: "kioskUpliftChart"
                series: page.results.uplift
                title: qsTr("Above or below the mandi price, by sale date")
                yTitle: qsTr("% above the mandi price")
                seriesName: qsTr("Price compared with the mandi")
                emptyText: qsTr("No sale to compare with the mandi price yet.")
                dots: true
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("Each listing")
                font.pixelSize: Theme.fontLarge
                font.bold: true
                visible: page.results.listings.count > 0
            }
            Repeater {
                objectName: "kioskResultList"
                model: page.results.listings
                delegate: Rectangle {
                    id: card
                    required property int listingId
                    required property int cropId
                    required property string mandi
                    required property string status
                    required property var finalPrice
                    required property var referenceModal
                    required property string upliftText
                    required property var upliftPercent
                    required property int bids
                    required property var views // absent (undefined) where the server counts none
                    Layout.fillWidth: true
                    implicitHeight: cardRow.implicitHeight + 2 * Theme.spacing
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: Theme.border
                    RowLayout {
                        id: cardRow
                        anchors.fill: parent
                        anchors.margins: Theme.spacing
                        spacing: Theme.margin
                        ColumnLayout {
                            spacing: 0
                            Layout.fillWidth: true
                            Label {
                                text: { App.language.code; return App.kiosk.crops.nameOf(card.cropId) }
                                font.pixelSize: Theme.fontLarge
                                font.bold: true
                            }
                            Label {
                                text: qsTr("Number %1 · %2 · %3").arg(card.listingId).arg(card.mandi)
                                      .arg(App.kiosk.statusText(card.status))
                                color: Theme.mutedText
                                font.pixelSize: Theme.fontSmall
                            }
                            Label {
                                text: App.kiosk.bidsText(card.bids)
                                color: Theme.mutedText
                                font.pixelSize: Theme.fontSmall
                            }
                            Label {
                                visible: card.views !== undefined && card.views !== null
                                text: visible ? qsTr("Views: %1").arg(card.views) : ""
                                color: Theme.mutedText
                                font.pixelSize: Theme.fontSmall
                            }
                        }
                        ColumnLayout {
                            spacing: 0
                            Label {
                                text: card.finalPrice ? qsTr("Sold at %1").arg(Fmt.perQuintal(card.finalPrice))
                                                      : qsTr("Not sold")
                                font.pixelSize: Theme.fontNormal
                                font.bold: true
                                color: Theme.accent
                            }
                            Label {
                                visible: card.referenceModal > 0
                                text: qsTr("Mandi that day: %1").arg(Fmt.perQuintal(card.referenceModal))
                                font.pixelSize: Theme.fontSmall
                                color: Theme.mutedText
                            }
                        }
                        Label {
                            visible: card.finalPrice ? true : false
                            text: card.upliftText
                            font.pixelSize: Theme.fontLarge
                            font.bold: true
                            color: card.upliftPercent < 0 ? Theme.danger : Theme.success
                            Layout.preferredWidth: Theme.touchTarget * 2
                            horizontalAlignment: Text.AlignRight
                        }
                    }
                }
            }
        }
    }
}
