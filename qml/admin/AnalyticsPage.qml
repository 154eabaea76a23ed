// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Boli
import Boli.Backend

// The market's analytics over a range of days: the totals, the uplift over the mandi price and the
// bids and success rate day by day, and the figures by crop and by mandi. All from admin.analytics
// through MarketAnalytics (C++); this page only binds and asks.
Page {
    id: page
    objectName: "adminAnalytics"
    readonly property MarketAnalytics market: App.admin.analytics
    background: Rectangle { color: Theme.background }

    onVisibleChanged: if (visible) market.refresh()
    // The fields show the range the figures are for, whatever set it (typed, a button, the default).
    Connections {
        target: page.market
        function onChanged() {
            fromField.text = page.market.from
            toField.text = page.market.to
        }
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            x: Theme.margin
            y: Theme.margin
            width: flick.width - 2 * Theme.margin
            spacing: Theme.spacing

            RowLayout {
                spacing: Theme.spacing
                Layout.fillWidth: true
                Label {
                    text: qsTr("Analytics")
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                }
                Label {
                    objectName: "analyticsRange"
                    text: page.market.rangeText
                    color: Theme.mutedText
                    Layout.fillWidth: true
                }
                BusyIndicator {
                    running: page.market.runner.busy
                    implicitHeight: Theme.touchTarget
                    implicitWidth: Theme.touchTarget
                }
            }
            RowLayout {
                spacing: Theme.spacing
                Layout.fillWidth: true
                Label { text: qsTr("From") }
                TextField {
                    id: fromField
                    objectName: "analyticsFrom"
                    text: page.market.from
                    placeholderText: qsTr("YYYY-MM-DD")
                    inputMethodHints: Qt.ImhDate
                    Layout.preferredWidth: Theme.touchTarget * 3.5
                    onAccepted: applyButton.clicked()
                }
                Label { text: qsTr("To") }
                TextField {
                    id: toField
                    objectName: "analyticsTo"
                    text: page.market.to
                    placeholderText: qsTr("YYYY-MM-DD")
                    inputMethodHints: Qt.ImhDate
                    Layout.preferredWidth: Theme.touchTarget * 3.5
                    onAccepted: applyButton.clicked()
                }
                Button {
                    id: applyButton
                    objectName: "analyticsApply"
                    text: qsTr("Show")
                    highlighted: true
                    onClicked: page.market.setRange(fromField.text, toField.text)
                }
                Button {
                    objectName: "analyticsLast7"
                    text: qsTr("Last 7 days")
                    onClicked: page.market.showLastDays(7)
                }
                Button {
                    objectName: "analyticsLast30"
                    text: qsTr("Last 30 days")
                    onClicked: page.market.showLastDays(30)
                }
                Button {
                    objectName: "analyticsLast90"
                    text: qsTr("Last 90 days")
                    onClicked: page.market.showLastDays(90)
                }
                Item { Layout.fillWidth: true }
            }
            ErrorLabel {
                objectName: "analyticsError"
                text: page.market.rangeError.length > 0 ? page.market.rangeError : page.market.runner.error
                Layout.fillWidth: true
            }
            GridLayout {
                columns: 5
                columnSpacing: Theme.spacing
                rowSpacing: Theme.spacing
                Layout.fillWidth: true
                FigureTile { objectName: "analyticsListings"; value: page.market.totals.listings; label: qsTr("Closed auctions") }
                FigureTile { objectName: "analyticsSold"; value: page.market.totals.sold; label: qsTr("Sold") }
                FigureTile { value: page.market.totals.unsold; label: qsTr("Unsold") }
                FigureTile {
                    objectName: "analyticsSuccess"
                    value: page.market.totals.successRateText
                    label: qsTr("Success rate")
                }
                FigureTile { value: page.market.totals.bids; label: qsTr("Bids") }
                FigureTile { value: page.market.totals.averageBidsText; label: qsTr("Bids per auction") }
                FigureTile { value: page.market.totals.uniqueBidders; label: qsTr("Traders who bid") }
                FigureTile { value: page.market.totals.watchers; label: qsTr("Watchlist entries") }
                FigureTile {
                    objectName: "analyticsViews"
                    visible: page.market.totals.hasViews
                    value: page.market.totals.views
                    label: qsTr("Views")
                }
                FigureTile {
                    objectName: "analyticsRevenue"
                    value: page.market.totals.revenueText
                    label: qsTr("Revenue")
                    valueColor: Theme.accent
                }
                FigureTile {
                    objectName: "analyticsUplift"
                    value: page.market.totals.upliftText
                    label: qsTr("Final prices against the mandi")
                    valueColor: Theme.accent
                }
            }
            GridLayout {
                columns: page.width > 1000 ? 2 : 1
                columnSpacing: Theme.margin
                rowSpacing: Theme.spacing
                Layout.fillWidth: true
                TimeSeriesChart {
                    objectName: "analyticsUpliftChart"
                    series: page.market.uplift
                    title: qsTr("Uplift over the mandi price, by day")
                    yTitle: qsTr("% above the mandi")
                    seriesName: qsTr("Uplift")
                    emptyText: qsTr("No sale with a mandi price in this range.")
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                }
                TimeSeriesChart {
                    objectName: "analyticsDayChart"
                    series: page.market.bids
                    secondSeries: page.market.successRate
                    title: qsTr("Bids and success rate, by day")
                    yTitle: qsTr("Bids")
                    secondYTitle: qsTr("Success rate, %")
                    seriesName: qsTr("Bids")
                    secondName: qsTr("Success rate")
                    labelFormat: "%.0f"
                    emptyText: qsTr("No auction closed in this range.")
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                }
            }
            GridLayout {
                columns: page.width > 1000 ? 2 : 1
                columnSpacing: Theme.margin
                rowSpacing: Theme.spacing
                Layout.fillWidth: true
                AnalyticsTable {
                    objectName: "analyticsByCrop"
                    title: qsTr("By crop")
                    keyTitle: qsTr("Crop")
                    model: page.market.byCrop
                    keyOf: row => App.admin.cropNames[String(row.crop_id)] ?? row.crop_code
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                }
                AnalyticsTable {
                    objectName: "analyticsByMandi"
                    title: qsTr("By mandi")
                    keyTitle: qsTr("Mandi")
                    model: page.market.byMandi
                    keyOf: row => row.mandi + ", " + row.state
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                }
            }
        }
    }
}
