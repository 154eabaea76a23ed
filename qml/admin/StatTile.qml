// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Boli

// One figure of the overview: the number large, what it counts below.
Rectangle {
    property alias value: number.text
    property alias label: caption.text

    Layout.fillWidth: true
    implicitHeight: column.implicitHeight + 2 * Theme.margin
    implicitWidth: Theme.touchTarget * 5
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.margin
        Label {
            id: number
            font.pixelSize: Theme.fontHuge
            color: Theme.primary
        }
        Label {
            id: caption
            color: Theme.mutedText
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
    }
}
