// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Boli

// A button sized for a thumb at a mandi kiosk.
Button {
    implicitHeight: Theme.touchTarget
    implicitWidth: Math.max(Theme.touchTarget * 3, implicitContentWidth + leftPadding + rightPadding)
    font.pixelSize: Theme.fontLarge
    leftPadding: Theme.margin
    rightPadding: Theme.margin
}
