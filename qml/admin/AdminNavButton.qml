// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Boli

// One entry of the admin navigation; `checked` marks the page on screen.
ItemDelegate {
    Layout.fillWidth: true
    implicitHeight: Theme.touchTarget
    font.pixelSize: Theme.fontNormal
    highlighted: checked
    checkable: false
}
