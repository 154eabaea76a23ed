// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtCharts
import Boli
import Boli.Backend

// One or two measures over time (uplift %, bids and success rate by day). Each line reads a
// ChartSeries (C++) through a VXYModelMapper; the axes take the ranges the C++ side worked out. A
// second series gets its own axis on the right. With no points a sentence replaces the chart.
ColumnLayout {
    id: root
    required property ChartSeries series
    property ChartSeries secondSeries: null
    property string title
    property string seriesName
    property string secondName
    property string yTitle
    property string secondYTitle
    property string emptyText
    /// Separate events (each sale) as dots rather than a line through them.
    property bool dots: false
    property string labelFormat: "%.1f"
    // For tests and screenshots: what reached the chart.
    readonly property int pointCount: root.dots ? dotSeries.count : firstLine.count
    readonly property int secondPointCount: secondLine.count
    readonly property alias xAxis: xAxis
    readonly property alias yAxis: yAxis
    spacing: Theme.spacing / 2

    Label {
        text: root.title
        font.pixelSize: Theme.fontNormal
        font.bold: true
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
    ChartView {
        objectName: "timeSeriesChartView"
        visible: root.series.count > 0
        antialiasing: true
        backgroundColor: Theme.surface
        backgroundRoundness: Theme.radius
        locale: App.language.locale
        localizeNumbers: true
        legend.alignment: Qt.AlignBottom
        legend.visible: root.secondSeries !== null
        legend.font.pixelSize: Theme.fontSmall
        legend.font.family: Theme.fontFamily
        margins { top: 0; bottom: 0; left: 0; right: 0 }
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.chartHeight

        DateTimeAxis {
            id: xAxis
            min: root.series.xMin
            max: root.series.xMax
            tickCount: root.series.xTicks
            format: "d MMM"
            labelsFont.pixelSize: Theme.fontSmall
            labelsFont.family: Theme.fontFamily
        }
        ValueAxis {
            id: yAxis
            min: root.series.yMin
            max: root.series.yMax
            tickCount: root.series.yTicks
            labelFormat: root.labelFormat
            titleText: root.yTitle
            titleFont.pixelSize: Theme.fontSmall
            titleFont.family: Theme.fontFamily
            labelsFont.pixelSize: Theme.fontSmall
            labelsFont.family: Theme.fontFamily
        }
        ValueAxis {
            id: secondAxis
            visible: root.secondSeries !== null
            min: root.secondSeries ? root.secondSeries.yMin : 0
            max: root.secondSeries ? root.secondSeries.yMax : 1
            tickCount: root.secondSeries ? root.secondSeries.yTicks : 2
            labelFormat: "%.0f"
            titleText: root.secondYTitle
            titleFont.pixelSize: Theme.fontSmall
            titleFont.family: Theme.fontFamily
            labelsFont.pixelSize: Theme.fontSmall
            labelsFont.family: Theme.fontFamily
        }
        LineSeries {
            id: firstLine
            name: root.seriesName
            axisX: xAxis
            axisY: yAxis
            color: Theme.primary
            width: 3
            pointsVisible: true
            visible: !root.dots
            VXYModelMapper { model: root.dots ? null : root.series; xColumn: 0; yColumn: 1 }
        }
        ScatterSeries {
            id: dotSeries
            name: root.seriesName
            axisX: xAxis
            axisY: yAxis
            color: Theme.primary
            borderColor: Theme.surface
            markerSize: Theme.spacing * 1.5
            visible: root.dots
            VXYModelMapper { model: root.dots ? root.series : null; xColumn: 0; yColumn: 1 }
        }
        LineSeries {
            id: secondLine
            name: root.secondName
            axisX: xAxis
            axisYRight: secondAxis
            color: Theme.chartSecond
            width: 2
            pointsVisible: true
            visible: root.secondSeries !== null
            VXYModelMapper { model: root.secondSeries; xColumn: 0; yColumn: 1 }
        }
    }
    Label {
        objectName: "timeSeriesChartEmpty"
        visible: root.series.count === 0
        text: root.emptyText
        color: Theme.mutedText
        font.pixelSize: Theme.fontNormal
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
}
