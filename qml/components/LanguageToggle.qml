// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Boli
import Boli.Backend

// One tap switches Hindi ⇄ English; the label always names the other language in its own script.
Button {
    objectName: "languageToggle"
    implicitHeight: Theme.touchTarget
    font.pixelSize: Theme.fontNormal
    text: App.language.code === "hi" ? "English" : "हिन्दी"
    // The label is always in the other script: pick the font that has it.
    font.family: App.language.code === "hi" ? "Noto Sans" : "Noto Sans Devanagari"
    Accessible.name: qsTr("Switch language")
    onClicked: App.language.toggle()
}
