// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings

// The on-screen keyboard: Hindi and English layouts, docked at the bottom, shown while typing.
InputPanel {
    id: panel
    objectName: "kioskKeyboard"
    visible: active
    Component.onCompleted: VirtualKeyboardSettings.activeLocales = ["hi_IN", "en_US"]
}
