// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Boli

// One figure of an analytics page: the value large, what it counts below. Texts come formatted
// from C++ (Fmt, AnalyticsTotals).
Rectangle {
    id: tile
    property alias value: number.text
    property alias label: caption.text
    property color valueColor: Theme.primary

    Layout.fillWidth: true
    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    implicitWidth: Theme.touchTarget * 3
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: 0
        Label {
            id: number
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: tile.valueColor
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        Label {
            id: caption
            color: Theme.mutedText
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
    }
}
