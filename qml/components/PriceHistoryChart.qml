// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtCharts
import Boli
import Boli.Backend

// A crop's mandi prices day by day: the modal price as a line, the lowest and highest as thin
// dashed lines around it, with where the figures come from below (a sample says so).
// Fed by a PriceHistory (C++): each line reads the ChartSeries table through a VXYModelMapper, so
// a new answer redraws the chart by itself; the axis ranges are computed in C++ too.
ColumnLayout {
    id: root
    required property PriceHistory history
    // For tests and screenshots: what reached the chart.
    readonly property int pointCount: modalLine.count
    readonly property alias xAxis: xAxis
    readonly property alias yAxis: yAxis
    spacing: Theme.spacing / 2

    Label {
        text: root.history.levelText.length > 0 ? root.history.title + " · " + root.history.levelText
                                                : root.history.title
        font.pixelSize: Theme.fontNormal
        font.bold: true
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
    ChartView {
        id: chart
        objectName: "priceChartView"
        visible: root.history.hasData
        antialiasing: true
        backgroundColor: Theme.surface
        backgroundRoundness: Theme.radius
        locale: App.language.locale
        localizeNumbers: true
        legend.alignment: Qt.AlignBottom
        legend.font.pixelSize: Theme.fontSmall
        legend.font.family: Theme.fontFamily
        margins { top: 0; bottom: 0; left: 0; right: 0 }
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.chartHeight

        DateTimeAxis {
            id: xAxis
            min: root.history.series.xMin
            max: root.history.series.xMax
            tickCount: root.history.series.xTicks
            format: "d MMM"
            labelsFont.pixelSize: Theme.fontSmall
            labelsFont.family: Theme.fontFamily
        }
        ValueAxis {
            id: yAxis
            min: root.history.series.yMin
            max: root.history.series.yMax
            tickCount: root.history.series.yTicks
            labelFormat: "%.0f"
            titleText: qsTr("₹ per quintal")
            titleFont.pixelSize: Theme.fontSmall
            titleFont.family: Theme.fontFamily
            labelsFont.pixelSize: Theme.fontSmall
            labelsFont.family: Theme.fontFamily
        }
        LineSeries {
            id: maxLine
            name: qsTr("Highest")
            axisX: xAxis
            axisY: yAxis
            color: Theme.chartRange
            width: 1
            style: Qt.DashLine
            VXYModelMapper { model: root.history.series; xColumn: 0; yColumn: 3 }
        }
        LineSeries {
            id: modalLine
            name: qsTr("Modal price")
            axisX: xAxis
            axisY: yAxis
            color: Theme.primary
            width: 3
            pointsVisible: true
            VXYModelMapper { model: root.history.series; xColumn: 0; yColumn: 1 }
        }
        LineSeries {
            id: minLine
            name: qsTr("Lowest")
            axisX: xAxis
            axisY: yAxis
            color: Theme.chartRange
            width: 1
            style: Qt.DashLine
            VXYModelMapper { model: root.history.series; xColumn: 0; yColumn: 2 }
        }
    }
    Label {
        objectName: "priceChartSource"
        visible: root.history.hasData
        text: root.history.sourceText
        color: root.history.sample ? Theme.danger : Theme.mutedText
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
    Label {
        objectName: "priceChartEmpty"
        visible: text.length > 0
        text: root.history.runner.busy ? qsTr("Loading mandi prices…") : root.history.emptyText
        color: Theme.mutedText
        font.pixelSize: Theme.fontNormal
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
}
