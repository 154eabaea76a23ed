// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Boli

// A labelled text field sized for touch; `field` reaches the TextField for objectName and hints.
ColumnLayout {
    id: root
    property alias label: caption.text
    property alias text: input.text
    property alias field: input
    property alias helper: helperText.text
    spacing: Theme.spacing / 2

    Label {
        id: caption
        font.pixelSize: Theme.fontNormal
        color: Theme.mutedText
    }
    TextField {
        id: input
        Layout.fillWidth: true
        implicitHeight: Theme.touchTarget
        font.pixelSize: Theme.fontLarge
    }
    Label {
        id: helperText
        visible: text.length > 0
        font.pixelSize: Theme.fontSmall
        color: Theme.mutedText
    }
}
